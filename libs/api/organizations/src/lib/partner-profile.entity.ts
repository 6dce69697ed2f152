import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Makes an organization a partner (web agency, reseller) listed in the partner directory.
 * The rates are set by the operator (basis points: 1500 = 15 %), never by the partner through the API.
 */
@Entity({ name: 'partner_profile' })
export class PartnerProfile {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'public_name', type: 'text' })
  publicName!: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'boolean', default: true })
  listed!: boolean;

  /** ISO 3166-1 alpha-2, shown in the directory; optional. */
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  /** Off the public price when the partner pays (see PartnerRates in libs/domain). */
  @Column({ name: 'reseller_discount_bp', type: 'integer', default: 0 })
  resellerDiscountBp!: number;

  /** Cashback and rebate on the orders its clients pay. */
  @Column({ name: 'commission_bp', type: 'integer', default: 0 })
  commissionBp!: number;

  @Column({ name: 'listed_at', type: 'timestamptz', default: () => 'now()' })
  listedAt!: Date;
}
