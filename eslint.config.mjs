import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/generated/**', '**/test-output/**', '.data/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // API code never reaches into the SPA and vice versa; both share only `domain`.
          // Layers point downwards: app → feature → data-access → util (ui sits beside data-access).
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // The API's contexts, each through its public index.ts only (deep imports are refused
            // by this rule too). Each may use only the contexts below it, so a context can never
            // reach into one that builds on it; who may write which table is checked by
            // apps/api/test/table-ownership.spec.ts.
            { sourceTag: 'context:core', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'context:identity', onlyDependOnLibsWithTags: ['scope:shared', 'context:core'] },
            { sourceTag: 'context:organizations', onlyDependOnLibsWithTags: ['scope:shared', 'context:core', 'context:identity'] },
            { sourceTag: 'context:catalog', onlyDependOnLibsWithTags: ['scope:shared', 'context:core', 'context:organizations'] },
            // Compliance reads which products an organization holds (the data processing agreement lists their data).
            { sourceTag: 'context:compliance', onlyDependOnLibsWithTags: ['scope:shared', 'context:core', 'context:organizations', 'context:catalog'] },
            {
              sourceTag: 'context:partners',
              onlyDependOnLibsWithTags: ['scope:shared', 'context:core', 'context:identity', 'context:organizations', 'context:catalog', 'context:compliance'],
            },
            {
              sourceTag: 'context:billing',
              onlyDependOnLibsWithTags: ['scope:shared', 'context:core', 'context:identity', 'context:organizations', 'context:catalog', 'context:partners'],
            },
            {
              // API tokens: above partners (a token reaches the owner's clients through live
              // partnerships); nothing depends on it but the app, which reads the bearer header.
              sourceTag: 'context:tokens',
              onlyDependOnLibsWithTags: ['scope:shared', 'context:core', 'context:identity', 'context:organizations', 'context:partners'],
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '**/*.ts',
      '**/*.tsx',
      '**/*.cts',
      '**/*.mts',
      '**/*.js',
      '**/*.jsx',
      '**/*.cjs',
      '**/*.mjs',
    ],
    rules: {
      // A leading underscore marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read GraphQL JSON whose shape each assertion spells out.
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
