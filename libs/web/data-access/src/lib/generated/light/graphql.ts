/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessVia =
  | 'MEMBER'
  | 'PARTNER';

export type BillingOwner =
  | 'CLIENT'
  | 'PARTNER';

export type Currency =
  | 'CHF'
  | 'EUR';

export type EntityType =
  | 'COMPANY'
  | 'INDIVIDUAL';

/** A language the Manager speaks: English, French, German, Italian. */
export type Language =
  | 'DE'
  | 'EN'
  | 'FR'
  | 'IT';

export type MembershipRole =
  | 'ADMIN'
  | 'EXTERNAL'
  | 'LEGAL_RESPONSIBLE'
  | 'USER';

export type PartnershipAccess =
  | 'COMPLETE'
  | 'LIMITED';

export type ProductCategory =
  | 'DOMAIN'
  | 'KCHAT'
  | 'KDRIVE'
  | 'MAIL_SERVICE'
  | 'SSL_CERTIFICATE'
  | 'VPS'
  | 'WEB_HOSTING';

/** ACTIVE; EXPIRING: the renewal date is within 30 days; EXPIRED: the renewal date has passed. */
export type ProductState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'EXPIRING';

export type ThemePreference =
  | 'AUTO'
  | 'DARK'
  | 'LIGHT';

export type UpdateThemePreferenceInput = {
  themePreference: ThemePreference;
};

/** One thing the signed-in user may do in an organization, as the access policy decides it. */
export type ViewerPermission =
  /** Partner side: act for this organization in its client organizations. */
  | 'ACT_FOR_PARTNER'
  /** Read the organization's audit trail. */
  | 'AUDIT_READ'
  /** Top up the wallet. */
  | 'BILLING_MANAGE'
  /** Read the wallet, invoices and (partners) revenue of one's own organization. */
  | 'BILLING_READ'
  /** Partner side: accept or refuse invitations, ask clients for access, end partnerships. */
  | 'CLIENTS_MANAGE'
  /** Hand the legal responsibility to another member. */
  | 'LEGAL_RESPONSIBILITY_TRANSFER'
  /** Invite people, change roles (except legal responsible), remove members, grant products. */
  | 'MEMBERS_MANAGE'
  /** See the people of the organization and their roles. */
  | 'MEMBERS_READ'
  /** Order new products (and renew any product within reach). */
  | 'ORDERS_PLACE'
  /** Edit name, country, VAT number and billing addresses. */
  | 'ORGANIZATION_UPDATE'
  /** Client side: read the organization's partnerships (list, detail, activity). */
  | 'PARTNERSHIPS_READ'
  /** Client side: grant partners access, change or end partnerships. */
  | 'PARTNERS_MANAGE'
  /** Renew products within reach (a LIMITED partner: the products in its scope). */
  | 'PRODUCTS_RENEW';

export type OrderingContextQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderingContextQuery = { organization: { id: string, name: string, currency: Currency, viewerAccess: { via: AccessVia, permissions: Array<ViewerPermission>, role: MembershipRole | null, partnerOrganizationId: string | null, partnerName: string | null, access: PartnershipAccess | null, billingOwner: BillingOwner | null } | null, partnerships: Array<{ id: string, access: PartnershipAccess, billingOwner: BillingOwner | null, partnerName: string }> } };

export type OrderingPartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderingPartnerQuery = { organization: { id: string, name: string, currency: Currency, viewerAccess: { via: AccessVia, permissions: Array<ViewerPermission>, role: MembershipRole | null, access: PartnershipAccess | null } | null, partnerProfile: { publicName: string, resellerDiscountRate: number, commissionRate: number } | null } };

export type OrganizationDashboardQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  category?: ProductCategory | null | undefined;
}>;


export type OrganizationDashboardQuery = { organization: { id: string, name: string, entityType: EntityType, country: string, viewerRole: MembershipRole | null, products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, category: ProductCategory, renewalDate: string, state: ProductState, publicPrice: { amountMinor: number, currency: Currency } } }> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, themePreference: ThemePreference, language: Language | null, memberships: Array<{ id: string, role: MembershipRole, organizationId: string, organization: { id: string, name: string, country: string, viewerAccess: { via: AccessVia, permissions: Array<ViewerPermission>, role: MembershipRole | null, access: PartnershipAccess | null } | null } }> } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { success: boolean } };

export type UpdateThemePreferenceMutationVariables = Exact<{
  input: UpdateThemePreferenceInput;
}>;


