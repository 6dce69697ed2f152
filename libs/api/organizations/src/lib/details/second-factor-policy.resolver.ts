import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { IsBoolean, IsUUID } from 'class-validator';
import type { RequestContext } from '@manager/api-core';
import { Organization } from '../organization.entity';
import { setSecondFactorRequirement } from './second-factor-policy.service';

@InputType()
export class SetSecondFactorRequirementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Organization not found.' })
  organizationId!: string;

  @Field({ description: 'True: every member (and partners’ people) must sign in with two-step verification.' })
  @IsBoolean()
  required!: boolean;
}

@ObjectType()
export class SetSecondFactorRequirementPayload {
  @Field(() => Organization)
  organization!: Organization;
}

@Resolver()
export class SecondFactorPolicyResolver {
  @Authorized()
  @Mutation(() => SetSecondFactorRequirementPayload, {
    description: 'The legal responsible requires two-step verification of the organization’s members (or stops requiring it).',
  })
  async setSecondFactorRequirement(
    @Arg('input', () => SetSecondFactorRequirementInput) input: SetSecondFactorRequirementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SetSecondFactorRequirementPayload> {
    return { organization: await setSecondFactorRequirement(ctx, input.organizationId, input.required) };
  }
}
