import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA, generated offline from the contract file the API emits
 * (apps/api/schema.graphql) — never from a running server. Run from the workspace root:
 * `npx nx run web-data-access:codegen`. The output is committed; `codegen-check` fails on drift.
 *
 * Three outputs: every document as a parsed AST for Apollo (`generated/`), and, as strings, the
 * documents sent without Apollo, so those pages need neither the AST of every other document nor
 * a printer: the few of the signed-out pages (`generated/fetch/`, sent with `postGraphql`) and
 * those of the signed-in shell and the dashboard (`generated/light/`, sent with `GraphqlClient`).
 * Two string outputs, not one: each page's chunk holds every document of the file it imports.
 * A page that moves off Apollo adds its .graphql file to FETCH_DOCUMENTS or LIGHT_DOCUMENTS.
 */
const FETCH_DOCUMENTS = [
  'libs/web/auth/src/lib/login/login.graphql',
  'libs/web/auth/src/lib/forgot-password/forgot-password.graphql',
  'libs/web/organizations/src/lib/signup/signup.graphql',
  // The cookie dialog opens on signed-out pages too.
  'libs/web/compliance/src/lib/consent/cookie-consent.graphql',
];

/** The signed-in shell (account, switcher, partner access) and the dashboard: no Apollo. */
const LIGHT_DOCUMENTS = [
  'libs/web/data-access/src/lib/session/session.graphql',
  'libs/web/partners/src/lib/shell/acting.graphql',
  'libs/web/billing/src/lib/ordering/ordering-context.graphql',
  'libs/web/dashboard/src/lib/organization-dashboard/organization-dashboard.graphql',
];

const typesConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { LocalDate: 'string', DateTimeISO: 'string' },
};

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  ignoreNoDocuments: false,
  // Documents per output: codegen adds an output's documents to the top-level ones.
  generates: {
    'libs/web/data-access/src/lib/generated/': {
      documents: ['libs/web/**/src/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: typesConfig,
    },
    'libs/web/data-access/src/lib/generated/fetch/': {
      documents: FETCH_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { ...typesConfig, documentMode: 'string' },
    },
    'libs/web/data-access/src/lib/generated/light/': {
      documents: LIGHT_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { ...typesConfig, documentMode: 'string' },
    },
  },
};

export default config;
