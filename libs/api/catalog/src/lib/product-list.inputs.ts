import { registerEnumType } from 'type-graphql';

/** How an organization's product list is ordered. */
export const ProductOrder = {
  /** By name, case-insensitively ("kChat" between "Domain" and "VPS"). */
  NAME: 'NAME',
  /** The earliest renewal first (an expired product, then those due soon), then by name. */
  RENEWAL: 'RENEWAL',
} as const;
export type ProductOrder = (typeof ProductOrder)[keyof typeof ProductOrder];

registerEnumType(ProductOrder, { name: 'ProductOrder' });
