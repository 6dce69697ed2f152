import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import {
  ChangePasswordInput,
  ChangePasswordPayload,
  PasswordResetLink,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
} from './password.inputs';
import { changePassword } from './password-change.service';
import { passwordResetLink, requestPasswordReset, resetPassword } from './password-reset.service';

@Resolver()
export class PasswordResolver {
  @Query(() => PasswordResetLink, {
    nullable: true,
    description: 'Public: the account a reset link is for; null when the link is unknown, used or expired.',
  })
  passwordResetLink(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext): Promise<PasswordResetLink | null> {
    return passwordResetLink(ctx, token);
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Public. Emails a link to set a new password (valid 30 minutes, once) if the address has an account; answers the same either way. Throttled per address and per IP.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestPasswordResetPayload> {
    await requestPasswordReset(ctx, input.email);
    return { success: true };
  }

  @Mutation(() => ResetPasswordPayload, {
    description: 'Public. Sets a new password from an emailed link, ends every session of the account and signs this browser in.',
  })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResetPasswordPayload> {
    return { user: await resetPassword(ctx, input.token, input.newPassword) };
  }

  @Authorized()
  @Mutation(() => ChangePasswordPayload, {
    description: 'Changes the signed-in person’s password (the current one confirms it); ends every other session of the account.',
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangePasswordPayload> {
    return { user: await changePassword(ctx, input.currentPassword, input.newPassword) };
  }
}
