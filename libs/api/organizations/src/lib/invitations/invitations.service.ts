import { isEmail } from 'class-validator';
import {
  badUserInput,
  conflict,
  enqueueEmail,
  forbidden,
  notFound,
  organizationAccess,
  recordAuditEvent,
  requirePermission,
  requirePermissionOn,
  seesObject,
  tooManyRequests,
  unauthenticated,
  type Actor,
  type OrganizationObject,
  type RequestContext,
  type TxContext,
  inTransaction,
} from '@manager/api-core';
import { assertPasswordAllowed, createUser, displayNameOf, findUserByEmail, hashPassword, normalizeEmail, openSession, type UserSummary } from '@manager/api-identity';
import { DEFAULT_LANGUAGE, type MembershipRole } from '@manager/domain';
import { Membership } from '../membership.entity';
import { Organization } from '../organization.entity';
import { grantProducts } from '../members/membership-grants';
import { actorUserId, checkGrantableProducts, isUuid, returningRows } from '../members/membership-lookup';
import { productsOfOrganization } from '../members/organization-products';
import { invitationEmail } from './invitation-email';
import type { AcceptMemberInvitationInput, InviteMemberInput, MemberInvitationPreview } from './invitation.inputs';
import { hashInvitationToken, INVITATION_RESEND_INTERVAL_S, INVITATION_TTL_MS, newInvitationToken } from './invitation-token';
import { MemberInvitation } from './member-invitation.entity';

const INVALID_TOKEN =
  'This invitation link is no longer valid: it was already used, cancelled or has expired. Ask the organization for a new invitation.';
const MANAGE_REFUSAL = 'Only the legal responsible and administrators invite people.';
const TTL_SECONDS = INVITATION_TTL_MS / 1000;
const INVITATION: OrganizationObject = { kind: 'Invitation' };

interface InvitationRow {
  id: string;
  organization_id: string;
  email: string;
  role: MembershipRole;
  product_ids: string[];
  invited_by_user_id: string | null;
  invited_by_name: string | null;
  created_at: Date;
  sent_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by_user_id: string | null;
  cancelled_at: Date | null;
}

function toInvitation(row: InvitationRow): MemberInvitation {
  return Object.assign(new MemberInvitation(), {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    role: row.role,
    productIds: row.product_ids,
    invitedByUserId: row.invited_by_user_id,
    invitedByName: row.invited_by_name,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    acceptedByUserId: row.accepted_by_user_id,
    cancelledAt: row.cancelled_at,
  });
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  return code === '23505' && (e.driverError?.constraint ?? e.constraint) === constraint;
}

