import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { lineDescription } from '@manager/api-billing';
import { Product } from '@manager/api-catalog';
import { hashPassword, User } from '@manager/api-identity';
import { BillingAddress, Membership, MembershipProductGrant, Organization, PartnerProfile, TermsAcceptance } from '@manager/api-organizations';
import { CURRENT_TERMS_VERSION, PARTNERSHIP_INVITATION_TTL_DAYS, type AuditScope, type Currency } from '@manager/domain';
import { DEMO_HISTORY_MONTHS, DEMO_ORGANIZATIONS, DEMO_PARTNERSHIPS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { seedBulkClients } from './demo-bulk-clients';
import { writeDemoHistory } from './demo-history';
import { addressText, demoHistoryOrders } from './demo-history-plan';
import { DemoTrail } from './demo-trail';

/** How the trail names a side: the organization, or the partner by its public name (as the app's partnershipParties does). */
function partyName(key: string, asPartner: boolean): string {
  const demo = DEMO_ORGANIZATIONS.find((o) => o.key === key);
  if (!demo) throw new Error(`demo data: no organization ${key}`);
  return (asPartner && demo.partner?.publicName) || demo.name;
}

/** "Buchhaltung, Bahnhofstrasse 12, 8001 Zürich, CH": how the trail names an address (as the app's addressLabel does). */
function addressLabel(address: { recipient?: string; street: string; postcode: string; city: string; country: string }): string {
  return [address.recipient, address.street, `${address.postcode} ${address.city}`, address.country].filter(Boolean).join(', ');
}

/** A renewal date spread over the coming year, stable for a given product index. */
function renewalDate(index: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 12 + ((index * 37) % 350));
  return date.toISOString().slice(0, 10);
}

