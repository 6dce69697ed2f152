import type { BillingOwner, Currency, EntityType, MembershipRole, PartnershipAccess, ProductCategory } from '@manager/domain';

/** Every demo account signs in with this password. Demo only: never set outside a demo. */
export const DEMO_PASSWORD = 'demo-password';

interface DemoOrganization {
  key: string;
  name: string;
  entityType: EntityType;
  country: string;
  vatNumber: string | null;
  currency: Currency;
  /** Rates in basis points (1500 = 15 %), set by the operator. */
  partner?: { publicName: string; contactEmail: string; description: string; resellerDiscountBp: number; commissionBp: number };
  /** The default billing address. */
  billingAddress: { recipient?: string; street: string; postcode: string; city: string; country: string };
  products: [ProductCategory, string, number][];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'muller',
    name: 'Chocolaterie Müller AG',
    entityType: 'COMPANY',
    country: 'CH',
    vatNumber: null,
    currency: 'CHF',
    billingAddress: { recipient: 'Buchhaltung', street: 'Bahnhofstrasse 12', postcode: '8001', city: 'Zürich', country: 'CH' },
    products: [
      ['WEB_HOSTING', 'muller-chocolat.ch', 14_400],
      ['WEB_HOSTING', 'shop.muller-chocolat.ch', 28_800],
      ['DOMAIN', 'muller-chocolat.ch', 1_300],
      ['DOMAIN', 'muller-chocolat.com', 1_500],
      ['DOMAIN', 'chocolat-muller.ch', 1_300],
      ['MAIL_SERVICE', 'Mail muller-chocolat.ch', 4_800],
      ['MAIL_SERVICE', 'Mail boutique', 2_400],
      ['KDRIVE', 'kDrive Production', 19_900],
      ['KDRIVE', 'kDrive Marketing', 6_000],
      ['KCHAT', 'kChat Müller', 0],
      ['SSL_CERTIFICATE', 'SSL shop.muller-chocolat.ch', 4_900],
      ['SSL_CERTIFICATE', 'SSL muller-chocolat.ch', 4_900],
      ['VPS', 'VPS ERP', 36_000],
      ['VPS', 'VPS Staging', 18_000],
    ],
  },
  {
    key: 'martin',
    name: 'Boulangerie Martin SAS',
    entityType: 'COMPANY',
    country: 'FR',
    vatNumber: 'FR40303265045',
    currency: 'EUR',
    billingAddress: { street: '8 rue des Boulangers', postcode: '69002', city: 'Lyon', country: 'FR' },
    products: [
      ['WEB_HOSTING', 'boulangerie-martin.fr', 12_000],
      ['WEB_HOSTING', 'commandes.boulangerie-martin.fr', 12_000],
      ['DOMAIN', 'boulangerie-martin.fr', 1_200],
      ['DOMAIN', 'boulangerie-martin.com', 1_400],
      ['DOMAIN', 'pain-martin.fr', 1_200],
      ['MAIL_SERVICE', 'Mail boulangerie-martin.fr', 3_600],
      ['KDRIVE', 'kDrive Recettes', 5_500],
      ['KDRIVE', 'kDrive Compta', 5_500],
      ['KCHAT', 'kChat Équipe', 0],
      ['SSL_CERTIFICATE', 'SSL boulangerie-martin.fr', 4_500],
      ['VPS', 'VPS Caisse', 30_000],
      ['VPS', 'VPS Sauvegardes', 15_000],
    ],
  },
  {
    key: 'rossi',
    name: 'Léa Rossi',
    entityType: 'INDIVIDUAL',
    country: 'CH',
    vatNumber: null,
    currency: 'CHF',
    billingAddress: { street: 'Rue du Marché 4', postcode: '1204', city: 'Genève', country: 'CH' },
    products: [
      ['WEB_HOSTING', 'lea-rossi.photo', 6_000],
      ['DOMAIN', 'lea-rossi.photo', 3_500],
      ['MAIL_SERVICE', 'Mail lea-rossi.photo', 1_200],
      ['KDRIVE', 'kDrive Photos', 11_900],
    ],
  },
  {
    key: 'pixel',
    name: 'Pixel Partners Sàrl',
    entityType: 'COMPANY',
    country: 'CH',
    vatNumber: null,
    currency: 'CHF',
    partner: {
      publicName: 'Pixel Partners',
      contactEmail: 'hello@pixel-partners.ch',
      description: 'Web agency in Lausanne: websites, shops and hosting for small businesses.',
      resellerDiscountBp: 1500,
      commissionBp: 1000,
    },
    billingAddress: { street: 'Avenue de la Gare 10', postcode: '1003', city: 'Lausanne', country: 'CH' },
    products: [
      ['WEB_HOSTING', 'pixel-partners.ch', 14_400],
      ['WEB_HOSTING', 'clients.pixel-partners.ch', 28_800],
      ['DOMAIN', 'pixel-partners.ch', 1_300],
      ['MAIL_SERVICE', 'Mail pixel-partners.ch', 4_800],
      ['KCHAT', 'kChat Studio', 0],
      ['VPS', 'VPS Builds', 24_000],
    ],
  },
  {
    key: 'dubois',
    name: 'Atelier Dubois Sàrl',
    entityType: 'COMPANY',
    country: 'CH',
    vatNumber: null,
    currency: 'CHF',
    billingAddress: { street: 'Rue de Bourg 21', postcode: '1003', city: 'Lausanne', country: 'CH' },
    products: [
      ['WEB_HOSTING', 'atelier-dubois.ch', 14_400],
      ['DOMAIN', 'atelier-dubois.ch', 1_300],
      ['MAIL_SERVICE', 'Mail atelier-dubois.ch', 2_400],
      ['SSL_CERTIFICATE', 'SSL atelier-dubois.ch', 4_900],
    ],
  },
  {
    key: 'favre',
    name: 'Garage Favre SA',
    entityType: 'COMPANY',
    country: 'CH',
    vatNumber: null,
    currency: 'CHF',
    billingAddress: { street: 'Route de Berne 88', postcode: '1700', city: 'Fribourg', country: 'CH' },
    products: [
      ['WEB_HOSTING', 'garage-favre.ch', 12_000],
      ['DOMAIN', 'garage-favre.ch', 1_300],
      ['KDRIVE', 'kDrive Atelier', 6_000],
    ],
  },
  {
    key: 'bianchi',
    name: 'Sofia Bianchi',
    entityType: 'INDIVIDUAL',
    country: 'IT',
    vatNumber: null,
    currency: 'EUR',
    billingAddress: { street: 'Via Roma 5', postcode: '20121', city: 'Milano', country: 'IT' },
    products: [
      ['WEB_HOSTING', 'sofiabianchi.it', 6_000],
      ['DOMAIN', 'sofiabianchi.it', 1_200],
    ],
  },
  {
    key: 'alpine',
    name: 'Alpine Web Collective AG',
    entityType: 'COMPANY',
    country: 'CH',
    vatNumber: null,
    currency: 'CHF',
    partner: {
      publicName: 'Alpine Web Collective',
      contactEmail: 'hello@alpine-web.ch',
      description: 'Hosting reseller in Bern: 300 small businesses under management.',
      resellerDiscountBp: 2000,
      commissionBp: 1250,
    },
    billingAddress: { street: 'Spitalgasse 30', postcode: '3011', city: 'Bern', country: 'CH' },
    products: [['WEB_HOSTING', 'alpine-web.ch', 14_400]],
  },
];

