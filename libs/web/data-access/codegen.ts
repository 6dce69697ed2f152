import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA, generated offline from the contract file the API emits
 * (apps/api/schema.graphql) — never from a running server. Run from the workspace root:
 * `npx nx run web-data-access:codegen`. The output is committed; `codegen-check` fails on drift.
 *
 * Two outputs: every document as a parsed AST for Apollo (`generated/`), and the few documents
 * the signed-out pages send with a plain `fetch` as strings (`generated/fetch/`), so those pages
 * need neither the AST of every other document nor a printer. A page that moves to `postGraphql`
 * adds its .graphql file to FETCH_DOCUMENTS.
 */
const FETCH_DOCUMENTS = [
  'libs/web/auth/src/lib/login/login.graphql',
  'libs/web/auth/src/lib/forgot-password/forgot-password.graphql',
  'libs/web/organizations/src/lib/signup/signup.graphql',
  // The cookie dialog opens on signed-out pages too.
  'libs/web/compliance/src/lib/consent/cookie-consent.graphql',
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
  },
};

export default config;
