import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { CURRENT_TERMS_OF_USE } from '@manager/domain';

@ObjectType({ description: 'The general terms of use a person accepts for an organization.' })
export class TermsOfUse {
  @Field({ description: 'Send it back as termsVersion when accepting.' })
  version!: string;

  @Field()
  title!: string;

  @Field({ description: 'Plain text; paragraphs separated by a blank line.' })
  text!: string;
}

@Resolver(() => TermsOfUse)
export class TermsOfUseResolver {
  @Query(() => TermsOfUse, { description: 'The current general terms of use. Public.' })
  termsOfUse(): TermsOfUse {
    return { ...CURRENT_TERMS_OF_USE };
  }
}