/**
 * Loads the demo organizations, people and products into an empty database, in one transaction,
 * with the audit events of each step (see DemoTrail). Returns false (and writes nothing) when the
 * database already has users.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM app_user`);
  if (count > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = new Date();
  // The history starts on the first of the month, DEMO_HISTORY_MONTHS ago: partnerships date from then.
  const historyStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - DEMO_HISTORY_MONTHS, 1, 8));
  const monthDate = (month: number) => new Date(Date.UTC(historyStart.getUTCFullYear(), historyStart.getUTCMonth() + month, 20, 14));
  await dataSource.transaction(async (tx) => {
    const trail = new DemoTrail();
    const organizationIds = new Map<string, string>();
    const addressIds = new Map<string, string>();
    const productIds = new Map<string, string>();
    let productIndex = 0;
    for (const demo of DEMO_ORGANIZATIONS) {
      const organization = await tx.save(
        tx.create(Organization, {
          name: demo.name,
          entityType: demo.entityType,
          country: demo.country,
          vatNumber: demo.vatNumber,
          currency: demo.currency,
        }),
      );
      organizationIds.set(demo.key, organization.id);
      const address = await tx.insert(BillingAddress, { organizationId: organization.id, ...demo.billingAddress, isDefault: true, position: 0 });
      addressIds.set(demo.key, address.identifiers[0]['id'] as string);
      if (demo.partner) {
        await tx.insert(PartnerProfile, { organizationId: organization.id, ...demo.partner, country: demo.country, listed: true });
      }
      for (const [category, name, price] of demo.products) {
        const product = await tx.save(
          tx.create(Product, {
            organizationId: organization.id,
            category,
            name,
            publicPriceMinor: price,
            currency: demo.currency,
            renewalDate: renewalDate(productIndex++),
          }),
        );
        productIds.set(`${demo.key}/${name}`, product.id);
      }
    }
    const userIds = new Map<string, string>();
    for (const demo of DEMO_USERS) {
      const user = await tx.save(tx.create(User, { email: demo.email, displayName: demo.displayName, passwordHash }));
      userIds.set(demo.email, user.id);
    }
    // The legal responsible creates each organization (the first events of its trail); the
    // others join it after, invited by the legal responsible.
    const founders = new Map(
      DEMO_USERS.flatMap((user) => user.memberships.filter((m) => m.role === 'LEGAL_RESPONSIBLE').map((m) => [m.organization, user] as const)),
    );
    for (const demo of DEMO_ORGANIZATIONS) {
      const founder = founders.get(demo.key);
      if (!founder) throw new Error(`demo data: ${demo.key} has no legal responsible`);
      const organizationId = organizationIds.get(demo.key) as string;
      const founderId = userIds.get(founder.email) as string;
      await tx.save(tx.create(Membership, { userId: founderId, organizationId, role: 'LEGAL_RESPONSIBLE' }));
      const terms = await tx.insert(TermsAcceptance, { userId: founderId, organizationId, version: CURRENT_TERMS_VERSION, context: 'CREATE_ORGANIZATION' });
      const { name, entityType, country, vatNumber } = demo;
      trail.record(founderId, { organizationId, action: 'organization.created', data: { name, entityType, country, vatNumber }, targetId: organizationId });
      trail.record(founderId, {
        organizationId,
        action: 'terms.accepted',
        data: { version: CURRENT_TERMS_VERSION },
        targetId: terms.identifiers[0]['id'] as string,
      });
      trail.record(founderId, {
        organizationId,
        action: 'billing_address.added',
        data: { address: addressLabel(demo.billingAddress), isDefault: true },
        targetId: addressIds.get(demo.key) as string,
      });
    }
    for (const demo of DEMO_USERS) {
      const userId = userIds.get(demo.email) as string;
      for (const membership of demo.memberships) {
        if (membership.role === 'LEGAL_RESPONSIBLE') continue;
        const organizationId = organizationIds.get(membership.organization) as string;
        const saved = await tx.save(tx.create(Membership, { userId, organizationId, role: membership.role }));
        const inviter = founders.get(membership.organization);
        trail.record(userId, {
          organizationId,
          action: 'member.joined',
          data: { memberName: demo.displayName, role: membership.role, invitedByName: inviter?.displayName ?? null },
          targetId: saved.id,
        });
        const granted = membership.grantedProducts ?? [];
        for (const productName of granted) {
          const productId = productIds.get(`${membership.organization}/${productName}`);
          if (!productId) throw new Error(`demo data: no product ${productName} in ${membership.organization}`);
          await tx.insert(MembershipProductGrant, { membershipId: saved.id, productId });
        }
        if (granted.length && inviter) {
          trail.record(userIds.get(inviter.email) as string, {
            organizationId,
            action: 'member.products_granted',
            data: { memberName: demo.displayName, productCount: granted.length },
            targetId: saved.id,
          });
        }
      }
    }
    for (const demo of DEMO_PARTNERSHIPS) {
      // A pending invitation's token is unknown (nobody has the email): the partner answers it from its pending list.
      const pending = demo.status === 'PENDING';
      const ended = demo.status === 'TERMINATED' ? monthDate(demo.endedMonth ?? 0) : null;
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO partnership (client_organization_id, client_name, partner_organization_id, status, access, billing_owner, initiated_by,
                                  invitation_token_hash, invitation_expires_at, invitation_sent_at, requested_by_user_id, accepted_at, accepted_by_user_id,
                                  created_at, ended_at, ended_by_user_id, ended_by_side)
         SELECT $1, o.name, $2, $3, $4, $5, 'CLIENT', $6, now() + make_interval(days => $7), coalesce($11, now()), $8, $9, $10, coalesce($11, now()), $12, $13, $14
         FROM organization o WHERE o.id = $1
         RETURNING id`,
        [
          organizationIds.get(demo.client),
          organizationIds.get(demo.partner),
          demo.status,
          demo.access,
          demo.billingOwner,
          pending ? createHash('sha256').update(randomBytes(32)).digest() : null,
          PARTNERSHIP_INVITATION_TTL_DAYS,
          userIds.get(demo.grantedBy),
          // Live ones date from the start of the history (Léa's too: its renewals by Pixel are in it).
          pending ? null : historyStart,
          demo.acceptedBy ? userIds.get(demo.acceptedBy) : null,
          pending ? null : historyStart,
          ended,
          ended ? userIds.get(demo.grantedBy) : null,
          ended ? 'CLIENT' : null,
        ],
      );
      for (const productName of demo.products) {
        const productId = productIds.get(`${demo.client}/${productName}`);
        if (!productId) throw new Error(`demo data: no product ${productName} in ${demo.client}`);
        await tx.query(`INSERT INTO partnership_product (partnership_id, product_id) VALUES ($1, $2)`, [id, productId]);
      }
      // Both trails, each worded from its side, as the app records an invitation and its acceptance.
      const parties = { clientName: partyName(demo.client, false), partnerName: partyName(demo.partner, true) };
      const sides = { CLIENT: organizationIds.get(demo.client) as string, PARTNER: organizationIds.get(demo.partner) as string };
      const scope: AuditScope = demo.access === 'LIMITED' ? { access: 'LIMITED', productCount: demo.products.length } : { access: 'COMPLETE', billingOwner: demo.billingOwnerBefore ?? demo.billingOwner ?? 'CLIENT' };
      for (const trailSide of ['CLIENT', 'PARTNER'] as const) {
        trail.record(userIds.get(demo.grantedBy) as string, {
          organizationId: sides[trailSide],
          action: 'partnership.invited',
          data: { ...parties, trail: trailSide, scope, endsAt: null },
          targetId: id,
        });
      }
      if (demo.acceptedBy) {
        for (const trailSide of ['CLIENT', 'PARTNER'] as const) {
          trail.record(userIds.get(demo.acceptedBy) as string, {
            organizationId: sides[trailSide],
            action: 'partnership.accepted',
            data: { ...parties, trail: trailSide, by: 'PARTNER', scope, askedFor: null },
            targetId: id,
            // In the client's trail, what the partner's people did names the partner.
            partnerOrganizationId: trailSide === 'CLIENT' ? sides.PARTNER : null,
          });
        }
      }
      for (const trailSide of ['CLIENT', 'PARTNER'] as const) {
        const actor = userIds.get(demo.grantedBy) as string;
        if (demo.switchedMonth !== undefined && demo.billingOwner) {
          trail.record(actor, { organizationId: sides[trailSide], action: 'partnership.billing_owner_changed', data: { ...parties, trail: trailSide, billingOwner: demo.billingOwner }, targetId: id });
        }
        if (ended) trail.record(actor, { organizationId: sides[trailSide], action: 'partnership.terminated', data: { ...parties, trail: trailSide, by: 'CLIENT' }, targetId: id });
      }
    }
    // The partner with many clients: created set-based, each with its person, product and partnership.
    const bulk = await seedBulkClients(tx, trail, { partnerOrganizationId: organizationIds.get('alpine') as string, passwordHash, since: historyStart });
    // Wallets: an opening balance each, paid by the legal responsible (partners 2,000.00, others
    // 500.00), written as a payment and its TOP_UP ledger entry so that every ledger reconciles.
    // Its sentence written in every language, as the API writes a ledger entry's.
    const opening = lineDescription({ kind: 'OPENING_BALANCE' });
    const paid: { organization_id: string; payment_id: string; paid_by: string; amount_minor: number; currency: Currency }[] = await tx.query(
      `WITH paid AS (
         INSERT INTO payment (organization_id, paid_by_user_id, amount_minor, currency, provider, provider_reference, status, idempotency_key, fingerprint, created_at)
         SELECT o.id, m.user_id, CASE WHEN EXISTS (SELECT 1 FROM partner_profile pp WHERE pp.organization_id = o.id) THEN 200000 ELSE 50000 END,
                o.currency, 'demo-seed', 'demo-' || o.id, 'SUCCEEDED', 'demo-seed-top-up', 'demo-seed', $1
         FROM organization o JOIN membership m ON m.organization_id = o.id AND m.role = 'LEGAL_RESPONSIBLE'
         RETURNING id, organization_id, paid_by_user_id, amount_minor, currency),
       credited AS (UPDATE wallet w SET balance_minor = w.balance_minor + paid.amount_minor FROM paid WHERE w.organization_id = paid.organization_id),
       entries AS (
         INSERT INTO wallet_entry (organization_id, kind, amount_minor, currency, balance_after_minor, description, description_facts, description_texts, payment_id, created_at)
         SELECT organization_id, 'TOP_UP', amount_minor, currency, amount_minor, $2, $3::jsonb, $4::jsonb, id, $1 FROM paid)
       SELECT organization_id, id AS payment_id, paid_by_user_id AS paid_by, amount_minor, currency FROM paid`,
      [historyStart, opening.description, JSON.stringify(opening.descriptionFacts), JSON.stringify(opening.descriptionTexts)],
    );
    for (const row of paid) {
      const amount = { amountMinor: row.amount_minor, currency: row.currency };
      trail.record(row.paid_by, {
        organizationId: row.organization_id,
        action: 'wallet.topped_up',
        data: { amount, balance: amount },
        targetId: row.payment_id,
      });
    }
    // The past: 18 months of orders and renewals, invoices, commissions and top-ups (demo-history.ts).
    const party = (key: string) => {
      const demo = DEMO_ORGANIZATIONS.find((o) => o.key === key) as (typeof DEMO_ORGANIZATIONS)[number];
      return { id: organizationIds.get(key) as string, name: demo.name, country: demo.country, entityType: demo.entityType, vatNumber: demo.vatNumber, currency: demo.currency,
        address: addressText(demo.billingAddress), rates: demo.partner && { resellerDiscountBp: demo.partner.resellerDiscountBp, commissionBp: demo.partner.commissionBp } };
    };
    const alpineLr = DEMO_USERS.find((u) => u.memberships.some((m) => m.organization === 'alpine' && m.role === 'LEGAL_RESPONSIBLE')) as (typeof DEMO_USERS)[number];
    const orders = demoHistoryOrders(
      { organizations: organizationIds, users: userIds, products: productIds },
      { partner: party('alpine'), person: { userId: userIds.get(alpineLr.email) as string, name: alpineLr.displayName }, clients: bulk },
    );
    await writeDemoHistory(tx, historyStart, orders, new Map(paid.map((row) => [row.organization_id, { paidBy: row.paid_by }])));
    await trail.write(tx);
  });
  return true;
}
