import { type BillingOwner, type Currency, type Language, regionalLocale } from '@manager/domain';
import { billingOwnerMessages as m } from './billing-owner.catalog';

/** What the sentences about a partnership's billing need to know. */
export interface BillingFacts {
  clientName: string;
  clientCurrency: Currency;
  partnerName: string;
  partnerCurrency: Currency;
  /** Basis points: 1500 = 15 %. */
  resellerDiscountBp: number;
  commissionBp: number;
}

/** 1500 → "15 %" (en), "12,5 %" (fr-CH): the number by Intl, with the space before the sign every text of the Manager uses (SPA's formatPercent). */
export function percent(language: Language, bp: number): string {
  return `${new Intl.NumberFormat(regionalLocale(language), { maximumFractionDigits: 2 }).format(bp / 100)} %`;
}

/** A calendar day (YYYY-MM-DD) as the reader's language writes it. */
function calendarDay(language: Language, day: string): string {
  return new Intl.DateTimeFormat(regionalLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * What a change of billing owner to `to` changes, in `language`: who pays, where invoices live,
 * which prices and commissions apply (the money rules of the contract). The preview and the
 * partner's email both print these, so they never disagree.
 */
export function billingOwnerChangeSentences(language: Language, facts: BillingFacts, to: BillingOwner): string[] {
  const names = { client: facts.clientName, partner: facts.partnerName };
  if (to === 'PARTNER') {
    const discount = { ...names, rate: percent(language, facts.resellerDiscountBp) };
    return [
      m.t(language, 'billingToPartner1', names),
      m.t(language, 'billingToPartner2', names),
      m.t(language, 'billingAlready'),
      m.t(language, 'billingToPartner3', discount),
      m.t(language, 'billingToPartner4', discount),
      m.t(language, 'billingToPartner5', { partner: facts.partnerName, currency: facts.partnerCurrency, converted: facts.partnerCurrency !== facts.clientCurrency ? 'yes' : 'no' }),
      m.t(language, 'billingToPartner6', names),
    ];
  }
  const commission = { ...names, rate: percent(language, facts.commissionBp) };
  return [
    m.t(language, 'billingToClient1', names),
    m.t(language, 'billingToClient2', names),
    m.t(language, 'billingAlready'),
    m.t(language, 'billingToClient3', commission),
    m.t(language, 'billingToClient4', commission),
    m.t(language, 'billingToClient5', { client: facts.clientName, currency: facts.clientCurrency }),
    m.t(language, 'billingToClient6', names),
  ];
}

/** The preview of a change from `from` to `to` (the SPA's confirmation dialog prints it): nothing changes when they are the same. */
export function billingOwnerChangeSummary(language: Language, facts: BillingFacts, from: BillingOwner, to: BillingOwner): string[] {
  if (from === to) return [m.t(language, 'nothingChanges', { owner: to, client: facts.clientName, partner: facts.partnerName })];
  return billingOwnerChangeSentences(language, facts, to);
}

/** What ending a partnership changes, as the terminate dialog reads it before confirming. */
export type TerminationFacts =
  | { live: false }
  | { live: true; billingOwner: 'CLIENT' | null; access: 'LIMITED' | 'COMPLETE' }
  | { live: true; billingOwner: 'PARTNER'; renewals: number; nextRenewal: string | null };

/** The sentences of what ending a partnership changes in billing and access, in `language`. */
export function terminationSummary(language: Language, names: { clientName: string; partnerName: string }, facts: TerminationFacts): string[] {
  if (!facts.live) return [m.t(language, 'endInactive')];
  const values = { client: names.clientName, partner: names.partnerName };
  const access = m.t(language, 'endAccess', values);
  if (facts.billingOwner !== 'PARTNER') {
    return [m.t(language, 'endClientPays', values), ...(facts.access === 'COMPLETE' ? [m.t(language, 'endNoCommissions', values)] : []), access];
  }
  return [
    m.t(language, 'endPartnerStops', values),
    facts.renewals && facts.nextRenewal
      ? m.t(language, 'endRenewals', { ...values, count: facts.renewals, date: calendarDay(language, facts.nextRenewal) })
      : m.t(language, 'endNoProducts', values),
    m.t(language, 'endInvoicesStay', values),
    m.t(language, 'endTopUp', values),
    access,
  ];
}
