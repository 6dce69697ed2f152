import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode } from '@manager/api-core';
import { type EntityType, normalizeVatNumber, validateVatNumber } from '@manager/domain';
import type { BillingAddressInput, OrganizationDetailsInput } from './organization-details.input';

/** The details as they will be stored: trimmed, VAT number normalized, addresses in form order. */
export interface CheckedDetails {
  name: string;
  entityType: EntityType;
  country: string;
  vatNumber: string | null;
  addresses: CheckedAddress[];
}

export interface CheckedAddress {
  id: string | null;
  recipient: string | null;
  street: string;
  postcode: string;
  city: string;
  country: string;
  isDefault: boolean;
  position: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** NOT_FOUND naming the field: an address id that is not one of this organization's. */
export function addressNotFound(field: string): GraphQLError {
  return new GraphQLError('Billing address not found.', { extensions: { code: ErrorCode.NOT_FOUND, field } });
}

/**
 * The rules class-validator cannot express on one field: the VAT number against the entity type
 * and country (libs/domain, the same check the SPA runs as the person types), and exactly one
 * default address. Fields are named by their dotted path from the mutation's input
 * (`organization.vatNumber`, `organization.billingAddresses.2.isDefault`).
 *
 * `entityType` is the organization's: the input's on creation, the stored one on update.
 * `knownAddressIds` are the organization's addresses (none when creating it): any other id is
 * NOT_FOUND on that field, whether it exists elsewhere or not.
 */
export function checkDetails(
  input: OrganizationDetailsInput,
  entityType: EntityType,
  knownAddressIds: ReadonlySet<string>,
  prefix = 'organization',
): CheckedDetails {
  const country = input.country;
  const typedVat = input.vatNumber ?? '';
  let vatNumber: string | null = null;
  if (normalizeVatNumber(typedVat) !== '') {
    const check = validateVatNumber({ country, entityType, vatNumber: typedVat });
    if (!check.valid) throw badUserInput(`${prefix}.vatNumber`, check.message);
    vatNumber = check.normalized;
  }

  const addressesField = `${prefix}.billingAddresses`;
  const seen = new Set<string>();
  input.billingAddresses.forEach((address, index) => {
    if (address.id == null) return;
    const field = `${addressesField}.${index}.id`;
    if (!UUID.test(address.id) || !knownAddressIds.has(address.id.toLowerCase())) throw addressNotFound(field);
    if (seen.has(address.id.toLowerCase())) throw badUserInput(field, 'This billing address is listed twice.');
    seen.add(address.id.toLowerCase());
  });
  const defaults = input.billingAddresses.flatMap((address, index) => (address.isDefault ? [index] : []));
  if (defaults.length === 0) throw badUserInput(addressesField, 'Mark one billing address as the default.');
  if (defaults.length > 1) {
    throw badUserInput(
      `${addressesField}.${defaults[1]}.isDefault`,
      'Only one billing address can be the default: untick the other one first.',
    );
  }

  return {
    name: input.name.trim(),
    entityType,
    country,
    vatNumber,
    addresses: input.billingAddresses.map((address, position) => checkedAddress(address, position)),
  };
}

function checkedAddress(address: BillingAddressInput, position: number): CheckedAddress {
  return {
    id: address.id ? address.id.toLowerCase() : null,
    recipient: address.recipient?.trim() || null,
    street: address.street.trim(),
    postcode: address.postcode.trim(),
    city: address.city.trim(),
    country: address.country,
    isDefault: address.isDefault,
    position,
  };
}
