import type { BillingOwner } from '../partnerships';
import type { AuditScope, OrderLine, OrderPayment, ScopeChange } from './audit-data';
import type { AuditCatalog } from './audit-catalog';
import { byWhom, capitalize, CATEGORY_WORDS, countryIn, dayIn, inTrail, moneyIn, numberIn, ROLE_WORDS } from './audit-words';

/* The trail in German (Sie, Swiss spelling: "ss", never "ß"). */

const money = (amount: Parameters<typeof moneyIn>[1]) => moneyIn('de', amount);
const day = (value: string) => dayIn('de', value);
const country = (code: string) => countryIn('de', code);
const role = (value: keyof (typeof ROLE_WORDS)['de']) => ROLE_WORDS.de[value];
const products = (n: number) => `${numberIn('de', n)} Produkt${n === 1 ? '' : 'e'}`;
const tokenKind = (kind: 'ORGANIZATION' | 'PERSONAL') => (kind === 'ORGANIZATION' ? 'Organisations-API-Token' : 'persönliche API-Token');
const payer = (owner: BillingOwner) => (owner === 'PARTNER' ? 'der Partner zahlt' : 'der Kunde zahlt');

/** The access in the case the sentence needs: "hat jetzt eingeschränkten Zugriff", "mit vollständigem Zugriff". */
type Case = 'nom' | 'acc' | 'dat';
const ACCESS: Record<Case, Record<AuditScope['access'], string>> = {
  nom: { LIMITED: 'eingeschränkter Zugriff', COMPLETE: 'vollständiger Zugriff' },
  acc: { LIMITED: 'eingeschränkten Zugriff', COMPLETE: 'vollständigen Zugriff' },
  dat: { LIMITED: 'eingeschränktem Zugriff', COMPLETE: 'vollständigem Zugriff' },
};

function scope(value: AuditScope, grammaticalCase: Case = 'acc'): string {
  const access = ACCESS[grammaticalCase][value.access];
  return value.access === 'LIMITED' ? `${access} auf ${products(value.productCount)}` : `${access} (${payer(value.billingOwner)})`;
}

function scopeChange(change: ScopeChange): string {
  switch (change.kind) {
    case 'ACCESS':
      return `hat den Zugriff geändert, von ${scope(change.from, 'dat')} zu ${scope(change.to, 'dat')}`;
    case 'BILLING_OWNER':
      return `hat geändert, wer zahlt: ab sofort zahlt ${change.billingOwner === 'PARTNER' ? 'der Partner' : 'der Kunde'}`;
    case 'PRODUCTS':
      return `hat die freigegebenen Produkte geändert (${numberIn('de', change.added)} hinzugefügt, ${numberIn('de', change.removed)} entfernt; insgesamt ${products(change.total)})`;
    case 'UNCHANGED':
      return 'hat den Zugriff unverändert bestätigt';
  }
}

/** The client's change, as each side reads it. */
const clientDid = (data: { trail: 'CLIENT' | 'PARTNER'; clientName: string; partnerName: string }, what: string) =>
  inTrail(data, { client: `Für ${data.partnerName}: ${what}`, partner: `${data.clientName} ${what}` });

function orderLine(line: OrderLine): string {
  const product = `${line.productName} (${CATEGORY_WORDS.de[line.category]})`;
  return line.kind === 'NEW_PRODUCT' ? `${product}, neu, bis ${day(line.until)}` : `Verlängerung von ${product}, ${day(line.from)} → ${day(line.until)}`;
}

function orderPlaced(data: { line: OrderLine; payment: OrderPayment }): string {
  const { payment } = data;
  if (payment.kind === 'PAID_BY') return `${orderLine(data.line)}: bezahlt von ${payment.payerName}`;
  if (payment.kind === 'INVOICED') return `${orderLine(data.line)}: der Organisation in Rechnung gestellt`;
  return `${orderLine(data.line)}: ${money(payment.amount)} bezahlt, Rechnung ${payment.invoiceNumber}`;
}

const COMMISSIONS = { CASHBACK: 'Cashback', REBATE: 'Rabatt', REIMBURSEMENT: 'Rückvergütung' } as const;

