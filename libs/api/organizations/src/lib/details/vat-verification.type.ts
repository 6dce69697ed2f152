import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VatVerificationStatus } from '../vies/vat-verifier';

registerEnumType(VatVerificationStatus, {
  name: 'VatVerificationStatus',
  description: "VIES's answer about a VAT number.",
});

@ObjectType({ description: 'The last check of the VAT number with the EU VIES service.' })
export class VatVerification {
  @Field(() => VatVerificationStatus)
  status!: VatVerificationStatus;

  @Field()
  checkedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The name VIES has on record, when the member state discloses it.' })
  registeredName!: string | null;
}
