import type { Language } from '@manager/domain';
import {
  badUserInput,
  type Connection,
  entityRows,
  inTransaction,
  keysetKey,
  keysetPage,
  type KeysetOrder,
  pageRequest,
  type RequestContext,
  requireActor,
} from '@manager/api-core';
import { cookiePolicyVersion, operatorConfig, operatorView } from '../operator/operator-config';
import { CookieConsent } from './cookie-consent.entity';
import type { RecordCookieConsentInput } from './cookie-consent.inputs';

/** How long a choice holds before the dialog asks again (the browser keeps it this long too). */
export const COOKIE_CONSENT_MONTHS = 6;

/** What the SPA needs to ask, the categories in `language`: served publicly (before sign-in too) by `GET /public/operator`. */
export function cookiePolicy(language: Language = 'en') {
  const config = operatorConfig();
  return { version: cookiePolicyVersion(config), validityMonths: COOKIE_CONSENT_MONTHS, optionalCategories: operatorView(language, config).cookies.optionalCategories };
}

/**
 * Records one decision of the signed-in person: the current version and one choice per optional
 * category, nothing else (no IP address, no device). A GPC decision grants nothing.
 */
export async function recordCookieConsent(ctx: RequestContext, input: RecordCookieConsentInput): Promise<CookieConsent> {
  const actor = requireActor(ctx);
  const policy = cookiePolicy();
  if (input.version !== policy.version) throw badUserInput('version', 'The cookie categories changed since the dialog opened: open it again.');
  const expected = policy.optionalCategories.map((category) => category.id).sort();
  const given = input.choices.map((choice) => choice.category).sort();
  if (JSON.stringify(expected) !== JSON.stringify(given)) throw badUserInput('choices', `Give one choice for each category: ${expected.join(', ') || 'none'}.`);
  if (input.source === 'GPC' && input.choices.some((choice) => choice.granted)) throw badUserInput('choices', 'Global Privacy Control is a refusal: it grants no category.');
  const choices = Object.fromEntries(input.choices.map((choice) => [choice.category, choice.granted]));
  return inTransaction(ctx, (txc) =>
    txc.tx.save(txc.tx.create(CookieConsent, { userId: actor.userId, version: policy.version, choices, source: input.source, decidedAt: new Date() })),
  );
}

const NEWEST_FIRST: KeysetOrder = { keys: [keysetKey.timestamp('c.decided_at'), keysetKey.uuid('c.id')], direction: 'DESC' };

/** The signed-in person's own decisions, newest first. */
export function myCookieConsentPage(ctx: RequestContext, first: number, after: string | null): Promise<Connection<CookieConsent>> {
  const actor = requireActor(ctx);
  const page = pageRequest(NEWEST_FIRST, first, after);
  const rows = entityRows(ctx.dataSource, CookieConsent, 'c');
  return keysetPage(
    ctx.dataSource,
    { name: 'compliance.my-cookie-consents', select: rows.columns, from: 'cookie_consent c', where: 'c.user_id = $1', params: [actor.userId], order: NEWEST_FIRST, map: rows.map },
    page,
  );
}
