import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@manager/api-core';
import { type Language, LanguageEnum } from '@manager/domain';
import {
  LoginInput,
  LoginPayload,
  LogoutPayload,
  UpdateThemePreferenceInput,
  UpdateThemePreferencePayload,
} from './auth.inputs';
import * as auth from './auth.service';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when nobody is signed in.' })
  me(@Ctx() ctx: RequestContext): Promise<User | null> {
    return auth.currentUser(ctx);
  }

  @Mutation(() => LoginPayload)
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return auth.login(ctx, input.email, input.password);
  }

  @Mutation(() => LogoutPayload)
  async logout(@Ctx() ctx: RequestContext): Promise<LogoutPayload> {
    return { success: await auth.logout(ctx) };
  }

  @Authorized()
  @Mutation(() => UpdateThemePreferencePayload)
  async updateThemePreference(
    @Arg('input', () => UpdateThemePreferenceInput) input: UpdateThemePreferenceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateThemePreferencePayload> {
    return { user: await auth.updateThemePreference(ctx, input.themePreference) };
  }

  @Authorized()
  @Mutation(() => User, { description: 'Saves the language the signed-in person reads the Manager and their emails in; answers in it from now on.' })
  setLanguage(@Arg('language', () => LanguageEnum) language: Language, @Ctx() ctx: RequestContext): Promise<User> {
    return auth.setLanguage(ctx, language);
  }
}
