import { type CommissionKind, type Currency, PRODUCT_CATEGORY_LABELS, type ProductCategory } from '@manager/domain';

/** An amount as stored in the facts: minor units and currency. */
export interface FactMoney {
  amountMinor: number;
  currency: Currency;
}

/**
 * What a wallet movement or an invoice line is for, as structured facts (stored as jsonb beside the
 * English text, `description_facts`): the sentence is written from them in the reader's language
 * (`describeLine`). `country` is the country of the organization that reads the row (the wallet's
 * owner, the invoice's customer), which chooses the regional format of dates and amounts.
 */
export type LineFacts =
  | { kind: 'TOP_UP' }
  | { kind: 'OPENING_BALANCE' }
  | {
      kind: 'ORDER';
      order: 'NEW_PRODUCT' | 'RENEWAL';
      product: string;
      category: ProductCategory;
      /** YYYY-MM-DD: the old renewal date of a renewal; null for a new product. */
      from: string | null;
      /** YYYY-MM-DD: the renewal date after the order. */
      until: string;
      /** The client, when the row belongs to the partner that pays for it. */
      client: string | null;
      /** On the invoice of a partner ordering at its reseller price: the public price it was reduced from. */
      publicPrice: FactMoney | null;
      country: string | null;
    }
  | { kind: 'COMMISSION'; commission: CommissionKind; rateBp: number; base: FactMoney; product: string; client: string; country: string | null };

const DAY = String.raw`(\d{4}-\d{2}-\d{2})`;
const CATEGORY_BY_LABEL = new Map(Object.entries(PRODUCT_CATEGORY_LABELS).map(([code, label]) => [label, code as ProductCategory]));
const CATEGORY = `(${[...CATEGORY_BY_LABEL.keys()].map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
const AMOUNT = String.raw`([A-Z]{3}) (-?[\d,]+\.\d{2})`;
const NEW_PRODUCT = new RegExp(String.raw`^(.+) \(${CATEGORY}\), new, until ${DAY}(.*)$`, 'su');
const RENEWAL = new RegExp(String.raw`^Renewal of (.+) \(${CATEGORY}\), ${DAY} → ${DAY}(.*)$`, 'su');
const TAIL = new RegExp(String.raw`^(?: for (.+?))?(?:, reseller price \(public ${AMOUNT}\))?$`, 'su');
const COMMISSION = new RegExp(String.raw`^(Cashback|Rebate|Reimbursement) (\d+(?:\.\d+)?) % of ${AMOUNT}: (.+) for (.+)$`, 'su');
const COMMISSION_KIND = { Cashback: 'CASHBACK', Rebate: 'REBATE', Reimbursement: 'REIMBURSEMENT' } as const;

const minor = (text: string) => Math.round(Number(text.replace(/,/g, '')) * 100);

/**
 * The facts of a description written in English before the facts were stored (the texts
 * place-order, top-up and commissions wrote, and the demo's opening balance), or null for a text
 * that is none of them (it is then shown as it is). `country` is the reader's, when known.
 *
 * @example legacyLineFacts('Payment to the wallet') // { kind: 'TOP_UP' }
 */
export function legacyLineFacts(text: string, country: string | null = null): LineFacts | null {
  if (text === 'Payment to the wallet') return { kind: 'TOP_UP' };
  if (text === 'Opening balance') return { kind: 'OPENING_BALANCE' };
  const commission = COMMISSION.exec(text);
  if (commission) {
    const [, kind, rate, currency, base, product, client] = commission;
    return { kind: 'COMMISSION', commission: COMMISSION_KIND[kind as keyof typeof COMMISSION_KIND], rateBp: Math.round(Number(rate) * 100), base: { amountMinor: minor(base), currency: currency as Currency }, product, client, country };
  }
  const renewal = RENEWAL.exec(text);
  const created = renewal ? null : NEW_PRODUCT.exec(text);
  const tail = TAIL.exec((renewal ? renewal[5] : created?.[4]) ?? '\u0000');
  if (!tail || (!renewal && !created)) return null;
  const [, client, currency, amount] = tail;
  const common = { kind: 'ORDER' as const, client: client ?? null, publicPrice: currency ? { amountMinor: minor(amount), currency: currency as Currency } : null, country };
  if (renewal) {
    const [, product, label, from, until] = renewal;
    return { ...common, order: 'RENEWAL', product, category: CATEGORY_BY_LABEL.get(label) as ProductCategory, from, until };
  }
  const [, product, label, until] = created as RegExpExecArray;
  return { ...common, order: 'NEW_PRODUCT', product, category: CATEGORY_BY_LABEL.get(label) as ProductCategory, from: null, until };
}
