import type { BillingOwner } from '../partnerships';
import type { AuditScope, OrderLine, OrderPayment, ScopeChange } from './audit-data';
import type { AuditCatalog } from './audit-catalog';
import { ACCESS_WORDS, byWhom, capitalize, CATEGORY_WORDS, countryIn, dayIn, inTrail, moneyIn, numberIn, ROLE_WORDS } from './audit-words';

/* The trail in Italian (impersonal or Lei; Swiss conventions). */

const money = (amount: Parameters<typeof moneyIn>[1]) => moneyIn('it', amount);
const day = (value: string) => dayIn('it', value);
const country = (code: string) => countryIn('it', code);
const role = (value: keyof (typeof ROLE_WORDS)['it']) => ROLE_WORDS.it[value];
const products = (n: number) => `${numberIn('it', n)} prodott${n === 1 ? 'o' : 'i'}`;
const tokenKind = (kind: 'ORGANIZATION' | 'PERSONAL') => (kind === 'ORGANIZATION' ? 'dell’organizzazione' : 'personale');
const payer = (owner: BillingOwner) => (owner === 'PARTNER' ? 'paga il partner' : 'paga il cliente');

function scope(value: AuditScope): string {
  return value.access === 'LIMITED' ? `accesso limitato a ${products(value.productCount)}` : `accesso completo (${payer(value.billingOwner)})`;
}

function scopeChange(change: ScopeChange): string {
  switch (change.kind) {
    case 'ACCESS':
      return `ha cambiato l’accesso: da un ${scope(change.from)} a un ${scope(change.to)}`;
    case 'BILLING_OWNER':
      return `ha cambiato chi paga: d’ora in poi ${payer(change.billingOwner)}`;
    case 'PRODUCTS':
      return `ha modificato i prodotti inclusi (aggiunti: ${numberIn('it', change.added)}, rimossi: ${numberIn('it', change.removed)}; ${products(change.total)} in tutto)`;
    case 'UNCHANGED':
      return 'ha confermato l’accesso senza modifiche';
  }
}

/** The client's change, as each side reads it. */
const clientDid = (data: { trail: 'CLIENT' | 'PARTNER'; clientName: string; partnerName: string }, what: string) =>
  inTrail(data, { client: `Per ${data.partnerName}: ${what}`, partner: `${data.clientName} ${what}` });

function orderLine(line: OrderLine): string {
  const product = `${line.productName} (${CATEGORY_WORDS.it[line.category]})`;
  return line.kind === 'NEW_PRODUCT' ? `${product}, nuovo, fino al ${day(line.until)}` : `Rinnovo di ${product}, ${day(line.from)} → ${day(line.until)}`;
}

function orderPlaced(data: { line: OrderLine; payment: OrderPayment }): string {
  const { payment } = data;
  if (payment.kind === 'PAID_BY') return `${orderLine(data.line)}: pagato da ${payment.payerName}`;
  if (payment.kind === 'INVOICED') return `${orderLine(data.line)}: fatturato all’organizzazione`;
  return `${orderLine(data.line)}: pagati ${money(payment.amount)}, fattura ${payment.invoiceNumber}`;
}

const COMMISSIONS = { CASHBACK: 'Cashback', REBATE: 'Sconto', REIMBURSEMENT: 'Rimborso' } as const;

