import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@manager/api-core';
import { API_TOKEN_RULES, ApiScopeLevel, ApiScopeResource, ApiTokenKind } from '@manager/domain';

registerEnumType(ApiTokenKind, {
  name: 'ApiTokenKind',
  valuesConfig: {
    ORGANIZATION: { description: 'Owned by the organization: created and managed by its legal responsible and administrators.' },
    PERSONAL: { description: 'Owned by one member: only they list, rotate and revoke it; it dies with the membership.' },
  },
});
registerEnumType(ApiScopeResource, { name: 'ApiScopeResource' });
registerEnumType(ApiScopeLevel, { name: 'ApiScopeLevel', valuesConfig: { WRITE: { description: 'Read and write.' } } });

export const ApiTokenClientSelection = { ALL: 'ALL', SELECTED: 'SELECTED' } as const;
export type ApiTokenClientSelection = (typeof ApiTokenClientSelection)[keyof typeof ApiTokenClientSelection];
registerEnumType(ApiTokenClientSelection, {
  name: 'ApiTokenClientSelection',
  valuesConfig: {
    ALL: { description: 'Every current and future client under management.' },
    SELECTED: { description: 'Only the clients listed in `selectedClients`.' },
  },
});

export const ApiTokenStatus = { ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED', DISABLED: 'DISABLED', SUSPENDED: 'SUSPENDED' } as const;
export type ApiTokenStatus = (typeof ApiTokenStatus)[keyof typeof ApiTokenStatus];
registerEnumType(ApiTokenStatus, {
  name: 'ApiTokenStatus',
  valuesConfig: {
    EXPIRED: { description: 'Past expiresAt (listed, greyed, for 90 days).' },
    REVOKED: { description: 'Revoked by a person or by a leak report (listed, greyed, for 90 days).' },
    DISABLED: { description: 'Not used for 90 days: switched off (a warning was emailed 7 days before). Rotate to use it again.' },
    SUSPENDED: { description: 'The person whose role bounds it left the organization: rotate it to resume.' },
  },
});

@ObjectType()
export class ApiTokenScope {
  @Field(() => ApiScopeResource)
  resource!: ApiScopeResource;

  @Field(() => ApiScopeLevel)
  level!: ApiScopeLevel;
}

@ObjectType()
export class ApiTokenClient {
  @Field(() => ID, { description: "The client organization's id." })
  id!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class ApiTokenClientUse {
  @Field(() => ApiTokenClient)
  client!: ApiTokenClient;

  @Field({ description: 'Truncated to the minute.' })
  lastUsedAt!: Date;
}

/** A token as its owner's people read it: never its secret, nor its hash. */
@ObjectType('ApiToken')
export class ApiTokenView {
  @Field(() => ID)
  id!: string;

  @Field(() => ApiTokenKind)
  kind!: ApiTokenKind;

  @Field()
  name!: string;

  @Field({ description: 'The recognizable start of the token (`mgro_` + public id + `…`); the secret is never shown again.' })
  displayPrefix!: string;

  @Field(() => ID)
  ownerOrganizationId!: string;

  @Field(() => String, { nullable: true, description: 'Who created it (kept when they leave).' })
  createdByName!: string | null;

  @Field(() => [ApiTokenScope])
  scopes!: ApiTokenScope[];

  @Field(() => ApiTokenClientSelection)
  clientSelection!: ApiTokenClientSelection;

  @Field(() => ApiTokenStatus)
  status!: ApiTokenStatus;

  @Field()
  createdAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastRotatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until when the secret replaced by the last rotation still works; null when none does.' })
  previousSecretValidUntil!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Truncated to the minute; null when never used.' })
  lastUsedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The address of the last use, truncated (IPv4 /24, IPv6 /48).' })
  lastUsedIp!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it switches off if still unused (90 days after the last use, or after creation).' })
  disablesAt!: Date | null;
}

@ObjectType()
export class ApiTokenConnection extends ConnectionType(ApiTokenView, 'ApiToken') {}

@ObjectType({ description: 'A partner token that can reach this (client) organization, as its legal responsible and administrators see it.' })
export class PartnerApiAccess {
  @Field(() => ID)
  tokenId!: string;

  @Field(() => ID)
  partnerOrganizationId!: string;

  @Field({ description: "The partner's public name (its profile), else its organization name." })
  partnerName!: string;

  @Field()
  tokenName!: string;

  @Field(() => ApiTokenKind)
  kind!: ApiTokenKind;

  @Field()
  displayPrefix!: string;

  @Field(() => [ApiTokenScope])
  scopes!: ApiTokenScope[];

  @Field(() => String, { nullable: true })
  createdByName!: string | null;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last use on THIS organization, to the minute; null when never used here.' })
  lastUsedAt!: Date | null;

  @Field({ description: 'Blocked for this organization by its legal responsible (the partnership goes on).' })
  blocked!: boolean;

  @Field(() => Date, { nullable: true })
  blockedAt!: Date | null;

  /** For the pagination (newest first). */
  createdAt!: Date;
}

@ObjectType()
export class PartnerApiAccessConnection extends ConnectionType(PartnerApiAccess, 'PartnerApiAccess') {}

@InputType()
export class ApiTokenScopeInput {
  @Field(() => ApiScopeResource)
  resource!: ApiScopeResource;

  @Field(() => ApiScopeLevel, { defaultValue: 'READ' })
  level!: ApiScopeLevel;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID, { description: 'The owner organization (kind ORGANIZATION: its legal responsible or an administrator; PERSONAL: any member).' })
  @MaxLength(100)
  organizationId!: string;

  @Field(() => ApiTokenKind)
  kind!: ApiTokenKind;

  @Field({ description: `1..${API_TOKEN_RULES.nameMaxLength} characters.` })
  @MaxLength(API_TOKEN_RULES.nameMaxLength, { message: `A token name has at most ${API_TOKEN_RULES.nameMaxLength} characters.` })
  name!: string;

  @Field(() => [ApiTokenScopeInput], { nullable: true, description: 'Default: READ on every resource. At most one entry per resource.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Choose at least one scope, or leave the scopes out for read-only access to everything.' })
  @ArrayMaxSize(Object.keys(ApiScopeResource).length, { message: 'Name each resource at most once.' })
  scopes?: ApiTokenScopeInput[] | null;

  @Field(() => ApiTokenClientSelection, { defaultValue: 'ALL' })
  clientSelection!: ApiTokenClientSelection;

  @Field(() => [ID], { nullable: true, description: `Required (1..${API_TOKEN_RULES.maxSelectedClients}) with SELECTED: clients the owner manages through a live partnership.` })
  @IsOptional()
  @ArrayMaxSize(API_TOKEN_RULES.maxSelectedClients, { message: `Select at most ${API_TOKEN_RULES.maxSelectedClients} clients, or choose ALL.` })
  @MaxLength(100, { each: true })
  clientOrganizationIds?: string[] | null;

  @Field(() => Int, { defaultValue: API_TOKEN_RULES.defaultExpiresInDays, description: `1..${API_TOKEN_RULES.maxExpiresInDays}. There is no "never".` })
  @Min(1, { message: 'A token lives at least one day.' })
  @Max(API_TOKEN_RULES.maxExpiresInDays, { message: `A token lives at most ${API_TOKEN_RULES.maxExpiresInDays} days: there is no "never".` })
  expiresInDays!: number;

  @Field({ description: 'The signed-in person’s password (throttled like every password confirmation).' })
  @MaxLength(1024)
  password!: string;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiTokenView)
  token!: ApiTokenView;

  @Field({ description: 'The whole token, shown ONCE: only a keyed hash is kept.' })
  secret!: string;
}

