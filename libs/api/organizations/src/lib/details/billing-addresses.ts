import { In, type EntityManager } from 'typeorm';
import { BillingAddress } from './billing-address.entity';
import { addressNotFound, type CheckedAddress } from './organization-details.rules';

/** What replacing an organization's addresses changed, for the audit trail. */
export interface AddressChanges {
  added: BillingAddress[];
  updated: { before: BillingAddress; after: BillingAddress }[];
  removed: BillingAddress[];
  /** Set when the default moved to another address that already existed. */
  newDefault: BillingAddress | null;
}

const CONTENT = ['recipient', 'street', 'postcode', 'city', 'country'] as const;

/**
 * Makes the organization's billing addresses exactly `wanted` (the whole list from the form):
 * listed ids are updated, the others deleted, entries without id inserted. The default is
 * cleared first and set last, so the partial unique index (one default per organization) holds at
 * every statement. Runs in the caller's transaction; `wanted` comes from `checkDetails`.
 */
export async function replaceBillingAddresses(
  tx: EntityManager,
  organizationId: string,
  wanted: CheckedAddress[],
  field = 'organization.billingAddresses',
): Promise<AddressChanges> {
  const existing = await tx.find(BillingAddress, { where: { organizationId }, lock: { mode: 'pessimistic_write' } });
  const byId = new Map(existing.map((address) => [address.id, address]));
  wanted.forEach((address, index) => {
    if (address.id && !byId.has(address.id)) throw addressNotFound(`${field}.${index}.id`);
  });
  const kept = new Set(wanted.flatMap((address) => (address.id ? [address.id] : [])));
  const removed = existing.filter((address) => !kept.has(address.id));
  if (removed.length) await tx.delete(BillingAddress, { organizationId, id: In(removed.map((address) => address.id)) });
  await tx.update(BillingAddress, { organizationId, isDefault: true }, { isDefault: false });

  const changes: AddressChanges = { added: [], updated: [], removed, newDefault: null };
  let defaultId: string | null = null;
  for (const address of wanted) {
    const values = {
      recipient: address.recipient,
      street: address.street,
      postcode: address.postcode,
      city: address.city,
      country: address.country,
      position: address.position,
      isDefault: false,
    };
    let saved: BillingAddress;
    if (address.id) {
      const before = byId.get(address.id) as BillingAddress;
      await tx.update(BillingAddress, { id: address.id, organizationId }, values);
      saved = Object.assign(new BillingAddress(), before, values, { isDefault: address.isDefault });
      if (CONTENT.some((key) => before[key] !== saved[key])) changes.updated.push({ before, after: saved });
      else if (address.isDefault && !before.isDefault) changes.newDefault = saved;
    } else {
      saved = await tx.save(tx.create(BillingAddress, { organizationId, ...values }));
      saved.isDefault = address.isDefault;
      changes.added.push(saved);
    }
    if (address.isDefault) defaultId = saved.id;
  }
  if (defaultId) await tx.update(BillingAddress, { id: defaultId, organizationId }, { isDefault: true });
  return changes;
}

/** "Accounts payable, Rue du Four 3, 75006 Paris, FR": how an address reads in the trail. */
export function addressLabel(address: Pick<BillingAddress, 'recipient' | 'street' | 'postcode' | 'city' | 'country'>): string {
  return [address.recipient, address.street, `${address.postcode} ${address.city}`, address.country].filter(Boolean).join(', ');
}
