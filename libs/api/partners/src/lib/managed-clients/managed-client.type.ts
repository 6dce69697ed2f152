import type { GraphQLError } from 'graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@manager/api-core';
import type { ProductConnection } from '@manager/api-catalog';
import { Organization } from '@manager/api-organizations';
import { BillingOwner, PartnershipAccess } from '@manager/domain';

export const ManagedClientOrder = { NAME: 'NAME', SINCE: 'SINCE' } as const;
export type ManagedClientOrder = (typeof ManagedClientOrder)[keyof typeof ManagedClientOrder];
registerEnumType(ManagedClientOrder, {
  name: 'ManagedClientOrder',
  valuesConfig: { NAME: { description: 'By client name, case-insensitive.' }, SINCE: { description: 'Newest partnership first.' } },
});

/** A client under the partner's management: one ACTIVE, not expired partnership. */
@ObjectType({ description: "A client under the partner's management (an ACTIVE, not expired partnership)." })
export class ManagedClient {
  /** One object per row, its fields assigned in one go (a page of 100 makes 100 of them). */
  constructor(
    partnershipId: string,
    clientOrganizationId: string,
    access: PartnershipAccess,
    billingOwner: BillingOwner | null,
    since: Date,
    endsAt: Date | null,
  ) {
    this.partnershipId = partnershipId;
    this.clientOrganizationId = clientOrganizationId;
    this.access = access;
    this.billingOwner = billingOwner;
    this.since = since;
    this.endsAt = endsAt;
    this.organization = null;
    this.productsInScope = null;
    this.carriedProducts = null;
    this.carriedProductsFirst = 0;
  }

  @Field(() => ID)
  partnershipId: string;

  /** The client: resolved through the access policy (see managed-clients.resolver.ts). */
  clientOrganizationId: string;

  /**
   * Read by the page's own statement whenever the operation selects it (managed-clients.service.ts):
   * no resolver runs for it (graphql-jit reads the property inline, no resolve info or promise per
   * row). The policy's refusal (NOT_FOUND, as for a made-up id) when it does not let the actor reach it.
   */
  @Field(() => Organization, { description: 'The client, reachable through the partnership.' })
  organization: Organization | GraphQLError | null;

  /** Read by the page's own statement whenever the operation selects it, like `organization`. */
  @Field(() => Int, { description: "COMPLETE: all of the client's products; LIMITED: the scope." })
  productsInScope: number | null;

  /**
   * What the page's statement read for `products` (see managed-clients.service.ts), so that it
   * answers without its resolver, a loader or a statement of its own (`carriesField`,
   * managed-clients.resolver.ts); null: not read, the field's resolver asks as before.
   * The client's first product page: the answer to `products(first: carriedProductsFirst)`, without `after`.
   */
  carriedProducts: ProductConnection | null;
  carriedProductsFirst: number;

  @Field(() => PartnershipAccess)
  access: PartnershipAccess;

  @Field(() => BillingOwner, { nullable: true })
  billingOwner: BillingOwner | null;

  @Field(() => Date, { description: 'When the partnership was accepted.' })
  since: Date;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;
}

export interface ManagedClientFilter {
  partnerOrganizationId: string;
  /** The actor as the policy's SQL reads it (`policySubject`): an API token lists only the clients it reaches. */
  subject: string | null;
  /** LIKE pattern on the client's name, lower-cased; null: every client. */
  pattern: string | null;
}

@ObjectType()
export class ManagedClientConnection extends ConnectionType(ManagedClient, 'ManagedClient') {
  /** What was listed: lets `totalCount` count the same rows. */
  filter!: ManagedClientFilter;

  /** The count the page's statement carried (the operation selects `totalCount`), else null. */
  counted!: number | null;
}
