import { defineContext } from '@manager/api-core';
import { ApiToken } from './api-token.entity';
import { ApiTokenBlock, ApiTokenClient, ApiTokenLeakReport, ApiTokenRateBucket, ApiTokenUsage } from './api-token-tables.entity';
import { PartnerApiAccessResolver } from './client/partner-api-access.resolver';
import { startTokenLifecycleJob } from './lifecycle/token-lifecycle';
import { ApiTokenResolver, OrganizationApiTokensResolver } from './manage/api-token.resolver';
import { CreateApiTokens1764170030000 } from './migrations/1764170030000-CreateApiTokens';
import { createTokenLoaders } from './tokens.loaders';

/** API tokens: partners' (and anyone's) scripts, bound on every request to what the policy grants. */
export const tokensModule = defineContext({
  name: 'tokens',
  resolvers: [OrganizationApiTokensResolver, ApiTokenResolver, PartnerApiAccessResolver],
  entities: [ApiToken, ApiTokenClient, ApiTokenBlock, ApiTokenUsage, ApiTokenRateBucket, ApiTokenLeakReport],
  migrations: [CreateApiTokens1764170030000],
  loaders: createTokenLoaders,
  // Reminders, disabling, daily read summaries and the purge only queue emails and write rows.
  jobs: [({ dataSource, publicUrl, log }) => startTokenLifecycleJob(dataSource, publicUrl, log)],
});
