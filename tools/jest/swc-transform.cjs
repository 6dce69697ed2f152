/**
 * Jest transform for the API projects: SWC with legacy decorators and decorator metadata, which
 * TypeORM and TypeGraphQL read at run time (esbuild would drop it).
 */
module.exports = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
