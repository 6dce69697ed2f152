import { Entity, PrimaryColumn } from 'typeorm';

/** A product of the client in the scope of a LIMITED partnership. */
@Entity({ name: 'partnership_product' })
export class PartnershipProduct {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId!: string;

  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId!: string;
}