interface DemoUser {
  email: string;
  displayName: string;
  memberships: { organization: string; role: MembershipRole; grantedProducts?: string[] }[];
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'alice@muller-chocolat.ch',
    displayName: 'Alice Müller',
    memberships: [
      { organization: 'muller', role: 'LEGAL_RESPONSIBLE' },
      { organization: 'martin', role: 'EXTERNAL', grantedProducts: ['boulangerie-martin.fr', 'Mail boulangerie-martin.fr'] },
    ],
  },
  { email: 'bruno@muller-chocolat.ch', displayName: 'Bruno Keller', memberships: [{ organization: 'muller', role: 'ADMIN' }] },
  { email: 'chloe@muller-chocolat.ch', displayName: 'Chloé Favre', memberships: [{ organization: 'muller', role: 'USER' }] },
  { email: 'camille@boulangerie-martin.fr', displayName: 'Camille Martin', memberships: [{ organization: 'martin', role: 'LEGAL_RESPONSIBLE' }] },
  { email: 'hugo@boulangerie-martin.fr', displayName: 'Hugo Bernard', memberships: [{ organization: 'martin', role: 'ADMIN' }] },
  { email: 'ines@boulangerie-martin.fr', displayName: 'Inès Petit', memberships: [{ organization: 'martin', role: 'USER' }] },
  { email: 'lea@lea-rossi.photo', displayName: 'Léa Rossi', memberships: [{ organization: 'rossi', role: 'LEGAL_RESPONSIBLE' }] },
  {
    email: 'paul@pixel-partners.ch',
    displayName: 'Paul Meier',
    memberships: [
      { organization: 'pixel', role: 'LEGAL_RESPONSIBLE' },
      { organization: 'muller', role: 'EXTERNAL', grantedProducts: ['shop.muller-chocolat.ch', 'SSL shop.muller-chocolat.ch'] },
      { organization: 'rossi', role: 'ADMIN' },
    ],
  },
  { email: 'sara@pixel-partners.ch', displayName: 'Sara Rochat', memberships: [{ organization: 'pixel', role: 'ADMIN' }] },
  { email: 'tom@pixel-partners.ch', displayName: 'Tom Girard', memberships: [{ organization: 'pixel', role: 'USER' }] },
  { email: 'marc@atelier-dubois.ch', displayName: 'Marc Dubois', memberships: [{ organization: 'dubois', role: 'LEGAL_RESPONSIBLE' }] },
  { email: 'julie@garage-favre.ch', displayName: 'Julie Favre', memberships: [{ organization: 'favre', role: 'LEGAL_RESPONSIBLE' }] },
  { email: 'sofia@sofiabianchi.it', displayName: 'Sofia Bianchi', memberships: [{ organization: 'bianchi', role: 'LEGAL_RESPONSIBLE' }] },
  { email: 'nina@alpine-web.ch', displayName: 'Nina Brunner', memberships: [{ organization: 'alpine', role: 'LEGAL_RESPONSIBLE' }] },
];

