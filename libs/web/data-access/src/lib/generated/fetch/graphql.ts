/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** One billing address in the details form; the list replaces the current one. */
export type BillingAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** An existing address of this organization; omit for a new one. */
  id?: string | number | null | undefined;
  isDefault: boolean;
  postcode: string;
  /** Optional, e.g. "Accounts payable". */
  recipient?: string | null | undefined;
  street: string;
};

export type CompleteSignInInput = {
  code: string;
  /** TOTP or RECOVERY_CODE (a passkey signs in with finishPasskeySignIn). */
  method: SecondFactorMethod;
  pendingToken: string;
};

export type CookieChoiceInput = {
  /** An optional category id of the cookie policy (e.g. analytics). */
  category: string;
  granted: boolean;
};

export type EntityType =
  | 'COMPANY'
  | 'INDIVIDUAL';

export type FinishPasskeySignInInput = {
  pendingToken?: string | null | undefined;
  /** The browser’s answer (AuthenticationResponseJSON). */
  responseJson: string;
};

/** A language the Manager speaks: English, French, German, Italian. */
export type Language =
  | 'DE'
  | 'EN'
  | 'FR'
  | 'IT';

export type LoginInput = {
  email: string;
  password: string;
};

/** The organization details form: name, entity type, country, VAT number, billing addresses. */
export type OrganizationDetailsInput = {
  /** At least one; exactly one isDefault. */
  billingAddresses: Array<BillingAddressInput>;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Ignored by updateOrganization: the entity type is fixed at creation. */
  entityType: EntityType;
  name: string;
  /** EU VAT number, companies in the EU only; empty or null for none. */
  vatNumber?: string | null | undefined;
};

export type RecordCookieConsentInput = {
  /** One choice per optional category of that version. */
  choices: Array<CookieChoiceInput>;
  /** DIALOG, or GPC when the browser sent Global Privacy Control. */
  source: string;
  /** The cookie policy version the person answered (it must be the current one). */
  version: string;
};

export type RequestPasswordResetInput = {
  /** The address of the account. Whether it has one is never told. */
  email: string;
};

/** A way to complete two-step verification. */
export type SecondFactorMethod =
  | 'PASSKEY'
  | 'RECOVERY_CODE'
  | 'TOTP';

/** A new person and their first organization, in one step. */
export type SignUpInput = {
  /** Must be true. */
  acceptTerms: boolean;
  displayName: string;
  /** Stored trimmed and lower-cased. */
  email: string;
  /** The language the person reads the Manager and their emails in; when left out, the one their browser asks for (Accept-Language), else English. */
  language?: Language | null | undefined;
  organization: OrganizationDetailsInput;
  /** At least 12 characters, at most 1024; not a common or breached password, nor built from the email address or name. */
  password: string;
  /** Must equal termsOfUse.version. */
  termsVersion: string;
};

export type StartPasskeySignInInput = {
  /** Set when the passkey is the second factor after a password; absent for a passkey alone. */
  pendingToken?: string | null | undefined;
};

export type ThemePreference =
  | 'AUTO'
  | 'DARK'
  | 'LIGHT';

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { success: boolean } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { user: { id: string, displayName: string, email: string, themePreference: ThemePreference } | null, secondFactor: { pendingToken: string, methods: Array<SecondFactorMethod>, expiresAt: string } | null } };

export type CompleteSignInMutationVariables = Exact<{
  input: CompleteSignInInput;
}>;


export type CompleteSignInMutation = { completeSignIn: { recoveryCodesLeft: number | null, user: { id: string, displayName: string, email: string } } };

export type StartPasskeySignInMutationVariables = Exact<{
  input: StartPasskeySignInInput;
}>;


export type StartPasskeySignInMutation = { startPasskeySignIn: { optionsJson: string } };

export type FinishPasskeySignInMutationVariables = Exact<{
  input: FinishPasskeySignInInput;
}>;


export type FinishPasskeySignInMutation = { finishPasskeySignIn: { user: { id: string, displayName: string, email: string } } };

export type RecordCookieConsentMutationVariables = Exact<{
  input: RecordCookieConsentInput;
}>;


export type RecordCookieConsentMutation = { recordCookieConsent: { consent: { id: string } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, displayName: string, email: string }, organization: { id: string, name: string } } };

export type TermsVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type TermsVersionQuery = { termsOfUse: { version: string } };

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

export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    user {
      id
      displayName
      email
      themePreference
    }
    secondFactor {
      pendingToken
      methods
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CompleteSignInDocument = new TypedDocumentString(`
    mutation CompleteSignIn($input: CompleteSignInInput!) {
  completeSignIn(input: $input) {
    user {
      id
      displayName
      email
    }
    recoveryCodesLeft
  }
}
    `) as unknown as TypedDocumentString<CompleteSignInMutation, CompleteSignInMutationVariables>;
export const StartPasskeySignInDocument = new TypedDocumentString(`
    mutation StartPasskeySignIn($input: StartPasskeySignInInput!) {
  startPasskeySignIn(input: $input) {
    optionsJson
  }
}
    `) as unknown as TypedDocumentString<StartPasskeySignInMutation, StartPasskeySignInMutationVariables>;
export const FinishPasskeySignInDocument = new TypedDocumentString(`
    mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {
  finishPasskeySignIn(input: $input) {
    user {
      id
      displayName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<FinishPasskeySignInMutation, FinishPasskeySignInMutationVariables>;
export const RecordCookieConsentDocument = new TypedDocumentString(`
    mutation RecordCookieConsent($input: RecordCookieConsentInput!) {
  recordCookieConsent(input: $input) {
    consent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordCookieConsentMutation, RecordCookieConsentMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      displayName
      email
    }
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const TermsVersionDocument = new TypedDocumentString(`
    query TermsVersion {
  termsOfUse {
    version
  }
}
    `) as unknown as TypedDocumentString<TermsVersionQuery, TermsVersionQueryVariables>;