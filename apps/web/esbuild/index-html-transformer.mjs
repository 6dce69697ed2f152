/**
 * The last step of web:build's index.html: the comments go. index.html is the first response of
 * every screen, the login screen's among them, and its comments (and those of the inline browser
 * check) are for whoever edits it, not for the browser: about 0.4 kB brotli of the login screen.
 *
 * The inline scripts are printed again by TypeScript without their comments: the same statements,
 * nothing rewritten (ES5 stays ES5, for the browsers the check is there for). The API allows them
 * by the SHA-256 of the built file's bytes (apps/api/src/http/inline-scripts.ts), so the
 * Content-Security-Policy follows by itself.
 */
import ts from 'typescript';

const withoutComments = (code) =>
  ts
    .transpileModule(code, {
      compilerOptions: { removeComments: true, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, alwaysStrict: false },
    })
    .outputText.trim();

export default async function transformIndexHtml(html) {
  return html
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/<script>([\s\S]*?)<\/script>/g, (_, code) => `<script>${withoutComments(code)}</script>`);
}
