import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BillingOwner, MembershipRole, PartnershipAccess, Permission } from '@manager/domain';

export const AccessVia = { MEMBER: 'MEMBER', PARTNER: 'PARTNER' } as const;
export type AccessVia = (typeof AccessVia)[keyof typeof AccessVia];
registerEnumType(AccessVia, { name: 'AccessVia' });

/**
 * What the viewer may do in an organization: the domain's permissions, plus the two
 * partner-program rights the policy decides by role list rather than by permission
 * (`readsPartnerships`, `actsForPartner`). The SPA reads this list instead of re-deriving it.
 */
export const ViewerPermission = {
  ...Permission,
  PARTNERSHIPS_READ: 'PARTNERSHIPS_READ',
  ACT_FOR_PARTNER: 'ACT_FOR_PARTNER',
} as const;
export type ViewerPermission = (typeof ViewerPermission)[keyof typeof ViewerPermission];
registerEnumType(ViewerPermission, {
  name: 'ViewerPermission',
  description: 'One thing the signed-in user may do in an organization, as the access policy decides it.',
  valuesConfig: {
    ORGANIZATION_UPDATE: { description: 'Edit name, country, VAT number and billing addresses.' },
    MEMBERS_READ: { description: 'See the people of the organization and their roles.' },
    MEMBERS_MANAGE: { description: 'Invite people, change roles (except legal responsible), remove members, grant products.' },
    LEGAL_RESPONSIBILITY_TRANSFER: { description: 'Hand the legal responsibility to another member.' },
    AUDIT_READ: { description: "Read the organization's audit trail." },
    PARTNERS_MANAGE: { description: 'Client side: grant partners access, change or end partnerships.' },
    CLIENTS_MANAGE: { description: 'Partner side: accept or refuse invitations, ask clients for access, end partnerships.' },
    ORDERS_PLACE: { description: 'Order new products (and renew any product within reach).' },
    PRODUCTS_RENEW: { description: 'Renew products within reach (a LIMITED partner: the products in its scope).' },
    BILLING_READ: { description: 'Read the wallet, invoices and (partners) revenue of one\'s own organization.' },
    BILLING_MANAGE: { description: 'Top up the wallet.' },
    PARTNERSHIPS_READ: { description: "Client side: read the organization's partnerships (list, detail, activity)." },
    ACT_FOR_PARTNER: { description: 'Partner side: act for this organization in its client organizations.' },
  },
});

/** How the signed-in user reaches an organization: the SPA's "acting as partner" banner. */
@ObjectType({ description: 'How the signed-in user reaches this organization: as a member, or for a partner.' })
export class ViewerAccess {
  @Field(() => AccessVia)
  via!: AccessVia;

  @Field(() => MembershipRole, { nullable: true, description: 'MEMBER only.' })
  role!: MembershipRole | null;

  @Field(() => ID, { nullable: true, description: 'PARTNER only.' })
  partnerOrganizationId!: string | null;

  @Field(() => String, { nullable: true, description: "PARTNER only: the partner's public name." })
  partnerName!: string | null;

  @Field(() => PartnershipAccess, { nullable: true })
  access!: PartnershipAccess | null;

  @Field(() => BillingOwner, { nullable: true })
  billingOwner!: BillingOwner | null;

  @Field(() => [ViewerPermission], { description: 'What the signed-in user may do here, as the access policy decides it.' })
  permissions!: ViewerPermission[];
}
