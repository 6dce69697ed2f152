import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Product } from '@manager/api-catalog';
import { hashPassword, User } from '@manager/api-identity';
import { BillingAddress, Membership, MembershipProductGrant, Organization, PartnerProfile, TermsAcceptance } from '@manager/api-organizations';
import { CURRENT_TERMS_VERSION, PARTNERSHIP_INVITATION_TTL_DAYS } from '@manager/domain';
import { DEMO_ORGANIZATIONS, DEMO_PARTNERSHIPS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

/** A renewal date spread over the coming year, stable for a given product index. */
function renewalDate(index: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 12 + ((index * 37) % 350));
  return date.toISOString().slice(0, 10);
}

/**
 * Loads the demo organizations, people and products into an empty database, in one transaction.
 * Returns false (and writes nothing) when the database already has users.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM app_user`);
  if (count > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (tx) => {
    const organizationIds = new Map<string, string>();
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
      await tx.insert(BillingAddress, { organizationId: organization.id, ...demo.billingAddress, isDefault: true, position: 0 });
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
      for (const membership of demo.memberships) {
        const saved = await tx.save(
          tx.create(Membership, {
            userId: user.id,
            organizationId: organizationIds.get(membership.organization) as string,
            role: membership.role,
          }),
        );
        if (membership.role === 'LEGAL_RESPONSIBLE') {
          await tx.insert(TermsAcceptance, {
            userId: user.id,
            organizationId: saved.organizationId,
            version: CURRENT_TERMS_VERSION,
            context: 'CREATE_ORGANIZATION',
          });
        }
        for (const productName of membership.grantedProducts ?? []) {
          const productId = productIds.get(`${membership.organization}/${productName}`);
          if (!productId) throw new Error(`demo data: no product ${productName} in ${membership.organization}`);
          await tx.insert(MembershipProductGrant, { membershipId: saved.id, productId });
        }
      }
    }
    for (const demo of DEMO_PARTNERSHIPS) {
      // A pending invitation's token is unknown (nobody has the email): the partner answers it from its pending list.
      const pending = demo.status === 'PENDING';
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO partnership (client_organization_id, partner_organization_id, status, access, billing_owner, initiated_by,
                                  invitation_token_hash, invitation_expires_at, invitation_sent_at, requested_by_user_id, accepted_at, accepted_by_user_id)
         VALUES ($1, $2, $3, $4, $5, 'CLIENT', $6, now() + make_interval(days => $7), now(), $8, $9, $10)
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
          pending ? null : new Date(),
          demo.acceptedBy ? userIds.get(demo.acceptedBy) : null,
        ],
      );
      for (const productName of demo.products) {
        const productId = productIds.get(`${demo.client}/${productName}`);
        if (!productId) throw new Error(`demo data: no product ${productName} in ${demo.client}`);
        await tx.query(`INSERT INTO partnership_product (partnership_id, product_id) VALUES ($1, $2)`, [id, productId]);
      }
    }
    // Wallets: one demo top-up each by the legal responsible (partners 2,000.00, others 500.00),
    // written as a payment and its TOP_UP ledger entry so that every ledger reconciles.
    await tx.query(
      `WITH paid AS (
         INSERT INTO payment (organization_id, paid_by_user_id, amount_minor, currency, provider, provider_reference, status, idempotency_key, fingerprint)
         SELECT o.id, m.user_id, CASE WHEN EXISTS (SELECT 1 FROM partner_profile pp WHERE pp.organization_id = o.id) THEN 200000 ELSE 50000 END,
                o.currency, 'demo-seed', 'demo-' || o.id, 'SUCCEEDED', 'demo-seed-top-up', 'demo-seed'
         FROM organization o JOIN membership m ON m.organization_id = o.id AND m.role = 'LEGAL_RESPONSIBLE'
         RETURNING id, organization_id, amount_minor, currency),
       credited AS (UPDATE wallet w SET balance_minor = w.balance_minor + paid.amount_minor FROM paid WHERE w.organization_id = paid.organization_id)
       INSERT INTO wallet_entry (organization_id, kind, amount_minor, currency, balance_after_minor, description, payment_id)
       SELECT organization_id, 'TOP_UP', amount_minor, currency, amount_minor, 'Demo top-up', id FROM paid`,
    );
  });
  return true;
}
