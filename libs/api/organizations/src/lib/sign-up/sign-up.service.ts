import { QueryFailedError } from 'typeorm';
import { type Actor, conflict, type RequestContext, inTransaction } from '@manager/api-core';
import { assertPasswordAllowed, createUser, findUserByEmail, hashPassword, normalizeEmail, openSession, type User } from '@manager/api-identity';
import { checkDetails } from '../details/organization-details.rules';
import { insertOrganization } from '../details/organization-details.service';
import type { Organization } from '../organization.entity';
import { verifyVatNumber } from '../vies/verify-vat-number';
import type { SignUpInput } from './sign-up.input';
import { assertSignUpAllowed, holdSignUpSlot } from './sign-up-throttle';

export const EMAIL_TAKEN = 'An account with this email address already exists. Log in instead.';

/**
 * Creates a person, their organization (they become its legal responsible), its addresses and the
 * terms acceptance in one transaction, then signs them in. Everything that can be refused is
 * checked before anything is written; VIES and argon2 run before the transaction opens.
 */
export async function signUp(ctx: RequestContext, input: SignUpInput): Promise<{ user: User; organization: Organization }> {
  const manager = ctx.dataSource.manager;
  await assertSignUpAllowed(manager, ctx.ip);
  const details = checkDetails(input.organization, input.organization.entityType, new Set());
  const email = normalizeEmail(input.email);
  await assertPasswordAllowed('password', input.password, { email, name: input.displayName });
  if (await findUserByEmail(manager, email)) throw conflict(EMAIL_TAKEN, 'email');
  const passwordHash = await hashPassword(input.password);
  const verification = details.vatNumber ? await verifyVatNumber(details.vatNumber, ctx.log) : null;

  const { user, organization, session, actor } = await inTransaction(ctx, async (txc) => {
      const { tx } = txc;
      await holdSignUpSlot(tx, ctx.ip);
      // Saved from the start, so that the first emails are in it: the choice made, else the browser's.
      const user = await createUser(tx, { email, displayName: input.displayName.trim(), passwordHash, language: input.language ?? ctx.language });
      const session = await openSession(tx, user.id);
      const actor: Actor = { userId: user.id, sessionId: session.sessionId };
      // The new person is the actor of everything written from here on (audit trail, terms).
      const organization = await insertOrganization({ ...txc, actor }, details, verification, 'SIGN_UP');
      return { user, organization, session, actor };
    })
    .catch((error: unknown) => {
      // Two sign-ups with one email at the same moment: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505' && /email/.test(String((error.driverError as { constraint?: string }).constraint))) {
        throw conflict(EMAIL_TAKEN, 'email');
      }
      throw error;
    });

  ctx.session.set(session.token, session.expiresAt);
  // The rest of this request acts as the new person, so that the payload's fields (viewerRole,
  // billingAddresses...) pass the access policy like on any later request.
  ctx.signIn(actor);
  ctx.log.info({ userId: user.id, organizationId: organization.id }, 'signed up');
  return { user, organization };
}
