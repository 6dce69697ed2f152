import type { EntityManager } from 'typeorm';
import { recordAuditEvent, type RequestContext } from '@manager/api-core';
import type { OrganizationUpdatedData } from '@manager/domain';
import type { Organization } from '../organization.entity';
import type { StoredVatVerification } from '../vies/verify-vat-number';
import { type AddressChanges, addressLabel } from './billing-addresses';

/**
 * The audit events of creating and editing an organization's details, as data (names and
 * labels as they are now); the trail words them when read. Written in the change's transaction.
 */
export async function auditOrganizationCreated(tx: EntityManager, ctx: RequestContext, organization: Organization): Promise<void> {
  const { name, entityType, country, vatNumber } = organization;
  await recordAuditEvent(tx, ctx, {
    organizationId: organization.id,
    action: 'organization.created',
    data: { name, entityType, country, vatNumber },
    targetId: organization.id,
  });
}

/** One event naming every changed field, or none when nothing changed. */
export async function auditOrganizationUpdated(
  tx: EntityManager,
  ctx: RequestContext,
  before: Pick<Organization, 'name' | 'country' | 'vatNumber'>,
  after: Organization,
): Promise<void> {
  const changes: OrganizationUpdatedData = {};
  if (before.name !== after.name) changes.name = { from: before.name, to: after.name };
  if (before.country !== after.country) changes.country = { from: before.country, to: after.country };
  if (before.vatNumber !== after.vatNumber) changes.vatNumber = { from: before.vatNumber, to: after.vatNumber };
  if (!Object.keys(changes).length) return;
  await recordAuditEvent(tx, ctx, { organizationId: after.id, action: 'organization.updated', data: changes, targetId: after.id });
}

export async function auditAddressChanges(tx: EntityManager, ctx: RequestContext, organizationId: string, changes: AddressChanges): Promise<void> {
  for (const address of changes.added) {
    await recordAuditEvent(tx, ctx, {
      organizationId,
      action: 'billing_address.added',
      data: { address: addressLabel(address), isDefault: address.isDefault },
      targetId: address.id,
    });
  }
  for (const { before, after } of changes.updated) {
    await recordAuditEvent(tx, ctx, {
      organizationId,
      action: 'billing_address.updated',
      data: { kind: 'EDITED', from: addressLabel(before), to: addressLabel(after), nowDefault: after.isDefault && !before.isDefault },
      targetId: after.id,
    });
  }
  if (changes.newDefault) {
    await recordAuditEvent(tx, ctx, {
      organizationId,
      action: 'billing_address.updated',
      data: { kind: 'MADE_DEFAULT', address: addressLabel(changes.newDefault) },
      targetId: changes.newDefault.id,
    });
  }
  for (const address of changes.removed) {
    await recordAuditEvent(tx, ctx, { organizationId, action: 'billing_address.removed', data: { address: addressLabel(address) }, targetId: address.id });
  }
}

export async function auditTermsAccepted(
  tx: EntityManager,
  ctx: RequestContext,
  organizationId: string,
  acceptance: { id: string; version: string },
): Promise<void> {
  await recordAuditEvent(tx, ctx, { organizationId, action: 'terms.accepted', data: { version: acceptance.version }, targetId: acceptance.id });
}

export async function auditVatVerified(
  tx: EntityManager,
  ctx: RequestContext,
  organization: Organization,
  verification: StoredVatVerification,
): Promise<void> {
  await recordAuditEvent(tx, ctx, {
    organizationId: organization.id,
    action: 'organization.vat_verified',
    // A number is verified only when there is one.
    data: { vatNumber: organization.vatNumber ?? '', status: verification.status, registeredName: verification.registeredName },
    targetId: organization.id,
  });
}
