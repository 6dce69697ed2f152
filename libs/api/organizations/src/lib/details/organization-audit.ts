import { recordAuditEvent, type TxContext } from '@manager/api-core';
import { countryName } from '@manager/domain';
import type { Organization } from '../organization.entity';
import type { StoredVatVerification } from '../vies/verify-vat-number';
import { type AddressChanges, addressLabel } from './billing-addresses';

/**
 * The audit events of creating and editing an organization's details, each with a sentence a
 * person reads in the trail. Written in the change's transaction.
 */
const country = (code: string) => countryName(code) ?? code;

export async function auditOrganizationCreated(ctx: TxContext, organization: Organization): Promise<void> {
  const kind = organization.entityType === 'COMPANY' ? 'company' : 'individual';
  const vat = organization.vatNumber ? `, VAT number ${organization.vatNumber}` : '';
  await recordAuditEvent(ctx, {
    organizationId: organization.id,
    action: 'organization.created',
    summary: `Created the organization "${organization.name}" (${kind} in ${country(organization.country)}${vat})`,
    target: { type: 'organization', id: organization.id },
  });
}

/** One event naming every changed field, or none when nothing changed. */
export async function auditOrganizationUpdated(
  ctx: TxContext,
  before: Pick<Organization, 'name' | 'country' | 'vatNumber'>,
  after: Organization,
): Promise<void> {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`the name from "${before.name}" to "${after.name}"`);
  if (before.country !== after.country) parts.push(`the country from ${country(before.country)} to ${country(after.country)}`);
  if (before.vatNumber !== after.vatNumber) {
    if (!after.vatNumber) parts.push(`removed the VAT number ${before.vatNumber}`);
    else if (!before.vatNumber) parts.push(`set the VAT number to ${after.vatNumber}`);
    else parts.push(`the VAT number from ${before.vatNumber} to ${after.vatNumber}`);
  }
  if (!parts.length) return;
  const sentence = parts.map((part) => (part.startsWith('removed') || part.startsWith('set') ? part : `changed ${part}`)).join('; ');
  await recordAuditEvent(ctx, {
    organizationId: after.id,
    action: 'organization.updated',
    summary: sentence.charAt(0).toUpperCase() + sentence.slice(1),
    target: { type: 'organization', id: after.id },
  });
}

export async function auditAddressChanges(ctx: TxContext, organizationId: string, changes: AddressChanges): Promise<void> {
  const target = (id: string) => ({ type: 'billing_address', id });
  for (const address of changes.added) {
    await recordAuditEvent(ctx, {
      organizationId,
      action: 'billing_address.added',
      summary: `Added the billing address "${addressLabel(address)}"${address.isDefault ? ' (default)' : ''}`,
      target: target(address.id),
    });
  }
  for (const { before, after } of changes.updated) {
    const madeDefault = after.isDefault && !before.isDefault ? ', now the default' : '';
    await recordAuditEvent(ctx, {
      organizationId,
      action: 'billing_address.updated',
      summary: `Changed the billing address "${addressLabel(before)}" to "${addressLabel(after)}"${madeDefault}`,
      target: target(after.id),
    });
  }
  if (changes.newDefault) {
    await recordAuditEvent(ctx, {
      organizationId,
      action: 'billing_address.updated',
      summary: `Made "${addressLabel(changes.newDefault)}" the default billing address`,
      target: target(changes.newDefault.id),
    });
  }
  for (const address of changes.removed) {
    await recordAuditEvent(ctx, {
      organizationId,
      action: 'billing_address.removed',
      summary: `Removed the billing address "${addressLabel(address)}"`,
      target: target(address.id),
    });
  }
}

export async function auditTermsAccepted(
  ctx: TxContext,
  organizationId: string,
  acceptance: { id: string; version: string },
): Promise<void> {
  await recordAuditEvent(ctx, {
    organizationId,
    action: 'terms.accepted',
    summary: `Accepted the general terms of use, version ${acceptance.version}`,
    target: { type: 'terms_acceptance', id: acceptance.id },
  });
}

export async function auditVatVerified(
  ctx: TxContext,
  organization: Organization,
  verification: StoredVatVerification,
): Promise<void> {
  const number = organization.vatNumber;
  const summary = {
    VALID: `VIES confirmed the VAT number ${number}${verification.registeredName ? `, registered to "${verification.registeredName}"` : ''}`,
    INVALID: `VIES does not know the VAT number ${number} as registered for intra-Community trade`,
    UNAVAILABLE: `VIES could not check the VAT number ${number} (service unavailable); it will be checked again on the next save`,
  }[verification.status];
  await recordAuditEvent(ctx, {
    organizationId: organization.id,
    action: 'organization.vat_verified',
    summary,
    target: { type: 'organization', id: organization.id },
  });
}
