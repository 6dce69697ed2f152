import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA, generated offline from the contract file the API emits
 * (apps/api/schema.graphql) — never from a running server. Run from the workspace root:
 * `npx nx run web-data-access:codegen`. The output is committed; `codegen-check` fails on drift.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/**/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/lib/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { LocalDate: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
