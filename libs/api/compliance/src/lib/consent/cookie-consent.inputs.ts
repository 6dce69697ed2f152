import { ArrayMaxSize, IsBoolean, IsIn, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { CookieConsent } from './cookie-consent.entity';

@InputType()
export class CookieChoiceInput {
  @Field(() => String, { description: 'An optional category id of the cookie policy (e.g. analytics).' })
  @Matches(/^[a-z][a-z0-9-]{1,30}$/)
  category!: string;

  @Field()
  @IsBoolean()
  granted!: boolean;
}

@InputType()
export class RecordCookieConsentInput {
  @Field(() => String, { description: 'The cookie policy version the person answered (it must be the current one).' })
  @MaxLength(40)
  version!: string;

  // Each choice is checked against the current categories by the service (exactly one per category).
  @Field(() => [CookieChoiceInput], { description: 'One choice per optional category of that version.' })
  @ArrayMaxSize(20)
  choices!: CookieChoiceInput[];

  @Field(() => String, { description: 'DIALOG, or GPC when the browser sent Global Privacy Control.' })
  @IsIn(['DIALOG', 'GPC'])
  source!: 'DIALOG' | 'GPC';
}

@ObjectType()
export class RecordCookieConsentPayload {
  @Field(() => CookieConsent)
  consent!: CookieConsent;
}
