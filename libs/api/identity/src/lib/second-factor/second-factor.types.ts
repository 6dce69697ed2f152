import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { User } from '../user.entity';

export const SecondFactorMethod = { TOTP: 'TOTP', RECOVERY_CODE: 'RECOVERY_CODE', PASSKEY: 'PASSKEY' } as const;
export type SecondFactorMethod = (typeof SecondFactorMethod)[keyof typeof SecondFactorMethod];
registerEnumType(SecondFactorMethod, { name: 'SecondFactorMethod', description: 'A way to complete two-step verification.' });

/** Bounds what the browser may send as a WebAuthn answer (a few kB in practice). */
const MAX_WEBAUTHN_JSON = 16_000;

@ObjectType({ description: 'The password was right; a second factor completes the sign-in within five minutes.' })
export class PendingSecondFactor {
  @Field({ description: 'Single use; send it back with the second factor. Not a session.' })
  pendingToken!: string;

  @Field(() => [SecondFactorMethod])
  methods!: SecondFactorMethod[];

  @Field()
  expiresAt!: Date;
}

@ObjectType()
export class SignInPayload {
  @Field(() => User)
  user!: User;

  @Field(() => Int, { nullable: true, description: 'After a recovery code: how many are left.' })
  recoveryCodesLeft!: number | null;
}

@InputType()
export class CompleteSignInInput {
  @Field()
  @MinLength(1, { message: 'Log in again: this sign-in has expired.' })
  @MaxLength(100, { message: 'Log in again: this sign-in has expired.' })
  pendingToken!: string;

  @Field(() => SecondFactorMethod, { description: 'TOTP or RECOVERY_CODE (a passkey signs in with finishPasskeySignIn).' })
  @IsIn([SecondFactorMethod.TOTP, SecondFactorMethod.RECOVERY_CODE], { message: 'Use a code from the authenticator app or a recovery code.' })
  method!: SecondFactorMethod;

  @Field()
  @MinLength(1, { message: 'Enter the code.' })
  @MaxLength(32, { message: 'A code has at most 32 characters.' })
  code!: string;
}

@ObjectType({ description: 'Scan the QR code (or type the secret) in an authenticator app, then confirm with its first code.' })
export class TotpEnrolment {
  @Field({ description: 'Base32, for typing in by hand.' })
  secret!: string;

  @Field({ description: 'otpauth:// URI that the QR code holds.' })
  uri!: string;

  @Field({ description: 'The QR code as an SVG document, rendered by the server (no outside service).' })
  qrCodeSvg!: string;
}

@InputType()
export class ConfirmTotpEnrolmentInput {
  @Field()
  @MinLength(1, { message: 'Enter the six-digit code from the app.' })
  @MaxLength(16, { message: 'Enter the six-digit code from the app.' })
  code!: string;
}

@ObjectType()
export class SecondFactorEnrolledPayload {
  @Field(() => [String], { description: 'Shown once: ten single-use recovery codes when this is the first second factor; empty otherwise.' })
  recoveryCodes!: string[];
}

@InputType()
export class PasswordConfirmationInput {
  @Field()
  @MinLength(1, { message: 'Enter your password to confirm.' })
  @MaxLength(1024, { message: 'A password has at most 1024 characters.' })
  password!: string;
}

@ObjectType()
export class RecoveryCodesPayload {
  @Field(() => [String], { description: 'Shown once; the previous codes no longer work.' })
  recoveryCodes!: string[];
}

@ObjectType()
export class SuccessPayload {
  @Field()
  success!: boolean;
}

@ObjectType({ description: 'WebAuthn options for navigator.credentials (JSON, as @simplewebauthn/browser reads it).' })
export class WebauthnOptions {
  @Field()
  optionsJson!: string;
}

@InputType()
export class StartPasskeySignInInput {
  @Field(() => String, { nullable: true, description: 'Set when the passkey is the second factor after a password; absent for a passkey alone.' })
  @IsOptional()
  @MaxLength(100, { message: 'Log in again: this sign-in has expired.' })
  pendingToken?: string | null;
}

@InputType()
export class FinishPasskeySignInInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'Log in again: this sign-in has expired.' })
  pendingToken?: string | null;

  @Field({ description: 'The browser’s answer (AuthenticationResponseJSON).' })
  @MinLength(2, { message: 'The passkey did not answer: try again.' })
  @MaxLength(MAX_WEBAUTHN_JSON, { message: 'The passkey did not answer: try again.' })
  responseJson!: string;
}

@InputType()
export class FinishPasskeyRegistrationInput {
  @Field()
  @MinLength(1, { message: 'Name the passkey.' })
  @MaxLength(60, { message: 'A passkey name has at most 60 characters.' })
  name!: string;

  @Field({ description: 'The browser’s answer (RegistrationResponseJSON).' })
  @MinLength(2, { message: 'The passkey did not answer: try again.' })
  @MaxLength(MAX_WEBAUTHN_JSON, { message: 'The passkey did not answer: try again.' })
  responseJson!: string;
}

@ObjectType({ description: 'A passkey of the signed-in person.' })
export class Passkey {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}

@ObjectType()
export class PasskeyPayload {
  @Field(() => Passkey)
  passkey!: Passkey;

  @Field(() => [String], { description: 'Ten recovery codes, shown once, when this is the first second factor; empty otherwise.' })
  recoveryCodes!: string[];
}

@InputType()
export class RenamePasskeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Passkey not found.' })
  id!: string;

  @Field()
  @MinLength(1, { message: 'Name the passkey.' })
  @MaxLength(60, { message: 'A passkey name has at most 60 characters.' })
  name!: string;
}

@InputType()
export class RemovePasskeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Passkey not found.' })
  id!: string;

  @Field()
  @MinLength(1, { message: 'Enter your password to confirm.' })
  @MaxLength(1024, { message: 'A password has at most 1024 characters.' })
  password!: string;
}
