import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where a person accepted the terms of use. */
export const TermsAcceptanceContext = {
  SIGN_UP: 'SIGN_UP',
  CREATE_ORGANIZATION: 'CREATE_ORGANIZATION',
  UPDATE_ORGANIZATION: 'UPDATE_ORGANIZATION',
} as const;
export type TermsAcceptanceContext = (typeof TermsAcceptanceContext)[keyof typeof TermsAcceptanceContext];

/**
 * One acceptance of the general terms of use, for an organization, by a person, of a version.
 * Written with every sign-up, new organization and saved details; never updated.
 */
@Entity({ name: 'terms_acceptance' })
export class TermsAcceptance {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  context!: TermsAcceptanceContext;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  acceptedAt!: Date;
}
