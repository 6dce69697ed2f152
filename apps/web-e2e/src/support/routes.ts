import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Every page of the SPA, read at test time from the router's own route files (apps/web/src/app and
 * libs/web/<lib>/src), so a page added to a routes file is covered by the gates that walk this list
 * without editing them.
 *
 * How: starting from `appRoutes`, each route array literal is parsed with the TypeScript compiler;
 * `children: someRoutes` and `loadChildren: () => import('…').then((m) => m.someRoutes)` are
 * followed to the `export const someRoutes` that declares them (route array names are unique in the
 * code base), as is a route array handed to a `loadChildren` wrapper, and the paths are joined. A route under `canMatch: [authGuard]` is a signed-in page,
 * under `canMatch: [signedOutGuard]` a signed-out one; the others are public. Redirects are skipped.
 */
export type RouteAccess = 'public' | 'signedIn' | 'signedOut';

export interface AppRoute {
  /** The full pattern, e.g. `/org/:orgId/partners/:partnershipId` (`/**` for the not-found page). */
  readonly path: string;
  readonly access: RouteAccess;
}

const root = join(__dirname, '..', '..', '..', '..');
const sourceRoots = [join(root, 'apps', 'web', 'src'), join(root, 'libs', 'web')];

let declarations: Map<string, ts.ArrayLiteralExpression> | undefined;

/** `export const xRoutes: Route[] = [...]` of every non-spec source file, by name. */
function routeDeclarations(): Map<string, ts.ArrayLiteralExpression> {
  if (declarations) return declarations;
  declarations = new Map();
  for (const file of sourceRoots.flatMap((dir) => typeScriptFiles(dir))) {
    const text = readFileSync(file, 'utf8');
    if (!/Route\[\]|Routes\b/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer && ts.isArrayLiteralExpression(declaration.initializer)) {
          const type = declaration.type?.getText(source) ?? '';
          if (/Route\[\]|Routes/.test(type)) declarations.set(declaration.name.text, declaration.initializer);
        }
      }
    }
  }
  return declarations;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function property(route: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const element of route.properties) {
    if (ts.isPropertyAssignment(element) && element.name.getText() === name) return element.initializer;
  }
  return undefined;
}

/**
 * The route array a `loadChildren` resolves to: the name read in `.then((m) => m.name)`, or the
 * array handed to a wrapper (`withApolloNow(billingRoutes)`, routes imported with the shell).
 */
function lazyChildrenName(expression: ts.Expression): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && /Routes$/.test(node.name.text)) found = node.name.text;
    else if (ts.isIdentifier(node) && /Routes$/.test(node.text)) found = node.text;
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

function routesOf(name: string): ts.ArrayLiteralExpression {
  const array = routeDeclarations().get(name);
  if (!array) throw new Error(`routes "${name}" are referenced but declared nowhere under ${sourceRoots.map((d) => relative(root, d)).join(', ')}`);
  return array;
}

function walk(array: ts.ArrayLiteralExpression, prefix: string, access: RouteAccess, out: AppRoute[]): void {
  for (const element of array.elements) {
    if (!ts.isObjectLiteralExpression(element)) continue;
    if (property(element, 'redirectTo')) continue;
    const pathNode = property(element, 'path');
    const segment = pathNode && ts.isStringLiteralLike(pathNode) ? pathNode.text : '';
    const path = segment ? `${prefix.replace(/\/$/, '')}/${segment}` : prefix;
    const guards = property(element, 'canMatch')?.getText() ?? '';
    const here: RouteAccess = /signedOutGuard/.test(guards) ? 'signedOut' : /authGuard/.test(guards) ? 'signedIn' : access;

    const children = property(element, 'children');
    const lazy = property(element, 'loadChildren');
    if (children && ts.isArrayLiteralExpression(children)) walk(children, path, here, out);
    else if (children && ts.isIdentifier(children)) walk(routesOf(children.text), path, here, out);
    else if (lazy) {
      const name = lazyChildrenName(lazy);
      if (!name) throw new Error(`cannot read which routes ${lazy.getText()} loads`);
      walk(routesOf(name), path, here, out);
    } else if (property(element, 'component') || property(element, 'loadComponent')) {
      out.push({ path: path || '/', access: here });
    }
  }
}

/** Every page, in the router's order, once per full path. */
export function appRoutes(): AppRoute[] {
  const out: AppRoute[] = [];
  walk(routesOf('appRoutes'), '/', 'public', out);
  const seen = new Set<string>();
  return out.filter((route) => {
    const key = `${route.access} ${route.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
