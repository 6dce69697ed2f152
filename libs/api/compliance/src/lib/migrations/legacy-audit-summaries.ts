import {
  COUNTRIES,
  Currency,
  MEMBERSHIP_ROLE_LABELS,
  PRODUCT_CATEGORY_LABELS,
  type AuditScope,
  type MembershipRole,
  type OrderLine,
  type OrderPayment,
  type ProductCategory,
  type ScopeChange,
} from '@manager/domain';

/*
 * Reads the English sentences the API stored in `audit_event.summary` before events were
 * structured back into the data of each action. Frozen with the migration that uses it: it knows
 * the sentences as the code wrote them up to then, not as the renderer words them today.
 *
 * A sentence can often be read more than one way (a name may contain " to " or ": "); each
 * pattern returns what it reads, and the migration keeps a reading only when the renderer words
 * it back into exactly the stored sentence, so the trail reads the same whichever it keeps.
 *
 * Partnership events of both sides were written in pairs (one row per trail, same partnership,
 * action and instant), each sentence naming only the other side: a reading here leaves out the
 * name its sentence does not carry, and the migration completes it from the twin row.
 */

/** What one pattern read: the action's data, or part of it for a partnership pair. */
export type Reading = Record<string, unknown>;
type Pattern = [RegExp, (m: RegExpExecArray) => Reading | null];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (labels: Iterable<string>) => [...labels].map(escape).join('|');
const reverse = <K extends string>(labels: Record<K, string>) => new Map(Object.entries(labels).map(([key, label]) => [label as string, key as K]));

const ROLE_BY_LABEL = reverse<MembershipRole>(MEMBERSHIP_ROLE_LABELS);
const CATEGORY_BY_LABEL = reverse<ProductCategory>(PRODUCT_CATEGORY_LABELS);
const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c.code]));
const COMMISSION_BY_LABEL = new Map([['Cashback', 'CASHBACK'], ['Rebate', 'REBATE'], ['Reimbursement', 'REIMBURSEMENT']] as const);

const ROLE = `(${alternation(ROLE_BY_LABEL.keys())})`;
const CATEGORY = `(${alternation(CATEGORY_BY_LABEL.keys())})`;
const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const MONEY = `((?:${alternation(Object.values(Currency))}) -?[\\d,]+\\.\\d{2})`;
const SCOPE = '(limited access to \\d+ products?|complete access \\(the (?:partner|client) pays\\))';
const ACCESS = '(limited|complete)';

const role = (label: string) => ROLE_BY_LABEL.get(label) as MembershipRole;
const access = (word: string) => (word === 'limited' ? 'LIMITED' : 'COMPLETE');
const country = (name: string) => COUNTRY_BY_NAME.get(name) ?? (/^[A-Z]{2}$/.test(name) ? name : null);

function money(text: string) {
  const [, currency, sign, units, cents] = /^(\w+) (-?)([\d,]+)\.(\d{2})$/.exec(text) as RegExpExecArray;
  const amountMinor = Number(units.replace(/,/g, '')) * 100 + Number(cents);
  return { amountMinor: sign ? -amountMinor : amountMinor, currency };
}

function scope(text: string): AuditScope {
  const limited = /^limited access to (\d+) products?$/.exec(text);
  if (limited) return { access: 'LIMITED', productCount: Number(limited[1]) };
  return { access: 'COMPLETE', billingOwner: text.includes('the partner pays') ? 'PARTNER' : 'CLIENT' };
}

const re = (source: string) => new RegExp(`^${source}$`, 's');

// --- organizations ------------------------------------------------------------------------------

function organizationUpdated(sentence: string): Reading | null {
  const data: Reading = {};
  for (const part of (sentence.charAt(0).toLowerCase() + sentence.slice(1)).split('; ')) {
    let m: RegExpExecArray | null;
    if ((m = re('changed the name from "(.*)" to "(.*)"').exec(part))) data['name'] = { from: m[1], to: m[2] };
    else if ((m = re('changed the country from (.+) to (.+)').exec(part))) data['country'] = { from: country(m[1]), to: country(m[2]) };
    else if ((m = re('removed the VAT number (\\S+)').exec(part))) data['vatNumber'] = { from: m[1], to: null };
    else if ((m = re('set the VAT number to (\\S+)').exec(part))) data['vatNumber'] = { from: null, to: m[1] };
    else if ((m = re('changed the VAT number from (\\S+) to (\\S+)').exec(part))) data['vatNumber'] = { from: m[1], to: m[2] };
    else return null;
  }
  return data;
}

// --- partners -----------------------------------------------------------------------------------

