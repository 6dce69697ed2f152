import type { DataSource } from 'typeorm';
import { MembershipProductGrant, Product } from '@manager/api-catalog';
import { hashPassword, User } from '@manager/api-identity';
import { Membership, Organization } from '@manager/api-organizations';
import type { MembershipRole, ProductCategory } from '@manager/domain';

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
}
