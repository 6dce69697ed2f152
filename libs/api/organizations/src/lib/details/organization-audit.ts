import { recordAuditEvent, type TxContext } from '@manager/api-core';
import type { OrganizationUpdatedData } from '@manager/domain';
import type { Organization } from '../organization.entity';
import type { StoredVatVerification } from '../vies/verify-vat-number';
import { type AddressChanges, addressLabel } from './billing-addresses';

/**
 * The audit events of creating and editing an organization's details, as data (names and
 * labels as they are now); the trail words them when read. Written in the change's transaction.
 */
export async function auditOrganizationCreated(ctx: TxContext, organization: Organization): Promise<void> {
  const { name, entityType, country, vatNumber } = organization;
  await recordAuditEvent(ctx, {
    organizationId: organization.id,
    action: 'organization.created',
    data: { name, entityType, country, vatNumber },
    targetId: organization.id,
  });
}

/** One event naming every changed field, or none when nothing changed. */
export async function auditOrganizationUpdated(
  ctx: TxContext,
  before: Pick<Organization, 'name' | 'country' | 'vatNumber'>,
  after: Organization,
): Promise<void> {
  const changes: OrganizationUpdatedData = {};
  if (before.name !== after.name) changes.name = { from: before.name, to: after.name };
  if (before.country !== after.country) changes.country = { from: before.country, to: after.country };
  if (before.vatNumber !== after.vatNumber) changes.vatNumber = { from: before.vatNumber, to: after.vatNumber };
  if (!Object.keys(changes).length) return;
  await recordAuditEvent(ctx, { organizationId: after.id, action: 'organization.updated', data: changes, targetId: after.id });
}

export async function auditAddressChanges(ctx: TxContext, organizationId: string, changes: AddressChanges): Promise<void> {
  for (const address of changes.added) {
    await recordAuditEvent(ctx, {
      organizationId,
      action: 'billing_address.added',
      data: { address: addressLabel(address), isDefault: address.isDefault },
      targetId: address.id,
    });
  }
  for (const { before, after } of changes.updated) {
    await recordAuditEvent(ctx, {
      organizationId,
      action: 'billing_address.updated',
      data: { kind: 'EDITED', from: addressLabel(before), to: addressLabel(after), nowDefault: after.isDefault && !before.isDefault },
      targetId: after.id,
    });
  }
  if (changes.newDefault) {
    await recordAuditEvent(ctx, {
      organizationId,
      action: 'billing_address.updated',
      data: { kind: 'MADE_DEFAULT', address: addressLabel(changes.newDefault) },
      targetId: changes.newDefault.id,
    });
  }
  for (const address of changes.removed) {
    await recordAuditEvent(ctx, { organizationId, action: 'billing_address.removed', data: { address: addressLabel(address) }, targetId: address.id });
  }
}

export async function auditTermsAccepted(
  ctx: TxContext,
  organizationId: string,
  acceptance: { id: string; version: string },
): Promise<void> {
  await recordAuditEvent(ctx, { organizationId, action: 'terms.accepted', data: { version: acceptance.version }, targetId: acceptance.id });
}

export async function auditVatVerified(
  ctx: TxContext,
  organization: Organization,
  verification: StoredVatVerification,
): Promise<void> {
  await recordAuditEvent(ctx, {
    organizationId: organization.id,
    action: 'organization.vat_verified',
    // A number is verified only when there is one.
    data: { vatNumber: organization.vatNumber ?? '', status: verification.status, registeredName: verification.registeredName },
    targetId: organization.id,
  });
}
