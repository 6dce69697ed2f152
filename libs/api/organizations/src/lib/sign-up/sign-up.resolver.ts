import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { SignUpInput, SignUpPayload } from './sign-up.input';
import { signUp } from './sign-up.service';

@Resolver()
export class SignUpResolver {
  @Mutation(() => SignUpPayload, {
    description: 'Creates an account and its first organization, and signs the person in. Public.',
  })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: RequestContext): Promise<SignUpPayload> {
    return signUp(ctx, input);
  }
}