export type UpdateThemePreferenceMutation = { updateThemePreference: { user: { id: string, themePreference: ThemePreference } } };

export type SetLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetLanguageMutation = { setLanguage: { id: string, language: Language | null } };

export type OrganizationAccessQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationAccessQuery = { organization: { id: string, name: string, viewerRole: MembershipRole | null, viewerAccess: { via: AccessVia, permissions: Array<ViewerPermission>, role: MembershipRole | null, partnerOrganizationId: string | null, partnerName: string | null, access: PartnershipAccess | null, billingOwner: BillingOwner | null } | null, partnerProfile: { publicName: string } | null } };

export type MyPartnerOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartnerOrganizationsQuery = { me: { id: string, memberships: Array<{ id: string, role: MembershipRole, organizationId: string, organization: { id: string, viewerAccess: { via: AccessVia, permissions: Array<ViewerPermission> } | null, partnerProfile: { publicName: string } | null } }> } | null };

export type SwitcherClientsQueryVariables = Exact<{
  partnerOrganizationId: string | number;
  first: number;
}>;


export type SwitcherClientsQuery = { managedClients: { totalCount: number, edges: Array<{ node: { partnershipId: string, access: PartnershipAccess, organization: { id: string, name: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const OrderingContextDocument = new TypedDocumentString(`
    query OrderingContext($id: ID!) {
  organization(id: $id) {
    id
    name
    currency
    viewerAccess {
      via
      permissions
      role
      partnerOrganizationId
      partnerName
      access
      billingOwner
    }
    partnerships(statuses: [ACTIVE]) {
      id
      access
      billingOwner
      partnerName
    }
  }
}
    `) as unknown as TypedDocumentString<OrderingContextQuery, OrderingContextQueryVariables>;
export const OrderingPartnerDocument = new TypedDocumentString(`
    query OrderingPartner($id: ID!) {
  organization(id: $id) {
    id
    name
    currency
    viewerAccess {
      via
      permissions
      role
      access
    }
    partnerProfile {
      publicName
      resellerDiscountRate
      commissionRate
    }
  }
}
    `) as unknown as TypedDocumentString<OrderingPartnerQuery, OrderingPartnerQueryVariables>;
export const OrganizationDashboardDocument = new TypedDocumentString(`
    query OrganizationDashboard($id: ID!, $first: Int!, $after: String, $category: ProductCategory) {
  organization(id: $id) {
    id
    name
    entityType
    country
    viewerRole
    products(first: $first, after: $after, orderBy: RENEWAL, category: $category) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          category
          renewalDate
          state
          publicPrice {
            amountMinor
            currency
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationDashboardQuery, OrganizationDashboardQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    email
    themePreference
    language
    memberships {
      id
      role
      organizationId
      organization {
        id
        name
        country
        viewerAccess {
          via
          permissions
          role
          access
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    success
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UpdateThemePreferenceDocument = new TypedDocumentString(`
    mutation UpdateThemePreference($input: UpdateThemePreferenceInput!) {
  updateThemePreference(input: $input) {
    user {
      id
      themePreference
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateThemePreferenceMutation, UpdateThemePreferenceMutationVariables>;
export const SetLanguageDocument = new TypedDocumentString(`
    mutation SetLanguage($language: Language!) {
  setLanguage(language: $language) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<SetLanguageMutation, SetLanguageMutationVariables>;
export const OrganizationAccessDocument = new TypedDocumentString(`
    query OrganizationAccess($id: ID!) {
  organization(id: $id) {
    id
    name
    viewerRole
    viewerAccess {
      via
      permissions
      role
      partnerOrganizationId
      partnerName
      access
      billingOwner
    }
    partnerProfile {
      publicName
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAccessQuery, OrganizationAccessQueryVariables>;
export const MyPartnerOrganizationsDocument = new TypedDocumentString(`
    query MyPartnerOrganizations {
  me {
    id
    memberships {
      id
      role
      organizationId
      organization {
        id
        viewerAccess {
          via
          permissions
        }
        partnerProfile {
          publicName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyPartnerOrganizationsQuery, MyPartnerOrganizationsQueryVariables>;
export const SwitcherClientsDocument = new TypedDocumentString(`
    query SwitcherClients($partnerOrganizationId: ID!, $first: Int!) {
  managedClients(
    partnerOrganizationId: $partnerOrganizationId
    first: $first
    orderBy: NAME
  ) {
    totalCount
    edges {
      node {
        partnershipId
        access
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SwitcherClientsQuery, SwitcherClientsQueryVariables>;