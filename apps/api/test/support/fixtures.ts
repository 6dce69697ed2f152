import type { DataSource } from 'typeorm';
import { Product } from '@manager/api-catalog';
import { hashPassword, User } from '@manager/api-identity';
import { Membership, MembershipProductGrant, Organization } from '@manager/api-organizations';
import { createPartnership } from '@manager/api-partners';
import type { BillingOwner, MembershipRole, PartnershipAccess, PartnershipStatus, ProductCategory } from '@manager/domain';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
let sequence = 0;

/**
 * Builds rows straight into the database (the features that create them through the API come
 * with their own tests). Hashing once keeps fixtures fast: argon2 is slow on purpose.
 */
export class Fixtures {
  constructor(private readonly dataSource: DataSource) {}

  async user(overrides: Partial<User> = {}): Promise<User> {
    passwordHash ??= hashPassword(PASSWORD);
    sequence += 1;
    return this.dataSource.manager.save(
      this.dataSource.manager.create(User, {
        email: `person${sequence}@example.test`,
        displayName: `Person ${sequence}`,
        passwordHash: await passwordHash,
        ...overrides,
      }),
    );
  }

  async organization(overrides: Partial<Organization> = {}): Promise<Organization> {
    sequence += 1;
    return this.dataSource.manager.save(
      this.dataSource.manager.create(Organization, {
        name: `Organization ${sequence}`,
        entityType: 'COMPANY',
        country: 'CH',
        vatNumber: null,
        currency: 'CHF',
        ...overrides,
      }),
    );
  }

  async membership(user: User, organization: Organization, role: MembershipRole): Promise<Membership> {
    return this.dataSource.manager.save(
      this.dataSource.manager.create(Membership, { userId: user.id, organizationId: organization.id, role }),
    );
  }

  async products(organization: Organization, count: number, category: ProductCategory = 'WEB_HOSTING'): Promise<Product[]> {
    const rows = Array.from({ length: count }, (_, i) =>
      this.dataSource.manager.create(Product, {
        organizationId: organization.id,
        category,
        name: `${organization.name} product ${String(i + 1).padStart(3, '0')}`,
        publicPriceMinor: 1000 + i,
        currency: organization.currency,
        renewalDate: '2027-01-31',
      }),
    );
    return this.dataSource.manager.save(rows);
  }

  async grant(membership: Membership, products: Product[]): Promise<void> {
    await this.dataSource.manager.insert(
      MembershipProductGrant,
      products.map((product) => ({ membershipId: membership.id, productId: product.id })),
    );
  }
  /** Makes an organization a partner (listed in the directory unless said otherwise). */
  async partnerProfile(
    organization: Organization,
    profile: { publicName?: string; contactEmail?: string; listed?: boolean; country?: string | null; description?: string; resellerDiscountBp?: number; commissionBp?: number } = {},
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO partner_profile (organization_id, public_name, contact_email, listed, country, description, reseller_discount_bp, commission_bp)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        organization.id,
        profile.publicName ?? `${organization.name} Partners`,
        profile.contactEmail ?? `hello@${organization.id.slice(0, 8)}.example.test`,
        profile.listed ?? true,
        profile.country ?? null,
        profile.description ?? '',
        profile.resellerDiscountBp ?? 0,
        profile.commissionBp ?? 0,
      ],
    );
  }

  /**
   * A partnership straight in the database (the lifecycle mutations come with their own tests).
   * ACTIVE ones are accepted now unless `acceptedAt` says otherwise; COMPLETE ones default to the
   * client paying; LIMITED ones cover `products`.
   */
  async partnership(
    client: Organization,
    partner: Organization,
    options: {
      status?: PartnershipStatus;
      access?: PartnershipAccess;
      billingOwner?: BillingOwner | null;
      products?: Product[];
      endsAt?: Date | null;
      acceptedAt?: Date | null;
      initiatedBy?: 'CLIENT' | 'PARTNER';
    } = {},
  ): Promise<{ id: string }> {
    const status = options.status ?? 'ACTIVE';
    const access = options.access ?? 'LIMITED';
    const row = await createPartnership(this.dataSource.manager, {
      clientOrganizationId: client.id,
      partnerOrganizationId: partner.id,
      status,
      access,
      billingOwner: access === 'COMPLETE' ? (options.billingOwner ?? 'CLIENT') : null,
      initiatedBy: options.initiatedBy ?? 'CLIENT',
      endsAt: options.endsAt ?? null,
      acceptedAt: options.acceptedAt !== undefined ? options.acceptedAt : status === 'ACTIVE' || status === 'TERMINATED' ? new Date() : null,
    });
    if (options.products?.length) {
      await this.dataSource.query(
        `INSERT INTO partnership_product (partnership_id, product_id) SELECT $1, unnest($2::uuid[])`,
        [row.id, options.products.map((product) => product.id)],
      );
    }
    return { id: row.id };
  }
}
