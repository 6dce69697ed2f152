import type { EntityManager } from 'typeorm';
import { organizationNameForCopy } from '@manager/api-organizations';
import type { BillingOwner, PartnershipAccess, PartnershipSide, PartnershipStatus } from '@manager/domain';
import { INVITATION_TTL_SECONDS } from '../invitations/partnership-token';
import { Partnership } from '../partnership.entity';

/** A partnership as it is first written: a client's invitation, a partner's request, or (fixtures) one already under way. */
export interface NewPartnership {
  clientOrganizationId: string;
  partnerOrganizationId: string;
  access: PartnershipAccess;
  /** COMPLETE access only (the table's check says so). */
  billingOwner: BillingOwner | null;
  initiatedBy: PartnershipSide;
  /** PENDING unless given. */
  status?: PartnershipStatus;
  endsAt?: Date | null;
  acceptedAt?: Date | null;
  /** A pending invitation or request: sent now, answerable for INVITATION_TTL_SECONDS. */
  invitation?: {
    /** The hashed token of the invitation email; a partner's request has none (the client answers it signed in). */
    tokenHash: Buffer | null;
    requestedByUserId: string;
    /** A partner's request: the email of the client's legal responsible it asked. */
    requestedEmail?: string | null;
  };
}

/** The predicate of the partial unique index ONE_LIVE_PER_PAIR (see the CreatePartnerships migration). */
const LIVE_STATUSES = `status IN ('PENDING', 'ACTIVE')`;

export interface CreatedPartnership {
  id: string;
  invitationExpiresAt: Date | null;
}

/**
 * Writes a new partnership: one INSERT through the entity, with the client's name (share-locked,
 * see `organizationNameForCopy`). A pair has at most one PENDING or
 * ACTIVE partnership (the partial unique index ONE_LIVE_PER_PAIR): by default a second one fails on
 * that index, for the caller to answer CONFLICT; with `'skip'` nothing is written and null comes
 * back, and the transaction goes on (a failed statement would abort it).
 */
export async function createPartnership(tx: EntityManager, partnership: NewPartnership): Promise<CreatedPartnership>;
export async function createPartnership(tx: EntityManager, partnership: NewPartnership, whenLive: 'skip'): Promise<CreatedPartnership | null>;
export async function createPartnership(tx: EntityManager, partnership: NewPartnership, whenLive?: 'skip'): Promise<CreatedPartnership | null> {
  const { invitation } = partnership;
  // The client's name as its copy must read (waits for a rename in flight; a later one finds this row).
  const clientName = await organizationNameForCopy(tx, partnership.clientOrganizationId);
  const insert = tx
    .createQueryBuilder()
    .insert()
    .into(Partnership)
    .values({
      clientOrganizationId: partnership.clientOrganizationId,
      // An unknown client fails on the foreign key, as before.
      clientName: clientName ?? '',
      partnerOrganizationId: partnership.partnerOrganizationId,
      status: partnership.status ?? 'PENDING',
      access: partnership.access,
      billingOwner: partnership.billingOwner,
      initiatedBy: partnership.initiatedBy,
      endsAt: partnership.endsAt ?? null,
      acceptedAt: partnership.acceptedAt ?? null,
      ...(invitation && {
        invitationTokenHash: invitation.tokenHash,
        // The database's clock, like every other stamp of the partnership.
        invitationSentAt: () => 'now()',
        invitationExpiresAt: () => 'now() + make_interval(secs => :invitationTtl)',
        requestedByUserId: invitation.requestedByUserId,
        requestedEmail: invitation.requestedEmail ?? null,
      }),
    })
    .setParameter('invitationTtl', INVITATION_TTL_SECONDS)
    .returning(['id', 'invitationExpiresAt'])
    .updateEntity(false);
  if (whenLive === 'skip') {
    // ON CONFLICT on the live-pair index only, DO NOTHING (no column to overwrite): any other failure still throws.
    insert.orUpdate([], ['client_organization_id', 'partner_organization_id'], { indexPredicate: LIVE_STATUSES });
  }
  const [row] = (await insert.execute()).raw as { id: string; invitation_expires_at: Date | null }[];
  return row ? { id: row.id, invitationExpiresAt: row.invitation_expires_at } : null;
}
