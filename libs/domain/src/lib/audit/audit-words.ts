import type { PartnershipAccess } from '../partnerships';
import type { MembershipRole, ProductCategory } from '../vocabulary';
import { regionalLocale, type Language } from '../i18n/languages';
import type { AuditMoney, PartnershipActData, PartnershipPartiesData } from './audit-data';

/*
 * What the French, German and Italian trails share: names of roles, accesses and product
 * categories in each language, and amounts, dates and countries written by `Intl` in the
 * language's regional locale (Swiss by default: the reference operator is Swiss). The English
 * trail keeps its own words (`audit-catalog-en.ts`: the sentences it always had).
 */

export type TrailLanguage = Exclude<Language, 'en'>;

export const ROLE_WORDS: Readonly<Record<TrailLanguage, Record<MembershipRole, string>>> = {
  fr: { LEGAL_RESPONSIBLE: 'Responsable légal', ADMIN: 'Administrateur', USER: 'Utilisateur', EXTERNAL: 'Externe' },
  de: { LEGAL_RESPONSIBLE: 'Rechtsverantwortlicher', ADMIN: 'Administrator', USER: 'Benutzer', EXTERNAL: 'Extern' },
  it: { LEGAL_RESPONSIBLE: 'Responsabile legale', ADMIN: 'Amministratore', USER: 'Utente', EXTERNAL: 'Esterno' },
};

export const CATEGORY_WORDS: Readonly<Record<TrailLanguage, Record<ProductCategory, string>>> = {
  fr: { WEB_HOSTING: 'Hébergement web', MAIL_SERVICE: 'Service mail', DOMAIN: 'Domaine', KDRIVE: 'kDrive', KCHAT: 'kChat', SSL_CERTIFICATE: 'Certificat SSL', VPS: 'VPS' },
  de: { WEB_HOSTING: 'Webhosting', MAIL_SERVICE: 'Mail-Service', DOMAIN: 'Domain', KDRIVE: 'kDrive', KCHAT: 'kChat', SSL_CERTIFICATE: 'SSL-Zertifikat', VPS: 'VPS' },
  it: { WEB_HOSTING: 'Hosting web', MAIL_SERVICE: 'Servizio mail', DOMAIN: 'Dominio', KDRIVE: 'kDrive', KCHAT: 'kChat', SSL_CERTIFICATE: 'Certificato SSL', VPS: 'VPS' },
};

export const ACCESS_WORDS: Readonly<Record<TrailLanguage, Record<PartnershipAccess, string>>> = {
  fr: { LIMITED: 'accès limité', COMPLETE: 'accès complet' },
  de: { LIMITED: 'eingeschränkter Zugriff', COMPLETE: 'vollständiger Zugriff' },
  it: { LIMITED: 'accesso limitato', COMPLETE: 'accesso completo' },
};

/** "CHF 1’234.50" in de-CH, "1 234,50 CHF" in fr-FR: `Intl`, never hand-formatted. */
export function moneyIn(language: TrailLanguage, { amountMinor, currency }: AuditMoney): string {
  return new Intl.NumberFormat(regionalLocale(language), { style: 'currency', currency }).format(amountMinor / 100);
}

/** A day stored as YYYY-MM-DD, written in the language ("5 janvier 2026", "5. Januar 2026"); anything else as stored. */
export function dayIn(language: TrailLanguage, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) return day;
  return new Intl.DateTimeFormat(regionalLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A country by its ISO code, named in the language. */
export function countryIn(language: TrailLanguage, code: string): string {
  return new Intl.DisplayNames([regionalLocale(language)], { type: 'region' }).of(code) ?? code;
}

/** A whole number in the language's digits and grouping. */
export function numberIn(language: TrailLanguage, value: number): string {
  return new Intl.NumberFormat(regionalLocale(language)).format(value);
}

/** The sentence of the trail the row is in. */
export const inTrail = (data: PartnershipPartiesData, words: { client: string; partner: string }) => (data.trail === 'CLIENT' ? words.client : words.partner);

/** For events either side may do: four sentences, by who acted and whose trail it is. */
export const byWhom = (data: PartnershipActData, words: Record<'CLIENT' | 'PARTNER', { client: string; partner: string }>) => inTrail(data, words[data.by]);


export function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
