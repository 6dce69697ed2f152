import { defineCatalog } from '@manager/api-core';

/**
 * What a wallet movement or an invoice line is for, in the reader's language (GraphQL, the invoice
 * PDF and the CSV exports all print `describeLine`'s sentence). Codes arrive as stored
 * (`{category}` a product category, `{kind}` a commission kind); names as given; dates, amounts
 * and rates formatted by `Intl` in the reader's regional locale. Category names are the SPA's.
 */
export const lineDescriptionMessages = defineCatalog('line-descriptions', {
  en: {
    topUp: 'Payment to the wallet',
    openingBalance: 'Opening balance',
    category: '{category, select, WEB_HOSTING {Web hosting} MAIL_SERVICE {Mail service} DOMAIN {Domain} KDRIVE {kDrive} KCHAT {kChat} SSL_CERTIFICATE {SSL certificate} other {VPS}}',
    newProduct: '{product} ({category}), new, until {until}',
    renewal: 'Renewal of {product} ({category}), {from} → {until}',
    forClient: '{line} for {client}',
    resellerPrice: '{line}, reseller price (public {publicPrice})',
    commission: '{kind, select, CASHBACK {Cashback} REBATE {Rebate} other {Reimbursement}} {rate} of {base}: {product} for {client}',
  },
  fr: {
    topUp: 'Paiement sur le portefeuille',
    openingBalance: 'Solde d’ouverture',
    category: '{category, select, WEB_HOSTING {Hébergement Web} MAIL_SERVICE {Service Mail} DOMAIN {Domaine} KDRIVE {kDrive} KCHAT {kChat} SSL_CERTIFICATE {Certificat SSL} other {VPS}}',
    newProduct: '{product} ({category}), nouveau, jusqu’au {until}',
    renewal: 'Renouvellement de {product} ({category}), {from} → {until}',
    forClient: '{line} pour {client}',
    resellerPrice: '{line}, prix revendeur (prix public {publicPrice})',
    commission: '{kind, select, CASHBACK {Cashback} REBATE {Ristourne} other {Remboursement}} de {rate} sur {base} : {product} pour {client}',
  },
  de: {
    topUp: 'Zahlung auf das Guthaben',
    openingBalance: 'Anfangsguthaben',
    category: '{category, select, WEB_HOSTING {Webhosting} MAIL_SERVICE {Mail-Service} DOMAIN {Domain} KDRIVE {kDrive} KCHAT {kChat} SSL_CERTIFICATE {SSL-Zertifikat} other {VPS}}',
    newProduct: '{product} ({category}), neu, bis {until}',
    renewal: 'Verlängerung von {product} ({category}), {from} → {until}',
    forClient: '{line} für {client}',
    resellerPrice: '{line}, Wiederverkäuferpreis (öffentlicher Preis {publicPrice})',
    commission: '{kind, select, CASHBACK {Cashback} REBATE {Rabatt} other {Rückvergütung}} von {rate} auf {base}: {product} für {client}',
  },
  it: {
    topUp: 'Pagamento sul portafoglio',
    openingBalance: 'Saldo iniziale',
    category: '{category, select, WEB_HOSTING {Hosting Web} MAIL_SERVICE {Servizio Mail} DOMAIN {Dominio} KDRIVE {kDrive} KCHAT {kChat} SSL_CERTIFICATE {Certificato SSL} other {VPS}}',
    newProduct: '{product} ({category}), nuovo, fino al {until}',
    renewal: 'Rinnovo di {product} ({category}), {from} → {until}',
    forClient: '{line} per {client}',
    resellerPrice: '{line}, prezzo rivenditore (prezzo pubblico {publicPrice})',
    commission: '{kind, select, CASHBACK {Cashback} REBATE {Ristorno} other {Rimborso}} del {rate} su {base}: {product} per {client}',
  },
});
