import type { BillingOwner } from '../partnerships';
import type { AuditScope, OrderLine, OrderPayment, ScopeChange } from './audit-data';
import type { AuditCatalog } from './audit-catalog';
import { ACCESS_WORDS, byWhom, capitalize, CATEGORY_WORDS, countryIn, dayIn, inTrail, moneyIn, numberIn, ROLE_WORDS } from './audit-words';

/* The trail in French (vous, Swiss conventions; the vocabulary of the reference help pages). */

const money = (amount: Parameters<typeof moneyIn>[1]) => moneyIn('fr', amount);
const day = (value: string) => dayIn('fr', value);
const country = (code: string) => countryIn('fr', code);
const role = (value: keyof (typeof ROLE_WORDS)['fr']) => ROLE_WORDS.fr[value];
const products = (n: number) => `${numberIn('fr', n)} produit${n > 1 ? 's' : ''}`;
const tokenKind = (kind: 'ORGANIZATION' | 'PERSONAL') => (kind === 'ORGANIZATION' ? 'd’organisation' : 'personnel');
const payer = (owner: BillingOwner) => (owner === 'PARTNER' ? 'le partenaire paie' : 'le client paie');

function scope(value: AuditScope): string {
  return value.access === 'LIMITED' ? `un accès limité à ${products(value.productCount)}` : `un accès complet (${payer(value.billingOwner)})`;
}

function scopeChange(change: ScopeChange): string {
  switch (change.kind) {
    case 'ACCESS':
      return `a remplacé ${scope(change.from)} par ${scope(change.to)}`;
    case 'BILLING_OWNER':
      return `a changé qui paie : désormais, ${payer(change.billingOwner)}`;
    case 'PRODUCTS':
      return `a modifié les produits concernés (ajoutés : ${numberIn('fr', change.added)}, retirés : ${numberIn('fr', change.removed)} ; ${products(change.total)} au total)`;
    case 'UNCHANGED':
      return 'a confirmé l’accès sans changement';
  }
}

/** The client's change, as each side reads it. */
const clientDid = (data: { trail: 'CLIENT' | 'PARTNER'; clientName: string; partnerName: string }, what: string) =>
  inTrail(data, { client: `Pour ${data.partnerName} : ${what}`, partner: `${data.clientName} ${what}` });

function orderLine(line: OrderLine): string {
  const product = `${line.productName} (${CATEGORY_WORDS.fr[line.category]})`;
  return line.kind === 'NEW_PRODUCT' ? `${product}, nouveau, jusqu’au ${day(line.until)}` : `Renouvellement ${de(product)}, ${day(line.from)} → ${day(line.until)}`;
}

function orderPlaced(data: { line: OrderLine; payment: OrderPayment }): string {
  const { payment } = data;
  if (payment.kind === 'PAID_BY') return `${orderLine(data.line)} : payé par ${payment.payerName}`;
  if (payment.kind === 'INVOICED') return `${orderLine(data.line)} : facturé à l’organisation`;
  return `${orderLine(data.line)} : ${money(payment.amount)} payés, facture ${payment.invoiceNumber}`;
}

/** "de Pixel", "d’Acme": French elides before a vowel or a mute h. */
const de = (name: string) => (/^[aeiouyhàâäéèêëîïôöùûü]/iu.test(name) ? `d’${name}` : `de ${name}`);

const COMMISSIONS = { CASHBACK: 'Cashback', REBATE: 'Remise', REIMBURSEMENT: 'Remboursement' } as const;

