import { requireActor, requirePermission, type RequestContext, type TxContext, inTransaction } from '@manager/api-core';
import { currencyForCountry } from '@manager/domain';
import { Membership } from '../membership.entity';
import { Organization } from '../organization.entity';
import { type StoredVatVerification, verifyVatNumber } from '../vies/verify-vat-number';
import { BillingAddress } from './billing-address.entity';
import { replaceBillingAddresses } from './billing-addresses';
import { organizationRenamed } from './organization-renamed';
import {
  auditAddressChanges,
  auditOrganizationCreated,
  auditOrganizationUpdated,
  auditTermsAccepted,
  auditVatVerified,
} from './organization-audit';
import { type CheckedDetails, checkDetails } from './organization-details.rules';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization-details.input';
import { recordTermsAcceptance } from './terms-acceptance';
import type { TermsAcceptanceContext } from './terms-acceptance.entity';

const NO_ADDRESSES: ReadonlySet<string> = new Set();

/** A signed-in person creates another organization and becomes its legal responsible. */
export async function createOrganization(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
  requireActor(ctx);
  const details = checkDetails(input.organization, input.organization.entityType, NO_ADDRESSES);
  const verification = details.vatNumber ? await verifyVatNumber(details.vatNumber, ctx.log) : null;
  return inTransaction(ctx, (txc) => insertOrganization(txc, details, verification, 'CREATE_ORGANIZATION'));
}

/**
 * Writes a new organization with the acting person (`ctx.actor`) as its legal responsible, its
 * addresses, the terms acceptance and the audit events, in the caller's transaction. Shared by
 * sign-up and createOrganization. `verification` comes from VIES, asked before the transaction.
 */
export async function insertOrganization(
  ctx: TxContext,
  details: CheckedDetails,
  verification: StoredVatVerification | null,
  context: TermsAcceptanceContext,
): Promise<Organization> {
  const { tx } = ctx;
  const actor = requireActor(ctx);
  const organization = await tx.save(
    tx.create(Organization, {
      name: details.name,
      entityType: details.entityType,
      country: details.country,
      vatNumber: details.vatNumber,
      currency: currencyForCountry(details.country),
      ...verificationColumns(verification),
    }),
  );
  await tx.insert(Membership, { userId: actor.userId, organizationId: organization.id, role: 'LEGAL_RESPONSIBLE' });
  const addresses = await replaceBillingAddresses(tx, organization.id, details.addresses);
  const acceptance = await recordTermsAcceptance(ctx, organization.id, context);
  await auditOrganizationCreated(ctx, organization);
  await auditAddressChanges(ctx, organization.id, addresses);
  await auditTermsAccepted(ctx, organization.id, acceptance);
  if (verification) await auditVatVerified(ctx, organization, verification);
  return organization;
}

/**
 * Saves the whole details form: name, country, VAT number (re-validated against the possibly new
 * country), the address list (replaced), and a new acceptance of the terms. The entity type never
 * changes. LEGAL_RESPONSIBLE and ADMIN only (ORGANIZATION_UPDATE).
 */
export async function updateOrganization(ctx: RequestContext, input: UpdateOrganizationInput): Promise<Organization> {
  const organizationId = input.organizationId;
  await requirePermission(
    ctx,
    organizationId,
    'ORGANIZATION_UPDATE',
    'Only the legal responsible and administrators can edit the organization details.',
  );
  const manager = ctx.dataSource.manager;
  const current = await manager.findOneOrFail(Organization, { where: { id: organizationId } });
  const known = await manager.find(BillingAddress, { select: { id: true }, where: { organizationId } });
  const details = checkDetails(input.organization, current.entityType, new Set(known.map((address) => address.id)));
  const verify = details.vatNumber !== null && needsVerification(current, details.vatNumber);
  const verification = verify ? await verifyVatNumber(details.vatNumber as string, ctx.log) : null;

  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const before = await tx.findOneOrFail(Organization, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
    const vatColumns =
      details.vatNumber === null
        ? verificationColumns(null)
        : verify || details.vatNumber !== before.vatNumber
          ? verificationColumns(verification)
          : {};
    await tx.update(
      Organization,
      { id: organizationId },
      { name: details.name, country: details.country, vatNumber: details.vatNumber, ...vatColumns },
    );
    const after = await tx.findOneOrFail(Organization, { where: { id: organizationId } });
    // The contexts that keep a copy of the name update it here, under the row lock taken above.
    if (after.name !== before.name) await organizationRenamed(tx, organizationId, after.name);
    const addresses = await replaceBillingAddresses(tx, organizationId, details.addresses);
    const acceptance = await recordTermsAcceptance(txc, organizationId, 'UPDATE_ORGANIZATION');
    await auditOrganizationUpdated(txc, before, after);
    await auditAddressChanges(txc, organizationId, addresses);
    await auditTermsAccepted(txc, organizationId, acceptance);
    if (verification) await auditVatVerified(txc, after, verification);
    return after;
  });
}

/** Ask VIES again when the number changed, or when the last answer was not a clear one. */
function needsVerification(current: Organization, vatNumber: string): boolean {
  return current.vatNumber !== vatNumber || current.vatVerificationStatus === null || current.vatVerificationStatus === 'UNAVAILABLE';
}

function verificationColumns(verification: StoredVatVerification | null) {
  return {
    vatVerificationStatus: verification?.status ?? null,
    vatCheckedAt: verification?.checkedAt ?? null,
    vatRegisteredName: verification?.registeredName ?? null,
  };
}