@InputType()
export class RotateApiTokenInput {
  @Field(() => ID)
  @MaxLength(100)
  tokenId!: string;

  @Field(() => Int, { defaultValue: 0, description: `How long the old secret keeps working: 0..${API_TOKEN_RULES.maxGracePeriodDays} days (0: it stops at once).` })
  @Min(0, { message: 'The grace period is 0 to 7 days.' })
  @Max(API_TOKEN_RULES.maxGracePeriodDays, { message: 'The grace period is 0 to 7 days.' })
  gracePeriodDays!: number;

  @Field()
  @MaxLength(1024)
  password!: string;
}

@ObjectType()
export class RotateApiTokenPayload {
  @Field(() => ApiTokenView)
  token!: ApiTokenView;

  @Field({ description: 'The new token text (same id, name, scopes and selection), shown ONCE.' })
  secret!: string;
}

@InputType()
export class ApiTokenIdInput {
  @Field(() => ID)
  @MaxLength(100)
  tokenId!: string;
}

@ObjectType()
export class ApiTokenPayload {
  @Field(() => ApiTokenView)
  token!: ApiTokenView;
}

@InputType()
export class PartnerApiAccessInput {
  @Field(() => ID, { description: 'The client organization blocking (or unblocking) the token for itself.' })
  @MaxLength(100)
  organizationId!: string;

  @Field(() => ID)
  @MaxLength(100)
  tokenId!: string;
}

@ObjectType()
export class PartnerApiAccessPayload {
  @Field(() => PartnerApiAccess)
  access!: PartnerApiAccess;
}
