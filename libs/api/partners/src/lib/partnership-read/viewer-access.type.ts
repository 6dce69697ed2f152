import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BillingOwner, MembershipRole, PartnershipAccess } from '@manager/domain';

export const AccessVia = { MEMBER: 'MEMBER', PARTNER: 'PARTNER' } as const;
export type AccessVia = (typeof AccessVia)[keyof typeof AccessVia];
registerEnumType(AccessVia, { name: 'AccessVia' });

/** How the signed-in user reaches an organization: the SPA's "acting as partner" banner. */
@ObjectType({ description: 'How the signed-in user reaches this organization: as a member, or for a partner.' })
export class ViewerAccess {
  @Field(() => AccessVia)
  via!: AccessVia;

  @Field(() => MembershipRole, { nullable: true, description: 'MEMBER only.' })
  role!: MembershipRole | null;

  @Field(() => ID, { nullable: true, description: 'PARTNER only.' })
  partnerOrganizationId!: string | null;

  @Field(() => String, { nullable: true, description: "PARTNER only: the partner's public name." })
  partnerName!: string | null;

  @Field(() => PartnershipAccess, { nullable: true })
  access!: PartnershipAccess | null;

  @Field(() => BillingOwner, { nullable: true })
  billingOwner!: BillingOwner | null;
}