interface DemoPartnership {
  client: string;
  partner: string;
  status: 'ACTIVE' | 'PENDING' | 'TERMINATED';
  access: PartnershipAccess;
  billingOwner: BillingOwner | null;
  /** LIMITED: the client's products in scope, by name. */
  products: string[];
  /** The client's person who granted it, and (ACTIVE) the partner's person who accepted it. */
  grantedBy: string;
  acceptedBy?: string;
  /** A history (demo-history.ts): ACTIVE since the history starts; `billingOwner` was `billingOwnerBefore` until `switchedMonth`; ended (by the client) in `endedMonth`. */
  billingOwnerBefore?: BillingOwner;
  switchedMonth?: number;
  endedMonth?: number;
}

/**
 * Pixel Partners manages two of Léa Rossi's products, and Boulangerie Martin has invited it
 * (waiting for its answer). With a history: Atelier Dubois (complete access; the client paid,
 * then the partner since month 9), Garage Favre (complete, the partner paid; ended in month 15).
 */
export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    client: 'rossi',
    partner: 'pixel',
    status: 'ACTIVE',
    access: 'LIMITED',
    billingOwner: null,
    products: ['Mail lea-rossi.photo', 'kDrive Photos'],
    grantedBy: 'lea@lea-rossi.photo',
    acceptedBy: 'paul@pixel-partners.ch',
  },
  {
    client: 'martin',
    partner: 'pixel',
    status: 'PENDING',
    access: 'COMPLETE',
    billingOwner: 'CLIENT',
    products: [],
    grantedBy: 'camille@boulangerie-martin.fr',
  },
  {
    client: 'dubois',
    partner: 'pixel',
    status: 'ACTIVE',
    access: 'COMPLETE',
    billingOwner: 'PARTNER',
    billingOwnerBefore: 'CLIENT',
    switchedMonth: 9,
    products: [],
    grantedBy: 'marc@atelier-dubois.ch',
    acceptedBy: 'paul@pixel-partners.ch',
  },
  {
    client: 'favre',
    partner: 'pixel',
    status: 'TERMINATED',
    access: 'COMPLETE',
    billingOwner: 'PARTNER',
    endedMonth: 15,
    products: [],
    grantedBy: 'julie@garage-favre.ch',
    acceptedBy: 'sara@pixel-partners.ch',
  },
];

/** The partner with many clients (paging, exports): this many, created set-based with a history each. */
export const DEMO_BULK_CLIENTS = { partner: 'alpine', count: 300 } as const;

/** How far the demo's history goes back: orders, renewals, top-ups, invoices and commissions. */
export const DEMO_HISTORY_MONTHS = 18;

const ORGANIZATION_NAMES = Object.fromEntries(DEMO_ORGANIZATIONS.map((o) => [o.key, o.name]));

/** What the start-up log and the README print: who to sign in as to see what. */
export const DEMO_LOGINS = DEMO_USERS.map((user) => ({
  email: user.email,
  description: user.memberships.map((m) => `${m.role.toLowerCase().replace('_', ' ')} of ${ORGANIZATION_NAMES[m.organization]}`).join('; '),
}));
