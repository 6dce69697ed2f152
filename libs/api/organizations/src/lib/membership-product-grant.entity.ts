import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A product an EXTERNAL member may see; EXTERNAL members see nothing else of the products. */
@Entity({ name: 'membership_product_grant' })
export class MembershipProductGrant {
  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;
}
