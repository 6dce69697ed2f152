import type { DataSource } from 'typeorm';
import { entityRows, type RequestContext } from '@manager/api-core';
import { organizationLoaders } from '../organization.loaders';
import { Organization } from '../organization.entity';

/** The columns `joinedOrganization` selects are named apart from the rows they join: `"_org_name"`. */
const PREFIX = '_org_';

export interface JoinedOrganization {
  /** The organization's columns as `<alias>."name" AS "_org_name", …`, for the read model's select list. */
  columns: string;
  /**
   * Primes the request's organization loader with the organization read in `row`, so that
   * `getOrganization` answers it without a statement (after asking the access policy, as always);
   * answers the organization, for a read model that hands it over itself once the policy said yes.
   */
  prime(ctx: RequestContext, row: Record<string, unknown>): Organization;
}

/**
 * For a read model declared in `apps/api/src/table-ownership.ts` that joins `organization`
 * (aliased `alias`) to rows of its own, e.g. a partner's page of managed clients: the columns
 * to select and the priming of the loader from them, so that the rows' organizations cost no
 * statement of their own. The columns are the entity's, so they never fall behind it.
 */
export function joinedOrganization(dataSource: DataSource, alias: string): JoinedOrganization {
  const rows = entityRows(dataSource, Organization, alias, PREFIX);
  return {
    columns: rows.columns,
    prime(ctx, row) {
      const organization = rows.map(row);
      organizationLoaders(ctx).organizationById.prime(organization.id, organization);
      return organization;
    },
  };
}