const client = (rest: Reading): Reading => ({ trail: 'CLIENT', ...rest });
const partner = (rest: Reading): Reading => ({ trail: 'PARTNER', ...rest });

function scopeChange(what: string): ScopeChange | null {
  let m: RegExpExecArray | null;
  if ((m = re(`changed the access from ${SCOPE} to ${SCOPE}`).exec(what))) return { kind: 'ACCESS', from: scope(m[1]), to: scope(m[2]) };
  if ((m = re('changed who pays: the (partner|client) pays from now on').exec(what))) return { kind: 'BILLING_OWNER', billingOwner: m[1] === 'partner' ? 'PARTNER' : 'CLIENT' };
  if ((m = re('changed the products in scope \\((\\d+) added, (\\d+) removed; (\\d+) in all\\)').exec(what))) {
    return { kind: 'PRODUCTS', added: Number(m[1]), removed: Number(m[2]), total: Number(m[3]) };
  }
  return what === 'confirmed the access unchanged' ? { kind: 'UNCHANGED' } : null;
}

/** "X pays for Y's orders…" / "X pays for its own orders…", with the names it gives. */
function whoPays(headline: string): Reading | null {
  let m: RegExpExecArray | null;
  if ((m = re("(.+) pays for (.+)'s orders and renewals from now on").exec(headline))) return { billingOwner: 'PARTNER', partnerName: m[1], clientName: m[2] };
  if ((m = re('(.+) pays for its own orders and renewals from now on').exec(headline))) return { billingOwner: 'CLIENT', clientName: m[1] };
  return null;
}

const ASKED = '(?: \\(it asked for (limited access|complete access \\(the (?:partner|client) pays\\))\\))?';
const askedFor = (text: string | undefined) => (!text ? null : text === 'limited access' ? { access: 'LIMITED' } : scope(text));

/** The client's changes to a live partnership, as each side's trail words them. */
function clientChange(what: string, read: (what: string) => Reading | null): Pattern[] {
  return [
    [re(`For (.+): (${what})`), (m) => { const r = read(m[2]); return r && client({ partnerName: m[1], ...r }); }],
    [re(`(.+) (${what})`), (m) => { const r = read(m[2]); return r && partner({ clientName: m[1], ...r }); }],
  ];
}

// --- billing ------------------------------------------------------------------------------------

const NEW_LINE = `(.+) \\(${CATEGORY}\\), new, until ${DATE}`;
const RENEWAL_LINE = `Renewal of (.+) \\(${CATEGORY}\\), ${DATE} → ${DATE}`;
const newLine = (m: RegExpExecArray, at: number): OrderLine => ({ kind: 'NEW_PRODUCT', productName: m[at], category: CATEGORY_BY_LABEL.get(m[at + 1]) as ProductCategory, until: m[at + 2] });
const renewalLine = (m: RegExpExecArray, at: number): OrderLine => ({
  kind: 'RENEWAL',
  productName: m[at],
  category: CATEGORY_BY_LABEL.get(m[at + 1]) as ProductCategory,
  from: m[at + 2],
  until: m[at + 3],
});
const PAYMENT = `(?:: paid by (.+)|(: invoiced to the organization)|: paid ${MONEY}, invoice (\\S+))`;
function payment(m: RegExpExecArray, at: number): OrderPayment {
  if (m[at] !== undefined) return { kind: 'PAID_BY', payerName: m[at] };
  if (m[at + 1] !== undefined) return { kind: 'INVOICED' };
  return { kind: 'PAID', amount: money(m[at + 2]) as { amountMinor: number; currency: Currency }, invoiceNumber: m[at + 3] };
}

// --- the table ----------------------------------------------------------------------------------