export const AUDIT_CATALOG_IT: AuditCatalog = {
  'organization.created': (d) =>
    `Ha creato l’organizzazione «${d.name}» (${d.entityType === 'COMPANY' ? 'azienda' : 'privato'}, ${country(d.country)}${d.vatNumber ? `, numero IVA ${d.vatNumber}` : ''})`,
  'organization.updated': (d) => {
    const parts: string[] = [];
    if (d.name) parts.push(`ha cambiato il nome da «${d.name.from}» a «${d.name.to}»`);
    if (d.country) parts.push(`ha cambiato il paese da ${country(d.country.from)} a ${country(d.country.to)}`);
    if (d.vatNumber) {
      const { from, to } = d.vatNumber;
      parts.push(!to ? `ha rimosso il numero IVA ${from}` : !from ? `ha impostato il numero IVA ${to}` : `ha cambiato il numero IVA da ${from} a ${to}`);
    }
    return capitalize(parts.join('; '));
  },
  'organization.second_factor_policy_changed': (d) =>
    d.required ? 'Ha richiesto la verifica in due passaggi per ogni membro' : 'Non richiede più la verifica in due passaggi ai membri',
  'organization.vat_verified': (d) =>
    ({
      VALID: `VIES ha confermato il numero IVA ${d.vatNumber}${d.registeredName ? `, registrato a nome di «${d.registeredName}»` : ''}`,
      INVALID: `VIES non conosce il numero IVA ${d.vatNumber} come registrato per gli scambi intracomunitari`,
      UNAVAILABLE: `VIES non ha potuto verificare il numero IVA ${d.vatNumber} (servizio non disponibile); sarà verificato di nuovo al prossimo salvataggio`,
    })[d.status],
  'billing_address.added': (d) => `Ha aggiunto l’indirizzo di fatturazione «${d.address}»${d.isDefault ? ' (predefinito)' : ''}`,
  'billing_address.updated': (d) =>
    d.kind === 'MADE_DEFAULT'
      ? `Ha reso «${d.address}» l’indirizzo di fatturazione predefinito`
      : `Ha cambiato l’indirizzo di fatturazione «${d.from}» in «${d.to}»${d.nowDefault ? ', ora quello predefinito' : ''}`,
  'billing_address.removed': (d) => `Ha rimosso l’indirizzo di fatturazione «${d.address}»`,
  'terms.accepted': (d) => `Ha accettato le condizioni generali d’uso, versione ${d.version}`,

  'member.role_changed': (d) => `Ha cambiato il ruolo di ${d.memberName}: ${role(d.role.from)} → ${role(d.role.to)}`,
  'member.removed': (d) => `Ha rimosso ${d.memberName} (${role(d.role)})`,
  'member.left': (d) => `${d.memberName} ha lasciato l’organizzazione`,
  'member.legal_responsibility_transferred': (d) =>
    `Ha ceduto la responsabilità legale di ${d.fromName} a ${d.toName}; ${d.fromName} è ora ${role('ADMIN')}`,
  'member.products_granted': (d) => `Ha impostato i prodotti che ${d.memberName} (${role('EXTERNAL')}) vede: ${products(d.productCount)}`,
  'member.invited': (d) => `Ha invitato ${d.email} come ${role(d.role)}${d.productCount ? ` con accesso a ${products(d.productCount)}` : ''}`,
  'member.invitation_cancelled': (d) => `Ha annullato l’invito di ${d.email} come ${role(d.role)}`,
  'member.invitation_resent': (d) => `Ha inviato di nuovo l’invito di ${d.email}, con un nuovo link`,
  'member.invitation_declined': (d) => `${d.email} ha rifiutato l’invito a unirsi come ${role(d.role)}`,
  'member.joined': (d) => `${d.memberName} fa ora parte dell’organizzazione come ${role(d.role)}${d.invitedByName ? ` (su invito di ${d.invitedByName})` : ''}`,

  'partnership.request_sent': (d) => `Ha chiesto a ${d.email} un ${ACCESS_WORDS.it[d.access]}`,
  'partnership.requested': (d) => `${d.partnerName} ha chiesto un ${ACCESS_WORDS.it[d.access]} all’organizzazione`,
  'partnership.invited': (d) => {
    const what = `${scope(d.scope)}${d.endsAt ? ` fino al ${day(d.endsAt)}` : ''}`;
    return inTrail(d, {
      client: `Ha invitato ${d.partnerName} a gestire l’organizzazione con un ${what}`,
      partner: `${d.clientName} ha invitato l’organizzazione a gestirla con un ${what}`,
    });
  },
  'partnership.invitation_resent': (d) => `Ha inviato di nuovo l’invito di ${d.partnerName}, con un nuovo link`,
  'partnership.invitation_cancelled': (d) =>
    byWhom(d, {
      CLIENT: { client: `Ha eliminato l’invito di ${d.partnerName}`, partner: `${d.clientName} ha eliminato il suo invito` },
      PARTNER: { client: `${d.partnerName} ha ritirato la sua richiesta di accesso`, partner: `Ha ritirato la richiesta di accesso a ${d.clientName}` },
    }),
  'partnership.accepted': (d) => {
    const asked = d.askedFor ? ` (aveva chiesto ${d.askedFor.access === 'LIMITED' ? 'un accesso limitato' : `un ${scope(d.askedFor)}`})` : '';
    const now = `${d.partnerName} ha ora un ${scope(d.scope)}`;
    return byWhom(d, {
      CLIENT: { client: `Ha accettato la richiesta del partner${asked}: ${now}`, partner: `Il cliente ha accettato la richiesta${asked}: ${now} a ${d.clientName}` },
      PARTNER: { client: `Il partner ha accettato l’invito: ${now}`, partner: `Ha accettato l’invito: ${now} a ${d.clientName}` },
    });
  },
  'partnership.refused': (d) =>
    byWhom(d, {
      CLIENT: { client: `Ha rifiutato la richiesta di ${d.partnerName}`, partner: `${d.clientName} ha rifiutato la richiesta di accesso` },
      PARTNER: { client: `${d.partnerName} ha rifiutato l’invito`, partner: `Ha rifiutato l’invito di ${d.clientName}` },
    }),
  'partnership.external_member_folded': (d) => {
    const coverage =
      d.coverage.access === 'COMPLETE'
        ? 'l’accesso completo copre tutti i prodotti'
        : `prodotti assegnati mantenuti nell’ambito: ${numberIn('it', d.coverage.grantedCount)}, di cui aggiunti: ${numberIn('it', d.coverage.addedCount)}`;
    return `L’appartenenza esterna di ${d.memberName} è terminata: ora la copre la partnership con ${d.partnerName} (${coverage})`;
  },
  'partnership.scope_changed': (d) => clientDid(d, scopeChange(d.change)),
  'partnership.end_date_changed': (d) =>
    clientDid(d, d.endsAt ? `ha fissato la fine della partnership al ${day(d.endsAt)}` : 'ha rimosso la data di fine della partnership'),
  'partnership.billing_owner_changed': (d) => {
    const now =
      d.billingOwner === 'PARTNER'
        ? `d’ora in poi ${d.partnerName} paga gli ordini e i rinnovi di ${d.clientName}`
        : `d’ora in poi ${d.clientName} paga i propri ordini e rinnovi`;
    return clientDid(d, `ha cambiato chi paga: ${now}`);
  },
  'partnership.terminated': (d) =>
    byWhom(d, {
      CLIENT: { client: `Ha terminato la partnership con ${d.partnerName}`, partner: `${d.clientName} ha terminato la partnership` },
      PARTNER: { client: `${d.partnerName} ha terminato la partnership`, partner: `Ha terminato la partnership con ${d.clientName}` },
    }),

  'order.new_product': orderPlaced,
  'order.renewal': orderPlaced,
  'order.paid': (d) => `Ha pagato ${money(d.amount)} per ${d.clientName}: ${orderLine(d.line)}, fattura ${d.invoiceNumber}`,
  'commission.credited': (d) => `${COMMISSIONS[d.kind]} di ${money(d.amount)} su ${d.productName} per ${d.clientName}`,
  'wallet.topped_up': (d) => `Ricarica del portafoglio di ${money(d.amount)} (saldo ${money(d.balance)})`,
  'api_token.created': (d) => `Ha creato il token API ${tokenKind(d.kind)} «${d.tokenName}»`,
  'api_token.rotated': (d) => `Ha rinnovato il token API ${tokenKind(d.kind)} «${d.tokenName}»`,
  'api_token.revoked': (d) =>
    d.reason === 'LEAKED'
      ? `Ha revocato il token API ${tokenKind(d.kind)} «${d.tokenName}»: è stato segnalato come pubblicato`
      : `Ha revocato il token API ${tokenKind(d.kind)} «${d.tokenName}»`,
  'api_token.blocked': (d) => `Ha bloccato il token API «${d.tokenName}» di ${d.partnerName} per questa organizzazione`,
  'api_token.unblocked': (d) => `Ha sbloccato il token API «${d.tokenName}» di ${d.partnerName} per questa organizzazione`,
  'api_token.daily_reads': (d) =>
    `Il token API «${d.tokenName}» di ${d.partnerName} ha letto i dati di questa organizzazione il ${day(d.day)} (${numberIn('it', d.activeMinutes)} minut${d.activeMinutes === 1 ? 'o' : 'i'} di attività)`,
  'dpa.generated': (d) => `Ha generato l’accordo sul trattamento dei dati (certificato GDPR), versione ${d.version}`,
};
