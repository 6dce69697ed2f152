import type { DataSource } from 'typeorm';
import type { Product } from '@manager/api-catalog';
import type { Membership, Organization } from '@manager/api-organizations';
import type { Fixtures } from './fixtures';

/**
 * The world of the no-hints spec: a client (Acme) with one member of each role and two targets
 * (a USER and an EXTERNAL member), a pending invitation, a LIMITED and a COMPLETE partner, an
 * outsider with an organization of its own, and a hidden organization (members, an invitation, a
 * partnership) that no actor reaches at all.
 */
export const ACTORS = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL', 'LIMITED_PARTNER', 'COMPLETE_PARTNER', 'STRANGER'] as const;
export type ActorKind = (typeof ACTORS)[number];

export const ACTOR_EMAILS: Record<ActorKind, string> = {
  LEGAL_RESPONSIBLE: 'lr@acme.test',
  ADMIN: 'admin@acme.test',
  USER: 'user@acme.test',
  EXTERNAL: 'external@acme.test',
  LIMITED_PARTNER: 'lr@limited.test',
  COMPLETE_PARTNER: 'lr@complete.test',
  STRANGER: 'lr@stranger.test',
};

export interface ParityWorld {
  acme: Organization;
  hidden: Organization;
  /** Product 0 is granted to the EXTERNAL actor and in the LIMITED partner's scope; 1 and 2 are in neither. */
  acmeProducts: Product[];
  hiddenProducts: Product[];
  /** A listed partner that has nothing to do with Acme. */
  elsewhere: Organization;
  /** Each actor's own membership in Acme (members only). */
  own: Partial<Record<ActorKind, Membership>>;
  tom: Membership;
  xena: Membership;
  hiddenUser: Membership;
  acmeInvitationId: string;
  hiddenInvitationId: string;
  limitedPartnershipId: string;
  completePartnershipId: string;
  hiddenPartnershipId: string;
}

async function invitation(dataSource: DataSource, organization: Organization, email: string, tokenSeed: string): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO member_invitation (organization_id, email, role, token_hash, invited_by_name, sent_at, expires_at)
     VALUES ($1, $2, 'USER', sha256($3::bytea), 'Someone', now() - interval '2 minutes', now() + interval '14 days') RETURNING id`,
    [organization.id, email, tokenSeed],
  );
  return row.id;
}

export async function seedParityWorld(fixtures: Fixtures, dataSource: DataSource): Promise<ParityWorld> {
  const acme = await fixtures.organization({ name: 'Acme SA', vatNumber: 'CHE-116.281.710' });
  const limited = await fixtures.organization({ name: 'Limited Agency' });
  const complete = await fixtures.organization({ name: 'Complete Agency' });
  const stranger = await fixtures.organization({ name: 'Stranger GmbH' });
  const hidden = await fixtures.organization({ name: 'Hidden AG' });
  const elsewhere = await fixtures.organization({ name: 'Elsewhere Partners' });
  await dataSource.query(
    `INSERT INTO billing_address (organization_id, street, postcode, city, country, is_default) VALUES ($1, 'Rue 1', '1000', 'Lausanne', 'CH', true)`,
    [acme.id],
  );
  for (const partner of [limited, complete, elsewhere]) await fixtures.partnerProfile(partner);
  const acmeProducts = await fixtures.products(acme, 3);
  const hiddenProducts = await fixtures.products(hidden, 1);
  const person = (email: string, name: string) => fixtures.user({ email, displayName: name });
  const own: ParityWorld['own'] = {
    LEGAL_RESPONSIBLE: await fixtures.membership(await person(ACTOR_EMAILS.LEGAL_RESPONSIBLE, 'Lea Roth'), acme, 'LEGAL_RESPONSIBLE'),
    ADMIN: await fixtures.membership(await person(ACTOR_EMAILS.ADMIN, 'Adam Ibar'), acme, 'ADMIN'),
    USER: await fixtures.membership(await person(ACTOR_EMAILS.USER, 'Ursula Sen'), acme, 'USER'),
    EXTERNAL: await fixtures.membership(await person(ACTOR_EMAILS.EXTERNAL, 'Xavier Tern'), acme, 'EXTERNAL'),
  };
  await fixtures.grant(own.EXTERNAL as Membership, [acmeProducts[0]]);
  const tom = await fixtures.membership(await person('tom@acme.test', 'Tom Weber'), acme, 'USER');
  const xena = await fixtures.membership(await person('xena@acme.test', 'Xena Ext'), acme, 'EXTERNAL');
  await fixtures.grant(xena, [acmeProducts[1]]);
  await fixtures.membership(await person(ACTOR_EMAILS.LIMITED_PARTNER, 'Lim Ited'), limited, 'LEGAL_RESPONSIBLE');
  await fixtures.membership(await person(ACTOR_EMAILS.COMPLETE_PARTNER, 'Com Plete'), complete, 'LEGAL_RESPONSIBLE');
  await fixtures.membership(await person(ACTOR_EMAILS.STRANGER, 'Otto Side'), stranger, 'LEGAL_RESPONSIBLE');
  await fixtures.membership(await person('lr@hidden.test', 'Hilda Den'), hidden, 'LEGAL_RESPONSIBLE');
  const hiddenUser = await fixtures.membership(await person('user@hidden.test', 'Hans Den'), hidden, 'USER');
  await fixtures.grant(await fixtures.membership(await person('external@hidden.test', 'Hera Den'), hidden, 'EXTERNAL'), hiddenProducts);
  await fixtures.membership(await person('lr@elsewhere.test', 'Elsa Where'), elsewhere, 'LEGAL_RESPONSIBLE');
  const limitedPartnership = await fixtures.partnership(acme, limited, { access: 'LIMITED', products: [acmeProducts[0]] });
  const completePartnership = await fixtures.partnership(acme, complete, { access: 'COMPLETE', billingOwner: 'CLIENT' });
  const hiddenPartnership = await fixtures.partnership(hidden, elsewhere, { access: 'COMPLETE', billingOwner: 'CLIENT' });
  return {
    acme,
    hidden,
    acmeProducts,
    hiddenProducts,
    elsewhere,
    own,
    tom,
    xena,
    hiddenUser,
    acmeInvitationId: await invitation(dataSource, acme, 'invitee@acme.test', 'acme-invitation'),
    hiddenInvitationId: await invitation(dataSource, hidden, 'invitee@hidden.test', 'hidden-invitation'),
    limitedPartnershipId: limitedPartnership.id,
    completePartnershipId: completePartnership.id,
    hiddenPartnershipId: hiddenPartnership.id,
  };
}