const PATTERNS: Record<string, Pattern[]> = {
  'organization.created': [
    [
      re('Created the organization "(.*)" \\((company|individual) in (.+?)(?:, VAT number (\\S+))?\\)'),
      (m) => ({ name: m[1], entityType: m[2] === 'company' ? 'COMPANY' : 'INDIVIDUAL', country: country(m[3]), vatNumber: m[4] ?? null }),
    ],
  ],
  'organization.updated': [[re('(.*)'), (m) => organizationUpdated(m[1])]],
  'organization.vat_verified': [
    [re('VIES confirmed the VAT number (\\S+)(?:, registered to "(.*)")?'), (m) => ({ vatNumber: m[1], status: 'VALID', registeredName: m[2] ?? null })],
    [re('VIES does not know the VAT number (\\S+) as registered for intra-Community trade'), (m) => ({ vatNumber: m[1], status: 'INVALID', registeredName: null })],
    [
      re('VIES could not check the VAT number (\\S+) \\(service unavailable\\); it will be checked again on the next save'),
      (m) => ({ vatNumber: m[1], status: 'UNAVAILABLE', registeredName: null }),
    ],
  ],
  'billing_address.added': [[re('Added the billing address "(.*)"( \\(default\\))?'), (m) => ({ address: m[1], isDefault: m[2] !== undefined })]],
  'billing_address.updated': [
    [re('Changed the billing address "(.*)" to "(.*)"(, now the default)?'), (m) => ({ kind: 'EDITED', from: m[1], to: m[2], nowDefault: m[3] !== undefined })],
    [re('Made "(.*)" the default billing address'), (m) => ({ kind: 'MADE_DEFAULT', address: m[1] })],
  ],
  'billing_address.removed': [[re('Removed the billing address "(.*)"'), (m) => ({ address: m[1] })]],
  'terms.accepted': [[re('Accepted the general terms of use, version (.+)'), (m) => ({ version: m[1] })]],

  'member.role_changed': [[re(`Changed (.+)'s role from ${ROLE} to ${ROLE}`), (m) => ({ memberName: m[1], role: { from: role(m[2]), to: role(m[3]) } })]],
  'member.removed': [[re(`Removed (.+) \\(${ROLE}\\)`), (m) => ({ memberName: m[1], role: role(m[2]) })]],
  'member.left': [[re('(.+) left the organization'), (m) => ({ memberName: m[1] })]],
  'member.legal_responsibility_transferred': [
    [re('Handed the legal responsibility from (.+) to (.+); \\1 is now Administrator'), (m) => ({ fromName: m[1], toName: m[2] })],
  ],
  'member.products_granted': [[re('Set the products (.+) \\(External\\) sees: (\\d+) products?'), (m) => ({ memberName: m[1], productCount: Number(m[2]) })]],
  'member.invited': [
    [re(`Invited (\\S+) as ${ROLE}(?: with access to (\\d+) products?)?`), (m) => ({ email: m[1], role: role(m[2]), productCount: Number(m[3] ?? 0) })],
  ],
  'member.invitation_cancelled': [[re(`Cancelled the invitation of (\\S+) as ${ROLE}`), (m) => ({ email: m[1], role: role(m[2]) })]],
  'member.invitation_resent': [[re('Sent the invitation of (\\S+) again, with a new link'), (m) => ({ email: m[1] })]],
  'member.joined': [
    [re(`(.+) joined as ${ROLE}(?: \\(invited by (.+)\\))?`), (m) => ({ memberName: m[1], role: role(m[2]), invitedByName: m[3] ?? null })],
  ],

  'partnership.request_sent': [[re(`Asked (\\S+) for ${ACCESS} access`), (m) => ({ email: m[1], access: access(m[2]) })]],
  'partnership.requested': [[re(`(.+) asked for ${ACCESS} access to the organization`), (m) => client({ partnerName: m[1], access: access(m[2]) })]],
  'partnership.invited': [
    [re(`Invited (.+) to manage the organization with ${SCOPE}(?: until ${DATE})?`), (m) => client({ partnerName: m[1], scope: scope(m[2]), endsAt: m[3] ?? null })],
    [re(`(.+) invited the organization to manage it with ${SCOPE}(?: until ${DATE})?`), (m) => partner({ clientName: m[1], scope: scope(m[2]), endsAt: m[3] ?? null })],
  ],
  'partnership.invitation_resent': [[re('Sent the invitation of (.+) again, with a new link'), (m) => client({ partnerName: m[1] })]],
  'partnership.invitation_cancelled': [
    [re('Deleted the invitation of (.+)'), (m) => client({ by: 'CLIENT', partnerName: m[1] })],
    [re('(.+) deleted its invitation'), (m) => partner({ by: 'CLIENT', clientName: m[1] })],
    [re('(.+) withdrew its request for access'), (m) => client({ by: 'PARTNER', partnerName: m[1] })],
    [re('Withdrew the request for access to (.+)'), (m) => partner({ by: 'PARTNER', clientName: m[1] })],
  ],
  'partnership.accepted': [
    [re(`The partner accepted the invitation: (.+) now has ${SCOPE}`), (m) => client({ by: 'PARTNER', partnerName: m[1], scope: scope(m[2]), askedFor: null })],
    [re(`Accepted the invitation: (.+) now has ${SCOPE} to (.+)`), (m) => partner({ by: 'PARTNER', partnerName: m[1], scope: scope(m[2]), clientName: m[3], askedFor: null })],
    [
      re(`Accepted the partner's request${ASKED}: (.+) now has ${SCOPE}`),
      (m) => client({ by: 'CLIENT', askedFor: askedFor(m[1]), partnerName: m[2], scope: scope(m[3]) }),
    ],
    [
      re(`The client accepted the request${ASKED}: (.+) now has ${SCOPE} to (.+)`),
      (m) => partner({ by: 'CLIENT', askedFor: askedFor(m[1]), partnerName: m[2], scope: scope(m[3]), clientName: m[4] }),
    ],
  ],
  'partnership.refused': [
    [re('Refused the request of (.+)'), (m) => client({ by: 'CLIENT', partnerName: m[1] })],
    [re('(.+) refused the request for access'), (m) => partner({ by: 'CLIENT', clientName: m[1] })],
    [re('(.+) refused the invitation'), (m) => client({ by: 'PARTNER', partnerName: m[1] })],
    [re('Refused the invitation of (.+)'), (m) => partner({ by: 'PARTNER', clientName: m[1] })],
  ],
  'partnership.external_member_folded': [
    [
      re("(.+)'s external membership ended: the partnership with (.+) covers it now \\((?:complete access covers every product|(\\d+) granted products? kept in its scope \\((\\d+) added\\))\\)"),
      (m) =>
        client({
          memberName: m[1],
          partnerName: m[2],
          coverage: m[3] === undefined ? { access: 'COMPLETE' } : { access: 'LIMITED', grantedCount: Number(m[3]), addedCount: Number(m[4]) },
        }),
    ],
  ],
  'partnership.scope_changed': clientChange(
    'changed the access from .+|changed who pays: the (?:partner|client) pays from now on|changed the products in scope .+|confirmed the access unchanged',
    (what) => {
      const change = scopeChange(what);
      return change && { change };
    },
  ),
  'partnership.end_date_changed': clientChange(`set the end of the partnership to ${DATE}|removed the end date of the partnership`, (what) => ({
    endsAt: /\d{4}-\d{2}-\d{2}$/.exec(what)?.[0] ?? null,
  })),
  'partnership.billing_owner_changed': clientChange('changed who pays: .+', (what) => whoPays(what.slice('changed who pays: '.length))),
  // Either side ends it, and the sentences of the two cases mirror each other: each reading is
  // tried, and the trail the row is in (see the migration) tells them apart.
  'partnership.terminated': [
    [re('Ended the partnership with (.+)'), (m) => client({ by: 'CLIENT', partnerName: m[1] })],
    [re('Ended the partnership with (.+)'), (m) => partner({ by: 'PARTNER', clientName: m[1] })],
    [re('(.+) ended the partnership'), (m) => partner({ by: 'CLIENT', clientName: m[1] })],
    [re('(.+) ended the partnership'), (m) => client({ by: 'PARTNER', partnerName: m[1] })],
  ],

  'order.new_product': [[re(`${NEW_LINE}${PAYMENT}`), (m) => ({ line: newLine(m, 1), payment: payment(m, 4) })]],
  'order.renewal': [[re(`${RENEWAL_LINE}${PAYMENT}`), (m) => ({ line: renewalLine(m, 1), payment: payment(m, 5) })]],
  'order.paid': [
    [re(`Paid ${MONEY} for (.+): ${NEW_LINE}, invoice (\\S+)`), (m) => ({ amount: money(m[1]), clientName: m[2], line: newLine(m, 3), invoiceNumber: m[6] })],
    [re(`Paid ${MONEY} for (.+): ${RENEWAL_LINE}, invoice (\\S+)`), (m) => ({ amount: money(m[1]), clientName: m[2], line: renewalLine(m, 3), invoiceNumber: m[7] })],
  ],
  'commission.credited': [
    [
      re(`(${alternation(COMMISSION_BY_LABEL.keys())}) of ${MONEY} on (.+) for (.+)`),
      (m) => ({ kind: COMMISSION_BY_LABEL.get(m[1] as 'Cashback'), amount: money(m[2]), productName: m[3], clientName: m[4] }),
    ],
  ],
  'wallet.topped_up': [[re(`Wallet top-up of ${MONEY} \\(balance ${MONEY}\\)`), (m) => ({ amount: money(m[1]), balance: money(m[2]) })]],
};

/** Every way the stored sentence of `action` can be read (none: it cannot). */
export function readLegacySummary(action: string, summary: string): Reading[] {
  const readings: Reading[] = [];
  for (const [pattern, read] of PATTERNS[action] ?? []) {
    const match = pattern.exec(summary);
    const reading = match && read(match);
    if (reading) readings.push(reading);
  }
  return readings;
}
