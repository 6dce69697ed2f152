import { coreModule } from '@manager/api-core';
import { billingModule } from '@manager/api-billing';
import { catalogModule } from '@manager/api-catalog';
import { complianceModule } from '@manager/api-compliance';
import { identityModule } from '@manager/api-identity';
import { organizationsModule } from '@manager/api-organizations';
import { partnersModule } from '@manager/api-partners';
import { tokensModule } from '@manager/api-tokens';

/**
 * Every bounded context of the API, listed once: the schema takes their resolvers, the database
 * their entities and migrations, each request their loaders, the process their jobs. A context
 * whose loaders someone reads but which is missing here does not compile (see `loadersFactory`).
 */
export const apiContexts = [
  coreModule,
  identityModule,
  organizationsModule,
  catalogModule,
  complianceModule,
  partnersModule,
  billingModule,
  tokensModule,
] as const;
