import { randomBytes } from 'node:crypto';
import type { Request, Response, NextFunction, RequestHandler } from 'express';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';

/** Where GraphiQL's own files (from the installed `ruru` package) are served: never a CDN. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets/';

const EXAMPLE_OPERATIONS = `# Welcome to the Manager's GraphQL playground.
#
# Sign in first (the session cookie is then sent with every request), then run the others.
# Press the play button and pick an operation.

mutation SignIn {
  login(input: { email: "alice@muller-chocolat.ch", password: "demo-password" }) {
    user { displayName email }
  }
}

query MyOrganizations {
  me {
    displayName
    themePreference
    memberships {
      role
      organization { id name country entityType }
    }
  }
}

query OrganizationProducts($id: ID!) {
  organization(id: $id) {
    name
    viewerRole
    products(first: 10) {
      totalCount
      edges { node { name category renewalDate publicPrice { amountMinor currency } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}

mutation SignOut {
  logout { success }
}
`;

/** True for a browser navigating to /graphql (as opposed to a GraphQL client posting to it). */
export function wantsGraphiql(req: Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query['query'];
}

/**
 * GraphiQL (the Ruru distribution) on GET /graphql. The page has inline bootstrap scripts, so it
 * gets its own Content-Security-Policy allowing exactly those through a per-request nonce.
 */
export function graphiqlPage(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!wantsGraphiql(req)) return next();
    const nonce = randomBytes(16).toString('base64');
    const html = ruruHTML({
      staticPath: GRAPHIQL_ASSETS_PATH,
      endpoint: '/graphql',
      // ruru's typings mark every client option as required; only the example operations are set.
      clientConfig: { defaultQuery: EXAMPLE_OPERATIONS } as Parameters<typeof ruruHTML>[0]['clientConfig'],
    }).replace(/<script(?=[\s>])/g, `<script nonce="${nonce}"`);
    res.setHeader(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ].join('; '),
    );
    res.type('html').send(html);
  };
}

export const graphiqlAssets: RequestHandler = serveStatic(GRAPHIQL_ASSETS_PATH) as unknown as RequestHandler;
