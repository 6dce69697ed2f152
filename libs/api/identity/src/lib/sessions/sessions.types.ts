import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsUUID } from 'class-validator';
import { Passkey } from '../second-factor/second-factor.types';

@ObjectType({ description: 'A signed-in browser of the person.' })
export class AccountSession {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Browser and system read from the user agent, e.g. "Chrome on macOS".' })
  device!: string;

  @Field(() => String, { nullable: true, description: 'The approximate place: the network of the sign-in address, e.g. "network 192.168.1.0/24".' })
  place!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'To the minute.' })
  lastActiveAt!: Date;

  @Field({ description: 'The session of this browser.' })
  current!: boolean;

  @Field({ description: 'Signed in with a second factor.' })
  secondFactor!: boolean;
}

@ObjectType({ description: 'One event of the person’s security activity.' })
export class SecurityActivityEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'An action of the security vocabulary, e.g. passkey.added.' })
  action!: string;

  @Field({ description: 'The event in words.' })
  summary!: string;

  @Field()
  occurredAt!: Date;
}

@ObjectType({ description: 'Second factors, sessions and security activity of the signed-in person.' })
export class AccountSecurity {
  @Field({ description: 'An authenticator app is enrolled.' })
  totpEnabled!: boolean;

  @Field(() => [Passkey])
  passkeys!: Passkey[];

  @Field(() => Int)
  recoveryCodesLeft!: number;

  @Field({ description: 'An organization of the person requires two-step verification.' })
  secondFactorRequired!: boolean;

  @Field(() => [AccountSession], { description: 'Live sessions, the most recently active first (at most 100).' })
  sessions!: AccountSession[];

  @Field(() => [SecurityActivityEvent], { description: 'The 50 latest events, newest first.' })
  activity!: SecurityActivityEvent[];
}

@InputType()
export class EndSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Session not found.' })
  sessionId!: string;
}

@ObjectType()
export class EndSessionsPayload {
  @Field(() => Int, { description: 'How many sessions ended.' })
  ended!: number;
}
