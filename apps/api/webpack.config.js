const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

/**
 * Writes every character above U+007F of the bundle as a \uXXXX escape. V8 keeps each script's
 * source in memory (functions compile lazily from it), and one character outside Latin-1 (a `’`
 * of a French message, a `→` in a comment) makes the whole 1.7 MB bundle a two-byte string:
 * ASCII halves it (issue 12: the API's RSS). Escapes mean the same in strings, untagged
 * templates, regular expressions, identifiers and comments; the bundle has no tagged template
 * that reads `.raw`. ReplaceSource keeps the source map's mappings.
 */
class AsciiOnlyBundlePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('AsciiOnlyBundlePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AsciiOnlyBundlePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, (assets) => {
        for (const name of Object.keys(assets).filter((file) => file.endsWith('.js'))) {
          const original = assets[name];
          const text = original.source().toString();
          const escaped = new sources.ReplaceSource(original);
          let changed = false;
          for (let at = 0; at < text.length; at++) {
            const code = text.charCodeAt(at);
            if (code > 0x7f) {
              // UTF-16 code units: an astral character becomes its surrogate pair, \uD83D\uDE00.
              escaped.replace(at, at, `\\u${code.toString(16).padStart(4, '0')}`);
              changed = true;
            }
          }
          if (changed) compilation.updateAsset(name, escaped);
        }
      });
    });
  }
}

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      // The data processing agreement's embedded fonts (see libs/api/compliance/src/lib/certificate/dpa-pdf.ts).
      assets: [{ input: 'libs/api/compliance/assets/fonts', glob: '*', output: 'assets/fonts' }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
    new AsciiOnlyBundlePlugin(),
  ],
};
