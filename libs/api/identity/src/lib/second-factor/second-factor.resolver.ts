import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import * as enrolment from './enrolment.service';
import * as signIn from './sign-in.service';
import {
  CompleteSignInInput,
  ConfirmTotpEnrolmentInput,
  FinishPasskeyRegistrationInput,
  FinishPasskeySignInInput,
  PasskeyPayload,
  PasswordConfirmationInput,
  Passkey,
  RecoveryCodesPayload,
  RemovePasskeyInput,
  RenamePasskeyInput,
  SecondFactorEnrolledPayload,
  SignInPayload,
  StartPasskeySignInInput,
  SuccessPayload,
  TotpEnrolment,
  WebauthnOptions,
} from './second-factor.types';

@Resolver()
export class SecondFactorResolver {
  @Mutation(() => SignInPayload, { description: 'Public. The second step of a sign-in with a code from the authenticator app or a recovery code. Throttled per person.' })
  completeSignIn(@Arg('input', () => CompleteSignInInput) input: CompleteSignInInput, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    return signIn.completeSignInWithCode(ctx, input.pendingToken, input.method, input.code);
  }

  @Mutation(() => WebauthnOptions, { description: 'Public. Starts a sign-in with a passkey: alone (no pendingToken), or as the second step after a password.' })
  async startPasskeySignIn(@Arg('input', () => StartPasskeySignInInput) input: StartPasskeySignInInput, @Ctx() ctx: RequestContext): Promise<WebauthnOptions> {
    return { optionsJson: await signIn.startPasskeySignIn(ctx, input.pendingToken) };
  }

  @Mutation(() => SignInPayload, { description: 'Public. Completes a sign-in with the passkey’s answer.' })
  finishPasskeySignIn(@Arg('input', () => FinishPasskeySignInInput) input: FinishPasskeySignInInput, @Ctx() ctx: RequestContext): Promise<SignInPayload> {
    return signIn.finishPasskeySignIn(ctx, input.pendingToken, input.responseJson);
  }

  @Authorized()
  @Mutation(() => TotpEnrolment, { description: 'Starts setting up an authenticator app: a new secret, confirmed by confirmTotpEnrolment.' })
  startTotpEnrolment(@Ctx() ctx: RequestContext): Promise<TotpEnrolment> {
    return enrolment.startTotpEnrolment(ctx);
  }

  @Authorized()
  @Mutation(() => SecondFactorEnrolledPayload, { description: 'Turns the authenticator app on with its first code.' })
  async confirmTotpEnrolment(@Arg('input', () => ConfirmTotpEnrolmentInput) input: ConfirmTotpEnrolmentInput, @Ctx() ctx: RequestContext): Promise<SecondFactorEnrolledPayload> {
    return { recoveryCodes: await enrolment.confirmTotpEnrolment(ctx, input.code) };
  }

  @Authorized()
  @Mutation(() => SuccessPayload, { description: 'Removes the authenticator app (the password confirms it).' })
  async removeTotp(@Arg('input', () => PasswordConfirmationInput) input: PasswordConfirmationInput, @Ctx() ctx: RequestContext): Promise<SuccessPayload> {
    await enrolment.removeTotp(ctx, input.password);
    return { success: true };
  }

  @Authorized()
  @Mutation(() => WebauthnOptions, { description: 'Starts adding a passkey: options for navigator.credentials.create.' })
  async startPasskeyRegistration(@Ctx() ctx: RequestContext): Promise<WebauthnOptions> {
    return { optionsJson: await enrolment.startPasskeyRegistration(ctx) };
  }

  @Authorized()
  @Mutation(() => PasskeyPayload, { description: 'Stores the new passkey under a name.' })
  finishPasskeyRegistration(@Arg('input', () => FinishPasskeyRegistrationInput) input: FinishPasskeyRegistrationInput, @Ctx() ctx: RequestContext): Promise<PasskeyPayload> {
    return enrolment.finishPasskeyRegistration(ctx, input.name, input.responseJson);
  }

  @Authorized()
  @Mutation(() => Passkey)
  renamePasskey(@Arg('input', () => RenamePasskeyInput) input: RenamePasskeyInput, @Ctx() ctx: RequestContext): Promise<Passkey> {
    return enrolment.renamePasskey(ctx, input.id, input.name);
  }

  @Authorized()
  @Mutation(() => SuccessPayload, { description: 'Removes a passkey (the password confirms it).' })
  async removePasskey(@Arg('input', () => RemovePasskeyInput) input: RemovePasskeyInput, @Ctx() ctx: RequestContext): Promise<SuccessPayload> {
    await enrolment.removePasskey(ctx, input.id, input.password);
    return { success: true };
  }

  @Authorized()
  @Mutation(() => RecoveryCodesPayload, { description: 'Ten new recovery codes (the password confirms it); the previous ones stop working.' })
  async regenerateRecoveryCodes(@Arg('input', () => PasswordConfirmationInput) input: PasswordConfirmationInput, @Ctx() ctx: RequestContext): Promise<RecoveryCodesPayload> {
    return { recoveryCodes: await enrolment.regenerateRecoveryCodes(ctx, input.password) };
  }
}