function acceptLink(ctx: RequestContext, token: string): string {
  return `${ctx.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
}

/**
 * Queues the invitation's email in the invitee's language: their account's choice (English when
 * they have an account and chose none), else, with no account yet, the inviter's language.
 * `invitee` when the caller already read it (undefined: read here).
 */
async function sendInvitationEmail(ctx: TxContext, invitation: MemberInvitation, token: string, invitee?: UserSummary | null): Promise<void> {
  const { tx } = ctx;
  const [organization]: { name: string }[] = await tx.query(`SELECT name FROM organization WHERE id = $1`, [invitation.organizationId]);
  const account = invitee === undefined ? await findUserByEmail(tx, invitation.email) : invitee;
  await enqueueEmail(
    tx,
    invitationEmail({
      to: invitation.email,
      organizationName: organization.name,
      role: invitation.role,
      inviterName: invitation.invitedByName,
      link: acceptLink(ctx, token),
      expiresAt: invitation.expiresAt,
      language: account ? (account.language ?? DEFAULT_LANGUAGE) : ctx.language,
    }),
  );
}

/**
 * Invites a person by email with a role (not LEGAL_RESPONSIBLE: that role only changes hands by
 * transfer). EXTERNAL invitations carry the products granted on acceptance. The invitation, its
 * email and the audit event are written in one transaction.
 */
export async function inviteMember(ctx: RequestContext, input: InviteMemberInput): Promise<MemberInvitation> {
  const userId = actorUserId(ctx);
  await requirePermission(ctx, input.organizationId, 'MEMBERS_MANAGE', MANAGE_REFUSAL);
  if (input.role === 'LEGAL_RESPONSIBLE') {
    throw badUserInput('role', 'Invite them as an administrator or user, then hand the legal responsibility over with transferLegalResponsibility.');
  }
  if (input.role !== 'EXTERNAL' && input.productIds?.length) {
    throw badUserInput('productIds', 'Only external members are granted products one by one; the other roles see every product.');
  }
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw badUserInput('email', 'Enter a valid email address.');
  try {
    return await inTransaction(ctx, async (txc) => {
      const { tx } = txc;
      const productIds = input.role === 'EXTERNAL' ? await checkGrantableProducts(tx, input.organizationId, input.productIds ?? []) : [];
      const invitee = await findUserByEmail(tx, email);
      if (invitee && (await tx.exists(Membership, { where: { organizationId: input.organizationId, userId: invitee.id } }))) {
        throw conflict(`${email} is already a member of this organization.`, 'email');
      }
      const pending: { id: string; live: boolean }[] = await tx.query(
        `SELECT id, expires_at > now() AS live FROM member_invitation
         WHERE organization_id = $1 AND email = $2 AND accepted_at IS NULL AND cancelled_at IS NULL FOR UPDATE`,
        [input.organizationId, email],
      );
      if (pending[0]?.live) throw conflict(`${email} already has a pending invitation: resend it instead.`, 'email');
      // An expired invitation no longer counts as pending: it makes way for the new one.
      if (pending[0]) await tx.query(`UPDATE member_invitation SET cancelled_at = now() WHERE id = $1`, [pending[0].id]);

      const { token, tokenHash } = newInvitationToken();
      const inviterName = await displayNameOf(tx, userId);
      const [row]: InvitationRow[] = await tx.query(
        `INSERT INTO member_invitation (organization_id, email, role, product_ids, token_hash, invited_by_user_id, invited_by_name, expires_at)
         VALUES ($1, $2, $3, $4::uuid[], $5, $6, $7, now() + make_interval(secs => $8))
         RETURNING *`,
        [input.organizationId, email, input.role, productIds, tokenHash, userId, inviterName, TTL_SECONDS],
      );
      const invitation = toInvitation(row);
      await sendInvitationEmail(txc, invitation, token, invitee);
      await recordAuditEvent(txc, {
        organizationId: input.organizationId,
        action: 'member.invited',
        data: { email, role: input.role, productCount: productIds.length },
        targetId: invitation.id,
      });
      return invitation;
    });
  } catch (error) {
    // Two invitations of the same email at the same instant: the partial unique index decides.
    if (isUniqueViolation(error, 'member_invitation_one_pending')) {
      throw conflict(`${email} already has a pending invitation: resend it instead.`, 'email');
    }
    throw error;
  }
}

/**
 * An invitation by id, locked, in an organization where the actor manages members. Anyone who does
 * not see invitations (every role but those managing members, partners, outsiders) is told
 * NOT_FOUND, exactly like for a made-up id.
 */
async function lockInvitationToManage(ctx: TxContext, invitationId: string): Promise<MemberInvitation> {
  const { tx } = ctx;
  if (!isUuid(invitationId)) throw notFound('Invitation');
  const [row]: InvitationRow[] = await tx.query(`SELECT * FROM member_invitation WHERE id = $1 FOR UPDATE`, [invitationId]);
  if (!row) throw notFound('Invitation');
  await requirePermissionOn(ctx, row.organization_id, INVITATION, 'MEMBERS_MANAGE', MANAGE_REFUSAL);
  if (row.accepted_at) throw conflict('This invitation was already accepted.', 'invitationId');
  if (row.cancelled_at) throw conflict('This invitation was already cancelled.', 'invitationId');
  return toInvitation(row);
}

export async function cancelMemberInvitation(ctx: RequestContext, invitationId: string): Promise<MemberInvitation> {
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const invitation = await lockInvitationToManage(txc, invitationId);
    const [{ cancelled_at }] = await returningRows<{ cancelled_at: Date }>(
      tx,
      `UPDATE member_invitation SET cancelled_at = now() WHERE id = $1 RETURNING cancelled_at`,
      [invitation.id],
    );
    await recordAuditEvent(txc, {
      organizationId: invitation.organizationId,
      action: 'member.invitation_cancelled',
      data: { email: invitation.email, role: invitation.role },
      targetId: invitation.id,
    });
    return Object.assign(invitation, { cancelledAt: cancelled_at });
  });
}

/** Sends the invitation again with a new link (the old one stops working), at most once a minute. */
export async function resendMemberInvitation(ctx: RequestContext, invitationId: string): Promise<MemberInvitation> {
  return inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const invitation = await lockInvitationToManage(txc, invitationId);
    const [{ wait }]: { wait: number }[] = await tx.query(
      `SELECT ceil(extract(epoch FROM sent_at + make_interval(secs => $2) - now()))::int AS wait FROM member_invitation WHERE id = $1`,
      [invitation.id, INVITATION_RESEND_INTERVAL_S],
    );
    if (wait > 0) throw tooManyRequests(wait);
    const { token, tokenHash } = newInvitationToken();
    const [row] = await returningRows<InvitationRow>(
      tx,
      `UPDATE member_invitation SET token_hash = $2, sent_at = now(), expires_at = now() + make_interval(secs => $3)
       WHERE id = $1 RETURNING *`,
      [invitation.id, tokenHash, TTL_SECONDS],
    );
    const renewed = toInvitation(row);
    await sendInvitationEmail(txc, renewed, token);
    await recordAuditEvent(txc, {
      organizationId: renewed.organizationId,
      action: 'member.invitation_resent',
      data: { email: renewed.email },
      targetId: renewed.id,
    });
    return renewed;
  });
}

/** Invitations still waiting for an answer, newest first; empty for roles that do not manage members. */
export async function pendingInvitations(ctx: RequestContext, organizationId: string): Promise<MemberInvitation[]> {
  if (!seesObject(ctx, await organizationAccess(ctx, organizationId), INVITATION)) return [];
  const rows: InvitationRow[] = await ctx.dataSource.query(
    `SELECT * FROM member_invitation
     WHERE organization_id = $1 AND accepted_at IS NULL AND cancelled_at IS NULL AND expires_at > now()
     ORDER BY created_at DESC, id LIMIT 1000`,
    [organizationId],
  );
  return rows.map(toInvitation);
}

/** What the link shows before acceptance; null when the token is unknown, used, cancelled or expired. */
export async function invitationPreview(ctx: RequestContext, token: string): Promise<MemberInvitationPreview | null> {
  if (!token || token.length > 200) return null;
  const [row]: (InvitationRow & { organization_name: string })[] = await ctx.dataSource.query(
    `SELECT i.*, o.name AS organization_name
     FROM member_invitation i JOIN organization o ON o.id = i.organization_id
     WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.cancelled_at IS NULL AND i.expires_at > now()`,
    [hashInvitationToken(token)],
  );
  if (!row) return null;
  return {
    organizationName: row.organization_name,
    email: row.email,
    role: row.role,
    invitedByName: row.invited_by_name,
    expiresAt: row.expires_at,
    accountExists: (await findUserByEmail(ctx.dataSource, row.email)) !== null,
  };
}

/**
 * The invited person says no (public: the link is the proof, as for accepting; nobody needs an
 * account to decline). The token is consumed atomically like an acceptance, the invitation ends
 * (it leaves the pending list, its link stops working) and the organization's trail says who
 * declined. An unknown, used, cancelled or expired link is BAD_USER_INPUT on `token`.
 */
export async function declineMemberInvitation(ctx: RequestContext, token: string): Promise<MemberInvitation> {
  return inTransaction(ctx, async (txc) => {
    const [row] = await returningRows<InvitationRow>(
      txc.tx,
      `UPDATE member_invitation SET cancelled_at = now()
       WHERE token_hash = $1 AND accepted_at IS NULL AND cancelled_at IS NULL AND expires_at > now()
       RETURNING *`,
      [hashInvitationToken(token)],
    );
    if (!row) throw badUserInput('token', INVALID_TOKEN);
    const invitation = toInvitation(row);
    await recordAuditEvent(txc, {
      organizationId: invitation.organizationId,
      action: 'member.invitation_declined',
      data: { email: invitation.email, role: invitation.role },
      targetId: invitation.id,
    });
    return invitation;
  });
}

/**
 * Accepts an invitation, all in one transaction:
 * - the token is consumed first, atomically (a conditional UPDATE: of two concurrent accepts, the
 *   second waits for the first and then finds nothing to consume);
 * - an existing account must be the signed-in one; an unknown email gets its account created with
 *   the name and password given, and is signed in;
 * - the membership is created with the invited role, EXTERNAL grants with it.
 * Any refusal rolls everything back, the token included, so the link still works afterwards.
 */
export async function acceptMemberInvitation(
  ctx: RequestContext,
  input: AcceptMemberInvitationInput,
): Promise<{ membership: Membership; organization: Organization }> {
  let session: { token: string; expiresAt: Date; actor: Actor } | null = null;
  const result = await inTransaction(ctx, async (txc) => {
    const { tx } = txc;
    const [row] = await returningRows<InvitationRow>(
      tx,
      `UPDATE member_invitation SET accepted_at = now()
       WHERE token_hash = $1 AND accepted_at IS NULL AND cancelled_at IS NULL AND expires_at > now()
       RETURNING *`,
      [hashInvitationToken(input.token)],
    );
    if (!row) throw badUserInput('token', INVALID_TOKEN);
    const invitation = toInvitation(row);
    const { email } = invitation;
    const account = await findUserByEmail(tx, email);

    let userId: string;
    let actingCtx: TxContext = txc;
    if (ctx.actor) {
      if (account?.id !== ctx.actor.userId) {
        throw forbidden(
          account
            ? `This invitation was sent to ${email}. Log in as ${email} to accept it.`
            : `This invitation was sent to ${email}. Log out, then open the link again to create the account for ${email} (or log in as ${email}).`,
        );
      }
      userId = ctx.actor.userId;
    } else if (account) {
      throw unauthenticated(`An account exists for ${email}. Log in as ${email}, then open the invitation link again.`);
    } else {
      const displayName = input.displayName?.trim();
      if (!displayName) throw badUserInput('displayName', 'Enter your name: it is how the organization will see you.');
      if (!input.password) throw badUserInput('password', 'Choose a password to create your account.');
      await assertPasswordAllowed('password', input.password, { email, name: displayName });
      userId = (await createUser(tx, { email, displayName, passwordHash: await hashPassword(input.password) })).id;
      const opened = await openSession(tx, userId);
      session = { ...opened, actor: { userId, sessionId: opened.sessionId } };
      // The new person is the one acting from here on (the audit event names them).
      actingCtx = { ...txc, actor: session.actor };
    }

    const already: unknown[] = await tx.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2`, [
      invitation.organizationId,
      userId,
    ]);
    if (already.length) throw conflict('You already are a member of this organization.', 'token');
    const membership = await tx.save(
      tx.create(Membership, { organizationId: invitation.organizationId, userId, role: invitation.role }),
    );
    if (invitation.role === 'EXTERNAL') {
      // Products deleted since the invitation simply drop out.
      await grantProducts(tx, membership.id, await productsOfOrganization(tx, invitation.organizationId, invitation.productIds));
    }
    await tx.query(`UPDATE member_invitation SET accepted_by_user_id = $2 WHERE id = $1`, [invitation.id, userId]);
    const name = await displayNameOf(tx, userId);
    await recordAuditEvent(actingCtx, {
      organizationId: invitation.organizationId,
      action: 'member.joined',
      data: { memberName: name, role: invitation.role, invitedByName: invitation.invitedByName },
      targetId: membership.id,
    });
    const organization = await tx.findOneByOrFail(Organization, { id: invitation.organizationId });
    return { membership, organization };
  });
  const opened = session as { token: string; expiresAt: Date; actor: Actor } | null;
  if (opened) {
    ctx.session.set(opened.token, opened.expiresAt);
    // The payload (the organization's viewerRole, products...) is read as the new member.
    ctx.signIn(opened.actor);
  }
  return result;
}
