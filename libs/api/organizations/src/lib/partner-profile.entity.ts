import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Makes an organization a partner (web agency, reseller) listed in the partner directory.
 * Rates and the directory itself come with the partner program.
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
}