export const AUDIT_CATALOG_FR: AuditCatalog = {
  'organization.created': (d) =>
    `A créé l’organisation « ${d.name} » (${d.entityType === 'COMPANY' ? 'entreprise' : 'particulier'}, ${country(d.country)}${d.vatNumber ? `, numéro de TVA ${d.vatNumber}` : ''})`,
  'organization.updated': (d) => {
    const parts: string[] = [];
    if (d.name) parts.push(`a changé le nom de « ${d.name.from} » en « ${d.name.to} »`);
    if (d.country) parts.push(`a changé le pays (${country(d.country.from)} → ${country(d.country.to)})`);
    if (d.vatNumber) {
      const { from, to } = d.vatNumber;
      parts.push(!to ? `a supprimé le numéro de TVA ${from}` : !from ? `a défini le numéro de TVA ${to}` : `a changé le numéro de TVA de ${from} en ${to}`);
    }
    return capitalize(parts.join(' ; '));
  },
  'organization.second_factor_policy_changed': (d) =>
    d.required ? 'A exigé la validation en deux étapes pour chaque membre' : 'N’exige plus la validation en deux étapes des membres',
  'organization.vat_verified': (d) =>
    ({
      VALID: `VIES a confirmé le numéro de TVA ${d.vatNumber}${d.registeredName ? `, enregistré au nom de « ${d.registeredName} »` : ''}`,
      INVALID: `VIES ne connaît pas le numéro de TVA ${d.vatNumber} comme enregistré pour les échanges intracommunautaires`,
      UNAVAILABLE: `VIES n’a pas pu vérifier le numéro de TVA ${d.vatNumber} (service indisponible) ; il sera vérifié à nouveau au prochain enregistrement`,
    })[d.status],
  'billing_address.added': (d) => `A ajouté l’adresse de facturation « ${d.address} »${d.isDefault ? ' (par défaut)' : ''}`,
  'billing_address.updated': (d) =>
    d.kind === 'MADE_DEFAULT'
      ? `A fait de « ${d.address} » l’adresse de facturation par défaut`
      : `A remplacé l’adresse de facturation « ${d.from} » par « ${d.to} »${d.nowDefault ? ', désormais celle par défaut' : ''}`,
  'billing_address.removed': (d) => `A supprimé l’adresse de facturation « ${d.address} »`,
  'terms.accepted': (d) => `A accepté les conditions générales d’utilisation, version ${d.version}`,

  'member.role_changed': (d) => `A changé le rôle ${de(d.memberName)} : ${role(d.role.from)} → ${role(d.role.to)}`,
  'member.removed': (d) => `A retiré ${d.memberName} (${role(d.role)})`,
  'member.left': (d) => `${d.memberName} a quitté l’organisation`,
  'member.legal_responsibility_transferred': (d) =>
    `A transmis la responsabilité légale ${de(d.fromName)} à ${d.toName} ; ${d.fromName} est désormais ${role('ADMIN')}`,
  'member.products_granted': (d) => `A défini les produits que ${d.memberName} (${role('EXTERNAL')}) voit : ${products(d.productCount)}`,
  'member.invited': (d) => `A invité ${d.email} comme ${role(d.role)}${d.productCount ? ` avec accès à ${products(d.productCount)}` : ''}`,
  'member.invitation_cancelled': (d) => `A annulé l’invitation ${de(d.email)} comme ${role(d.role)}`,
  'member.invitation_resent': (d) => `A renvoyé l’invitation ${de(d.email)}, avec un nouveau lien`,
  'member.invitation_declined': (d) => `${d.email} a décliné l’invitation à rejoindre l’organisation comme ${role(d.role)}`,
  'member.joined': (d) => `${d.memberName} a rejoint l’organisation comme ${role(d.role)}${d.invitedByName ? ` (sur invitation ${de(d.invitedByName)})` : ''}`,

  'partnership.request_sent': (d) => `A demandé à ${d.email} un ${ACCESS_WORDS.fr[d.access]}`,
  'partnership.requested': (d) => `${d.partnerName} a demandé un ${ACCESS_WORDS.fr[d.access]} à l’organisation`,
  'partnership.invited': (d) => {
    const what = `${scope(d.scope)}${d.endsAt ? ` jusqu’au ${day(d.endsAt)}` : ''}`;
    return inTrail(d, {
      client: `A invité ${d.partnerName} à gérer l’organisation avec ${what}`,
      partner: `${d.clientName} a invité l’organisation à la gérer avec ${what}`,
    });
  },
  'partnership.invitation_resent': (d) => `A renvoyé l’invitation ${de(d.partnerName)}, avec un nouveau lien`,
  'partnership.invitation_cancelled': (d) =>
    byWhom(d, {
      CLIENT: { client: `A supprimé l’invitation ${de(d.partnerName)}`, partner: `${d.clientName} a supprimé son invitation` },
      PARTNER: { client: `${d.partnerName} a retiré sa demande d’accès`, partner: `A retiré la demande d’accès à ${d.clientName}` },
    }),
  'partnership.accepted': (d) => {
    const asked = d.askedFor ? ` (il demandait ${d.askedFor.access === 'LIMITED' ? 'un accès limité' : scope(d.askedFor)})` : '';
    const now = `${d.partnerName} dispose désormais d’${scope(d.scope)}`;
    return byWhom(d, {
      CLIENT: { client: `A accepté la demande du partenaire${asked} : ${now}`, partner: `Le client a accepté la demande${asked} : ${now} à ${d.clientName}` },
      PARTNER: { client: `Le partenaire a accepté l’invitation : ${now}`, partner: `A accepté l’invitation : ${now} à ${d.clientName}` },
    });
  },
  'partnership.refused': (d) =>
    byWhom(d, {
      CLIENT: { client: `A refusé la demande ${de(d.partnerName)}`, partner: `${d.clientName} a refusé la demande d’accès` },
      PARTNER: { client: `${d.partnerName} a refusé l’invitation`, partner: `A refusé l’invitation ${de(d.clientName)}` },
    }),
  'partnership.external_member_folded': (d) => {
    const coverage =
      d.coverage.access === 'COMPLETE'
        ? 'l’accès complet couvre tous les produits'
        : `produits attribués conservés dans sa portée : ${numberIn('fr', d.coverage.grantedCount)}, dont ${numberIn('fr', d.coverage.addedCount)} ajoutés`;
    return `L’adhésion externe ${de(d.memberName)} a pris fin : le partenariat avec ${d.partnerName} la couvre désormais (${coverage})`;
  },
  'partnership.scope_changed': (d) => clientDid(d, scopeChange(d.change)),
  'partnership.end_date_changed': (d) =>
    clientDid(d, d.endsAt ? `a fixé la fin du partenariat au ${day(d.endsAt)}` : 'a supprimé la date de fin du partenariat'),
  'partnership.billing_owner_changed': (d) => {
    const now =
      d.billingOwner === 'PARTNER'
        ? `désormais, ${d.partnerName} paie les commandes et renouvellements ${de(d.clientName)}`
        : `désormais, ${d.clientName} paie ses propres commandes et renouvellements`;
    return clientDid(d, `a changé qui paie : ${now}`);
  },
  'partnership.terminated': (d) =>
    byWhom(d, {
      CLIENT: { client: `A mis fin au partenariat avec ${d.partnerName}`, partner: `${d.clientName} a mis fin au partenariat` },
      PARTNER: { client: `${d.partnerName} a mis fin au partenariat`, partner: `A mis fin au partenariat avec ${d.clientName}` },
    }),

  'order.new_product': orderPlaced,
  'order.renewal': orderPlaced,
  'order.paid': (d) => `A payé ${money(d.amount)} pour ${d.clientName} : ${orderLine(d.line)}, facture ${d.invoiceNumber}`,
  'commission.credited': (d) => `${COMMISSIONS[d.kind]} de ${money(d.amount)} sur ${d.productName} pour ${d.clientName}`,
  'wallet.topped_up': (d) => `Recharge du portefeuille de ${money(d.amount)} (solde ${money(d.balance)})`,
  'api_token.created': (d) => `A créé le jeton d’API ${tokenKind(d.kind)} « ${d.tokenName} »`,
  'api_token.rotated': (d) => `A renouvelé le jeton d’API ${tokenKind(d.kind)} « ${d.tokenName} »`,
  'api_token.revoked': (d) =>
    d.reason === 'LEAKED'
      ? `A révoqué le jeton d’API ${tokenKind(d.kind)} « ${d.tokenName} » : il a été signalé comme publié`
      : `A révoqué le jeton d’API ${tokenKind(d.kind)} « ${d.tokenName} »`,
  'api_token.blocked': (d) => `A bloqué le jeton d’API « ${d.tokenName} » ${de(d.partnerName)} pour cette organisation`,
  'api_token.unblocked': (d) => `A débloqué le jeton d’API « ${d.tokenName} » ${de(d.partnerName)} pour cette organisation`,
  'api_token.daily_reads': (d) =>
    `Le jeton d’API « ${d.tokenName} » ${de(d.partnerName)} a lu les données de cette organisation le ${day(d.day)} (${numberIn('fr', d.activeMinutes)} minute${d.activeMinutes > 1 ? 's' : ''} d’activité)`,
  'dpa.generated': (d) => `A généré le contrat de traitement des données (certificat RGPD), version ${d.version}`,
};
