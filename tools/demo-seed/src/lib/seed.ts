import type { DataSource } from 'typeorm';
import { MembershipProductGrant, Product } from '@manager/api-catalog';
import { hashPassword, User } from '@manager/api-identity';
import { BillingAddress, Membership, Organization, PartnerProfile, TermsAcceptance } from '@manager/api-organizations';
import { CURRENT_TERMS_VERSION } from '@manager/domain';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

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
      if (demo.partner) await tx.insert(PartnerProfile, { organizationId: organization.id, ...demo.partner, listed: true });
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
    for (const demo of DEMO_USERS) {
      const user = await tx.save(tx.create(User, { email: demo.email, displayName: demo.displayName, passwordHash }));
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
  });
  return true;
}
