import type { EntityManager } from 'typeorm';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { DEMO_BULK_CLIENTS } from './demo-data';
import type { BulkClient } from './demo-history-plan';
import type { DemoTrail } from './demo-trail';

const TRADES = ['Bäckerei', 'Café', 'Schreinerei', 'Blumen', 'Velo', 'Optik', 'Physio', 'Garage', 'Coiffure', 'Weinbau'];
const SURNAMES = ['Aebi', 'Bühler', 'Egli', 'Frei', 'Gerber', 'Hofer', 'Imhof', 'Keller', 'Lüthi', 'Meier', 'Roth', 'Steiner', 'Wyss', 'Zbinden', 'Baumann'];
const FORMS = ['GmbH', 'AG'];
const PRICES = [6_000, 9_600, 14_400, 19_900];

/**
 * The bulk partner's clients under management (DEMO_BULK_CLIENTS: paging and exports at a
 * realistic size), in a handful of set-based statements: each a Swiss company with its legal
 * responsible (the demo password), one web hosting, and an ACTIVE COMPLETE partnership since the
 * history starts (the partner pays for two clients in three); their trails say so.
 */
export async function seedBulkClients(
  tx: EntityManager,
  trail: DemoTrail,
  options: { partnerOrganizationId: string; passwordHash: string; since: Date },
): Promise<BulkClient[]> {
  const count = DEMO_BULK_CLIENTS.count;
  const index = Array.from({ length: count }, (_, i) => i);
  const names = index.map((i) => `${TRADES[i % TRADES.length]} ${SURNAMES[Math.floor(i / TRADES.length) % SURNAMES.length]} ${FORMS[Math.floor(i / (TRADES.length * SURNAMES.length))]}`);
  const people = index.map((i) => `${['Anna', 'Beat', 'Corinne', 'Daniel', 'Eva', 'Fabian'][i % 6]} ${SURNAMES[Math.floor(i / TRADES.length) % SURNAMES.length]}`);
  const emails = index.map((i) => `owner${String(i + 1).padStart(3, '0')}@alpine-clients.example`);
  const organizations: { id: string }[] = await tx.query(
    `INSERT INTO organization (name, entity_type, country, currency, created_at)
     SELECT n, 'COMPANY', 'CH', 'CHF', $2 FROM unnest($1::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i RETURNING id`,
    [names, options.since],
  );
  const users: { id: string }[] = await tx.query(
    `INSERT INTO app_user (email, display_name, password_hash, created_at)
     SELECT e, n, $3, $4 FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(e, n, i) ORDER BY i RETURNING id`,
    [emails, people, options.passwordHash, options.since],
  );
  const orgIds = organizations.map((o) => o.id);
  const userIds = users.map((u) => u.id);
  await tx.query(
    `INSERT INTO membership (user_id, organization_id, role) SELECT u, o, 'LEGAL_RESPONSIBLE' FROM unnest($1::uuid[], $2::uuid[]) AS t(u, o)`,
    [userIds, orgIds],
  );
  // As every organization has from its creation: the default billing address (its invoices print
  // it) and the terms of use its legal responsible accepted.
  const streets = index.map((i) => `Bahnhofplatz ${1 + (i % 40)}`);
  const addresses: { id: string }[] = await tx.query(
    `INSERT INTO billing_address (organization_id, street, postcode, city, country, is_default, position, created_at)
     SELECT o, s, '3011', 'Bern', 'CH', true, 0, $3 FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS t(o, s, i) ORDER BY i RETURNING id`,
    [orgIds, streets, options.since],
  );
  const acceptances: { id: string }[] = await tx.query(
    `INSERT INTO terms_acceptance (user_id, organization_id, version, context, accepted_at)
     SELECT u, o, $3, 'SIGN_UP', $4 FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t(u, o, i) ORDER BY i RETURNING id`,
    [userIds, orgIds, CURRENT_TERMS_VERSION, options.since],
  );
  const domains = index.map((i) => `${names[i].toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/-(gmbh|ag)$/, '')}.ch`);
  const prices = index.map((i) => PRICES[i % PRICES.length]);
  const products: { id: string }[] = await tx.query(
    `INSERT INTO product (organization_id, category, name, public_price_minor, currency, renewal_date)
     SELECT o, 'WEB_HOSTING', n, p, 'CHF', (current_date + (i % 300 + 20)::int) FROM unnest($1::uuid[], $2::text[], $3::int[]) WITH ORDINALITY AS t(o, n, p, i) ORDER BY i RETURNING id`,
    [orgIds, domains, prices],
  );
  const owners = index.map((i) => (i % 3 === 0 ? 'CLIENT' : 'PARTNER'));
  const partnerships: { id: string }[] = await tx.query(
    `INSERT INTO partnership (client_organization_id, client_name, partner_organization_id, status, access, billing_owner, initiated_by,
                              invitation_sent_at, requested_by_user_id, accepted_at, accepted_by_user_id, created_at)
     SELECT c, n, $2, 'ACTIVE', 'COMPLETE', b, 'CLIENT', $4, u, $4,
            (SELECT m.user_id FROM membership m WHERE m.organization_id = $2 AND m.role = 'LEGAL_RESPONSIBLE'), $4
     FROM unnest($1::uuid[], $3::text[], $5::uuid[], $6::text[]) WITH ORDINALITY AS t(c, b, u, n, i) ORDER BY i RETURNING id`,
    [orgIds, options.partnerOrganizationId, owners, options.since, userIds, names],
  );
  const [{ name: partnerName }] = await tx.query(`SELECT public_name AS name FROM partner_profile WHERE organization_id = $1`, [options.partnerOrganizationId]);
  const [{ user_id: partnerLr }] = await tx.query(`SELECT user_id FROM membership WHERE organization_id = $1 AND role = 'LEGAL_RESPONSIBLE'`, [options.partnerOrganizationId]);

  return index.map((i) => {
    const organizationId = orgIds[i];
    const billingOwner = owners[i] as 'CLIENT' | 'PARTNER';
    trail.record(userIds[i], { organizationId, action: 'organization.created', data: { name: names[i], entityType: 'COMPANY', country: 'CH', vatNumber: null }, targetId: organizationId });
    trail.record(userIds[i], { organizationId, action: 'terms.accepted', data: { version: CURRENT_TERMS_VERSION }, targetId: acceptances[i].id });
    trail.record(userIds[i], { organizationId, action: 'billing_address.added', data: { address: `${streets[i]}, 3011 Bern, CH`, isDefault: true }, targetId: addresses[i].id });
    const parties = { clientName: names[i], partnerName };
    const scope = { access: 'COMPLETE' as const, billingOwner };
    for (const [side, orgId] of [['CLIENT', organizationId], ['PARTNER', options.partnerOrganizationId]] as const) {
      trail.record(userIds[i], { organizationId: orgId, action: 'partnership.invited', data: { ...parties, trail: side, scope, endsAt: null }, targetId: partnerships[i].id });
      trail.record(partnerLr, {
        organizationId: orgId,
        action: 'partnership.accepted',
        data: { ...parties, trail: side, by: 'PARTNER', scope, askedFor: null },
        targetId: partnerships[i].id,
        partnerOrganizationId: side === 'CLIENT' ? options.partnerOrganizationId : null,
      });
    }
    return {
      party: { id: organizationId, name: names[i], country: 'CH', entityType: 'COMPANY', vatNumber: null, currency: 'CHF', address: `${names[i]}\n${streets[i]}\n3011 Bern` },
      person: { userId: userIds[i], name: people[i] },
      product: { id: products[i].id, name: domains[i], category: 'WEB_HOSTING', priceMinor: prices[i] },
      billingOwner,
    } satisfies BulkClient;
  });
}
