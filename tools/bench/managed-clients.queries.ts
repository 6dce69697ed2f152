/**
 * The operations bench:managed-clients sends, as a partner's script would. Shared by the
 * benchmark and the floor (which answers exactly these texts), so it imports nothing.
 */
export const LIST = `query Clients($partner: ID!, $first: Int!, $after: String, $search: String, $orderBy: ManagedClientOrder! = NAME) {
  managedClients(partnerOrganizationId: $partner, first: $first, after: $after, search: $search, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { partnershipId access billingOwner since endsAt productsInScope organization { id name } } } } }`;

/** Products per client in WITH_PRODUCTS (a literal of its text). */
export const PRODUCTS_PER_CLIENT = 10;

export const WITH_PRODUCTS = `query Clients($partner: ID!, $first: Int!) {
  managedClients(partnerOrganizationId: $partner, first: $first) {
    edges { node { organization { name } productsInScope products(first: ${PRODUCTS_PER_CLIENT}) { edges { node { name } } } } } } }`;

export interface ListVariables {
  partner: string;
  first: number;
  after?: string | null;
  search?: string | null;
  orderBy?: 'NAME' | 'SINCE';
}