export const AUDIT_CATALOG_DE: AuditCatalog = {
  'organization.created': (d) =>
    `Hat die Organisation «${d.name}» erstellt (${d.entityType === 'COMPANY' ? 'Unternehmen' : 'Privatperson'}, ${country(d.country)}${d.vatNumber ? `, MWST-Nummer ${d.vatNumber}` : ''})`,
  'organization.updated': (d) => {
    const parts: string[] = [];
    if (d.name) parts.push(`hat den Namen von «${d.name.from}» in «${d.name.to}» geändert`);
    if (d.country) parts.push(`hat das Land von ${country(d.country.from)} in ${country(d.country.to)} geändert`);
    if (d.vatNumber) {
      const { from, to } = d.vatNumber;
      parts.push(!to ? `hat die MWST-Nummer ${from} entfernt` : !from ? `hat die MWST-Nummer ${to} eingetragen` : `hat die MWST-Nummer von ${from} in ${to} geändert`);
    }
    return capitalize(parts.join('; '));
  },
  'organization.second_factor_policy_changed': (d) =>
    d.required ? 'Hat die Zwei-Schritt-Verifizierung für alle Mitglieder verlangt' : 'Verlangt die Zwei-Schritt-Verifizierung von Mitgliedern nicht mehr',
  'organization.vat_verified': (d) =>
    ({
      VALID: `VIES hat die MWST-Nummer ${d.vatNumber} bestätigt${d.registeredName ? `, eingetragen auf «${d.registeredName}»` : ''}`,
      INVALID: `VIES kennt die MWST-Nummer ${d.vatNumber} nicht als für den innergemeinschaftlichen Handel registriert`,
      UNAVAILABLE: `VIES konnte die MWST-Nummer ${d.vatNumber} nicht prüfen (Dienst nicht verfügbar); sie wird beim nächsten Speichern erneut geprüft`,
    })[d.status],
  'billing_address.added': (d) => `Hat die Rechnungsadresse «${d.address}» hinzugefügt${d.isDefault ? ' (Standard)' : ''}`,
  'billing_address.updated': (d) =>
    d.kind === 'MADE_DEFAULT'
      ? `Hat «${d.address}» zur Standard-Rechnungsadresse gemacht`
      : `Hat die Rechnungsadresse «${d.from}» in «${d.to}» geändert${d.nowDefault ? ', jetzt die Standardadresse' : ''}`,
  'billing_address.removed': (d) => `Hat die Rechnungsadresse «${d.address}» entfernt`,
  'terms.accepted': (d) => `Hat die Allgemeinen Nutzungsbedingungen akzeptiert, Version ${d.version}`,

  'member.role_changed': (d) => `Hat die Rolle von ${d.memberName} von ${role(d.role.from)} in ${role(d.role.to)} geändert`,
  'member.removed': (d) => `Hat ${d.memberName} (${role(d.role)}) entfernt`,
  'member.left': (d) => `${d.memberName} hat die Organisation verlassen`,
  'member.legal_responsibility_transferred': (d) =>
    `Hat die rechtliche Verantwortung von ${d.fromName} an ${d.toName} übergeben; ${d.fromName} ist jetzt ${role('ADMIN')}`,
  'member.products_granted': (d) => `Hat festgelegt, welche Produkte ${d.memberName} (${role('EXTERNAL')}) sieht: ${products(d.productCount)}`,
  'member.invited': (d) => `Hat ${d.email} als ${role(d.role)} eingeladen${d.productCount ? `, mit Zugriff auf ${products(d.productCount)}` : ''}`,
  'member.invitation_cancelled': (d) => `Hat die Einladung von ${d.email} als ${role(d.role)} widerrufen`,
  'member.invitation_resent': (d) => `Hat die Einladung von ${d.email} mit einem neuen Link erneut gesendet`,
  'member.invitation_declined': (d) => `${d.email} hat die Einladung abgelehnt, als ${role(d.role)} beizutreten`,
  'member.joined': (d) => `${d.memberName} ist als ${role(d.role)} beigetreten${d.invitedByName ? ` (eingeladen von ${d.invitedByName})` : ''}`,

  'partnership.request_sent': (d) => `Hat ${d.email} um ${ACCESS.acc[d.access]} gebeten`,
  'partnership.requested': (d) => `${d.partnerName} hat um ${ACCESS.acc[d.access]} auf die Organisation gebeten`,
  'partnership.invited': (d) => {
    const what = `${scope(d.scope, 'dat')}${d.endsAt ? ` bis ${day(d.endsAt)}` : ''}`;
    return inTrail(d, {
      client: `Hat ${d.partnerName} eingeladen, die Organisation mit ${what} zu verwalten`,
      partner: `${d.clientName} hat die Organisation eingeladen, sie mit ${what} zu verwalten`,
    });
  },
  'partnership.invitation_resent': (d) => `Hat die Einladung von ${d.partnerName} mit einem neuen Link erneut gesendet`,
  'partnership.invitation_cancelled': (d) =>
    byWhom(d, {
      CLIENT: { client: `Hat die Einladung von ${d.partnerName} gelöscht`, partner: `${d.clientName} hat die eigene Einladung gelöscht` },
      PARTNER: { client: `${d.partnerName} hat die eigene Zugriffsanfrage zurückgezogen`, partner: `Hat die Zugriffsanfrage an ${d.clientName} zurückgezogen` },
    }),
  'partnership.accepted': (d) => {
    const asked = d.askedFor ? ` (angefragt war ${d.askedFor.access === 'LIMITED' ? 'eingeschränkter Zugriff' : scope(d.askedFor, 'nom')})` : '';
    const now = `${d.partnerName} hat jetzt ${scope(d.scope)}`;
    return byWhom(d, {
      CLIENT: { client: `Hat die Anfrage des Partners angenommen${asked}: ${now}`, partner: `Der Kunde ${d.clientName} hat die Anfrage angenommen${asked}: ${now}` },
      PARTNER: { client: `Der Partner hat die Einladung angenommen: ${now}`, partner: `Hat die Einladung von ${d.clientName} angenommen: ${now}` },
    });
  },
  'partnership.refused': (d) =>
    byWhom(d, {
      CLIENT: { client: `Hat die Anfrage von ${d.partnerName} abgelehnt`, partner: `${d.clientName} hat die Zugriffsanfrage abgelehnt` },
      PARTNER: { client: `${d.partnerName} hat die Einladung abgelehnt`, partner: `Hat die Einladung von ${d.clientName} abgelehnt` },
    }),
  'partnership.external_member_folded': (d) => {
    const coverage =
      d.coverage.access === 'COMPLETE'
        ? 'der vollständige Zugriff umfasst alle Produkte'
        : `${products(d.coverage.grantedCount)} bleiben freigegeben (${numberIn('de', d.coverage.addedCount)} hinzugefügt)`;
    return `Die externe Mitgliedschaft von ${d.memberName} wurde beendet: Die Partnerschaft mit ${d.partnerName} deckt sie jetzt ab (${coverage})`;
  },
  'partnership.scope_changed': (d) => clientDid(d, scopeChange(d.change)),
  'partnership.end_date_changed': (d) =>
    clientDid(d, d.endsAt ? `hat das Ende der Partnerschaft auf ${day(d.endsAt)} gesetzt` : 'hat das Enddatum der Partnerschaft entfernt'),
  'partnership.billing_owner_changed': (d) => {
    const now =
      d.billingOwner === 'PARTNER'
        ? `${d.partnerName} zahlt ab sofort die Bestellungen und Verlängerungen von ${d.clientName}`
        : `${d.clientName} zahlt ab sofort die eigenen Bestellungen und Verlängerungen`;
    return clientDid(d, `hat geändert, wer zahlt: ${now}`);
  },
  'partnership.terminated': (d) =>
    byWhom(d, {
      CLIENT: { client: `Hat die Partnerschaft mit ${d.partnerName} beendet`, partner: `${d.clientName} hat die Partnerschaft beendet` },
      PARTNER: { client: `${d.partnerName} hat die Partnerschaft beendet`, partner: `Hat die Partnerschaft mit ${d.clientName} beendet` },
    }),

  'order.new_product': orderPlaced,
  'order.renewal': orderPlaced,
  'order.paid': (d) => `Hat ${money(d.amount)} für ${d.clientName} bezahlt: ${orderLine(d.line)}, Rechnung ${d.invoiceNumber}`,
  'commission.credited': (d) => `${COMMISSIONS[d.kind]} von ${money(d.amount)} auf ${d.productName} für ${d.clientName}`,
  'wallet.topped_up': (d) => `Guthaben um ${money(d.amount)} aufgeladen (Saldo ${money(d.balance)})`,
  'api_token.created': (d) => `Hat das ${tokenKind(d.kind)} «${d.tokenName}» erstellt`,
  'api_token.rotated': (d) => `Hat das ${tokenKind(d.kind)} «${d.tokenName}» erneuert`,
  'api_token.revoked': (d) =>
    d.reason === 'LEAKED'
      ? `Hat das ${tokenKind(d.kind)} «${d.tokenName}» widerrufen: Es wurde als veröffentlicht gemeldet`
      : `Hat das ${tokenKind(d.kind)} «${d.tokenName}» widerrufen`,
  'api_token.blocked': (d) => `Hat das API-Token «${d.tokenName}» von ${d.partnerName} für diese Organisation gesperrt`,
  'api_token.unblocked': (d) => `Hat das API-Token «${d.tokenName}» von ${d.partnerName} für diese Organisation entsperrt`,
  'api_token.daily_reads': (d) =>
    `Das API-Token «${d.tokenName}» von ${d.partnerName} hat am ${day(d.day)} Daten dieser Organisation gelesen (${numberIn('de', d.activeMinutes)} aktive Minute${d.activeMinutes === 1 ? '' : 'n'})`,
  'dpa.generated': (d) => `Hat den Auftragsverarbeitungsvertrag (DSGVO-Zertifikat) erstellt, Version ${d.version}`,
};
