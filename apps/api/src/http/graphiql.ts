import { randomBytes } from 'node:crypto';
import type { Request, Response, NextFunction, RequestHandler } from 'express';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';

/** Where GraphiQL's own files (from the installed `ruru` package) are served: never a CDN. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets/';

export const EXAMPLE_OPERATIONS = `# Welcome to the Manager's GraphQL playground.
#
# Sign in first (the session cookie is then sent with every request), then run the others.
# Or paste an API token in the "API token" field at the bottom right: it is then sent as
# "Authorization: Bearer …" instead of the cookie, exactly as a partner's script sends it.
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

# --- Partners' scripts, with an API token -------------------------------------------------

# Which token is this, whose, and what may it do?
query CurrentToken {
  currentApiToken { name kind ownerOrganizationId scopes { resource level } clientSelection expiresAt }
}

# The clients a partner manages (the token's owner), 20 at a time: pass pageInfo.endCursor as
# $after for the next page. Products are exactly what each partnership grants; invoices only
# where the partner pays (they are the partner's own) and the token holds INVOICES.
query PartnerClients($partnerOrganizationId: ID!, $after: String) {
  managedClients(partnerOrganizationId: $partnerOrganizationId, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        access
        billingOwner
        organization { id name }
        products(first: 10) { totalCount edges { node { name category renewalDate } } }
        invoices(first: 3) { number issuedAt total { amountMinor currency } pdfUrl }
      }
    }
  }
}

mutation SignOut {
  logout { success }
}
`;

/**
 * The playground's "API token" field: a token typed there (kept in this tab's sessionStorage
 * only) is sent as `Authorization: Bearer …` on /graphql, without the session cookie (the
 * API refuses both at once). A small fetch wrapper installed before GraphiQL starts.
 */
const TOKEN_FIELD_SCRIPT = `<script>
(function () {
  var KEY = 'manager.playground.apiToken';
  var send = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var token = sessionStorage.getItem(KEY);
    var url = new URL(typeof input === 'string' ? input : (input && input.url) || '', location.href);
    if (!token || url.origin !== location.origin || url.pathname !== '/graphql') return send(input, init);
    var options = Object.assign({}, init);
    var headers = new Headers(options.headers || {});
    headers.set('Authorization', 'Bearer ' + token);
    options.headers = headers;
    options.credentials = 'omit';
    return send(input, options);
  };
  document.addEventListener('DOMContentLoaded', function () {
    var field = document.getElementById('mgr-api-token');
    var clear = document.getElementById('mgr-api-token-clear');
    document.getElementById('mgr-api-token-bar').addEventListener('submit', function (event) { event.preventDefault(); });
    field.value = sessionStorage.getItem(KEY) || '';
    field.addEventListener('input', function () {
      var value = field.value.trim();
      if (value) sessionStorage.setItem(KEY, value); else sessionStorage.removeItem(KEY);
    });
    clear.addEventListener('click', function () { field.value = ''; sessionStorage.removeItem(KEY); });
  });
})();
</script>`;

const TOKEN_FIELD = `<form id="mgr-api-token-bar" style="position: fixed; right: 12px; bottom: 12px; z-index: 10;
  display: flex; gap: 6px; align-items: center; padding: 6px 10px; border-radius: 8px; font: 13px system-ui, sans-serif;
  background: rgba(127, 127, 127, 0.15); backdrop-filter: blur(4px)">
  <label for="mgr-api-token">API token</label>
  <input id="mgr-api-token" type="password" autocomplete="off" spellcheck="false" size="28"
    placeholder="mgro_… or mgrp_… (empty: the session cookie)" aria-describedby="mgr-api-token-help">
  <button id="mgr-api-token-clear" type="button">Clear</button>
  <span id="mgr-api-token-help" hidden>Sent as Authorization: Bearer on every request of this tab, instead of the session cookie.</span>
</form>`;

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
      htmlParts: {
        headerScripts: (original: string) => `${TOKEN_FIELD_SCRIPT}\n${original}`,
        bodyContent: (original: string) => `${TOKEN_FIELD}\n${original}`,
      },
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
