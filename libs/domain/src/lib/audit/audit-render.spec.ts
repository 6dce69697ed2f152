import type { AuditData } from './audit-vocabulary';
import { AUDIT_ACTIONS, type AuditAction } from './audit-vocabulary';
import { AUDIT_CATALOGS, renderAuditEvent } from './audit-render';

const chf = (amountMinor: number) => ({ amountMinor, currency: 'CHF' as const });
const acme = { clientName: 'Acme SA', partnerName: 'Pixel Partners' };
const client = { ...acme, trail: 'CLIENT' as const };
const partner = { ...acme, trail: 'PARTNER' as const };

/**
 * Every action with data and the English sentence the API wrote before events were structured.
 * The type requires an entry per action: adding one to the vocabulary without wording it here
 * (and so in the English catalog) does not compile.
 */
const SAMPLES: { [A in AuditAction]: readonly (readonly [AuditData<A>, string])[] } = {
  'organization.created': [
    [{ name: 'Boulangerie Durand SAS', entityType: 'COMPANY', country: 'FR', vatNumber: 'FR40303265045' }, 'Created the organization "Boulangerie Durand SAS" (company in France, VAT number FR40303265045)'],
    [{ name: 'Léa Rossi', entityType: 'INDIVIDUAL', country: 'CH', vatNumber: null }, 'Created the organization "Léa Rossi" (individual in Switzerland)'],
  ],
  'organization.updated': [
    [{ name: { from: 'Durand SAS', to: 'Durand & Fils SAS' } }, 'Changed the name from "Durand SAS" to "Durand & Fils SAS"'],
    [
      { country: { from: 'FR', to: 'DE' }, vatNumber: { from: 'FR40303265045', to: 'DE136695976' } },
      'Changed the country from France to Germany; changed the VAT number from FR40303265045 to DE136695976',
    ],
    [{ country: { from: 'DE', to: 'CH' }, vatNumber: { from: 'DE136695976', to: null } }, 'Changed the country from Germany to Switzerland; removed the VAT number DE136695976'],
    [{ vatNumber: { from: null, to: 'DE136695976' } }, 'Set the VAT number to DE136695976'],
  ],
  'organization.second_factor_policy_changed': [
    [{ required: true }, 'Required two-step verification for every member'],
    [{ required: false }, 'Stopped requiring two-step verification for members'],
  ],
  'organization.vat_verified': [
    [{ vatNumber: 'FR40303265045', status: 'VALID', registeredName: 'SA ODIGO' }, 'VIES confirmed the VAT number FR40303265045, registered to "SA ODIGO"'],
    [{ vatNumber: 'BE0428759497', status: 'VALID', registeredName: null }, 'VIES confirmed the VAT number BE0428759497'],
    [{ vatNumber: 'DE136695976', status: 'INVALID', registeredName: null }, 'VIES does not know the VAT number DE136695976 as registered for intra-Community trade'],
    [
      { vatNumber: 'ATU13585627', status: 'UNAVAILABLE', registeredName: null },
      'VIES could not check the VAT number ATU13585627 (service unavailable); it will be checked again on the next save',
    ],
  ],
  'billing_address.added': [
    [{ address: 'Comptabilité, 3 quai Saint-Antoine, 69002 Lyon, FR', isDefault: false }, 'Added the billing address "Comptabilité, 3 quai Saint-Antoine, 69002 Lyon, FR"'],
    [{ address: '12 rue du Four, 75006 Paris, FR', isDefault: true }, 'Added the billing address "12 rue du Four, 75006 Paris, FR" (default)'],
  ],
  'billing_address.updated': [
    [
      { kind: 'EDITED', from: '3 quai Saint-Antoine, 69002 Lyon, FR', to: '5 quai Saint-Antoine, 69002 Lyon, FR', nowDefault: true },
      'Changed the billing address "3 quai Saint-Antoine, 69002 Lyon, FR" to "5 quai Saint-Antoine, 69002 Lyon, FR", now the default',
    ],
    [{ kind: 'EDITED', from: 'A, 1 X, FR', to: 'B, 1 X, FR', nowDefault: false }, 'Changed the billing address "A, 1 X, FR" to "B, 1 X, FR"'],
    [{ kind: 'MADE_DEFAULT', address: 'Marktplatz 1, 79098 Freiburg, DE' }, 'Made "Marktplatz 1, 79098 Freiburg, DE" the default billing address'],
  ],
  'billing_address.removed': [[{ address: '12 rue du Four, 75006 Paris, FR' }, 'Removed the billing address "12 rue du Four, 75006 Paris, FR"']],
  'terms.accepted': [[{ version: '2026-01' }, 'Accepted the general terms of use, version 2026-01']],
  'member.role_changed': [[{ memberName: 'Tom Weber', role: { from: 'USER', to: 'ADMIN' } }, "Changed Tom Weber's role from User to Administrator"]],
  'member.removed': [[{ memberName: 'Tom Weber', role: 'USER' }, 'Removed Tom Weber (User)']],
  'member.left': [[{ memberName: 'Tom Weber' }, 'Tom Weber left the organization']],
  'member.legal_responsibility_transferred': [
    [{ fromName: 'Lea Roth', toName: 'Adam Ibar' }, 'Handed the legal responsibility from Lea Roth to Adam Ibar; Lea Roth is now Administrator'],
  ],
  'member.products_granted': [
    [{ memberName: 'Eve Extern', productCount: 1 }, 'Set the products Eve Extern (External) sees: 1 product'],
    [{ memberName: 'Eve Extern', productCount: 3 }, 'Set the products Eve Extern (External) sees: 3 products'],
  ],
  'member.invited': [
    [{ email: 'nina@example.test', role: 'ADMIN', productCount: 0 }, 'Invited nina@example.test as Administrator'],
    [{ email: 'eve@example.test', role: 'EXTERNAL', productCount: 2 }, 'Invited eve@example.test as External with access to 2 products'],
  ],
  'member.invitation_cancelled': [[{ email: 'nina@example.test', role: 'USER' }, 'Cancelled the invitation of nina@example.test as User']],
  'member.invitation_resent': [[{ email: 'nina@example.test' }, 'Sent the invitation of nina@example.test again, with a new link']],
  'member.invitation_declined': [[{ email: 'nina@example.test', role: 'ADMIN' }, 'nina@example.test declined the invitation to join as Administrator']],
  'member.joined': [
    [{ memberName: 'Nina Keller', role: 'ADMIN', invitedByName: 'Lea Roth' }, 'Nina Keller joined as Administrator (invited by Lea Roth)'],
    [{ memberName: 'Nina Keller', role: 'USER', invitedByName: null }, 'Nina Keller joined as User'],
  ],
  'partnership.request_sent': [[{ email: 'lr@acme.test', access: 'COMPLETE' }, 'Asked lr@acme.test for complete access']],
  'partnership.requested': [[{ trail: 'CLIENT', partnerName: 'Pixel Partners', access: 'LIMITED' }, 'Pixel Partners asked for limited access to the organization']],
  'partnership.invited': [
    [{ ...client, scope: { access: 'LIMITED', productCount: 2 }, endsAt: '2026-04-01' }, 'Invited Pixel Partners to manage the organization with limited access to 2 products until 2026-04-01'],
    [{ ...partner, scope: { access: 'COMPLETE', billingOwner: 'PARTNER' }, endsAt: null }, 'Acme SA invited the organization to manage it with complete access (the partner pays)'],
  ],
  'partnership.invitation_resent': [[{ trail: 'CLIENT', partnerName: 'Pixel Partners' }, 'Sent the invitation of Pixel Partners again, with a new link']],
  'partnership.invitation_cancelled': [
    [{ ...client, by: 'CLIENT' }, 'Deleted the invitation of Pixel Partners'],
    [{ ...partner, by: 'CLIENT' }, 'Acme SA deleted its invitation'],
    [{ ...client, by: 'PARTNER' }, 'Pixel Partners withdrew its request for access'],
    [{ ...partner, by: 'PARTNER' }, 'Withdrew the request for access to Acme SA'],
  ],
  'partnership.accepted': [
    [{ ...client, by: 'PARTNER', scope: { access: 'LIMITED', productCount: 2 }, askedFor: null }, 'The partner accepted the invitation: Pixel Partners now has limited access to 2 products'],
    [
      { ...partner, by: 'PARTNER', scope: { access: 'LIMITED', productCount: 1 }, askedFor: null },
      'Accepted the invitation: Pixel Partners now has limited access to 1 product to Acme SA',
    ],
    [
      { ...client, by: 'CLIENT', scope: { access: 'LIMITED', productCount: 3 }, askedFor: { access: 'COMPLETE', billingOwner: 'PARTNER' } },
      "Accepted the partner's request (it asked for complete access (the partner pays)): Pixel Partners now has limited access to 3 products",
    ],
    [
      { ...partner, by: 'CLIENT', scope: { access: 'COMPLETE', billingOwner: 'CLIENT' }, askedFor: { access: 'LIMITED' } },
      'The client accepted the request (it asked for limited access): Pixel Partners now has complete access (the client pays) to Acme SA',
    ],
  ],
  'partnership.refused': [
    [{ ...client, by: 'CLIENT' }, 'Refused the request of Pixel Partners'],
    [{ ...partner, by: 'CLIENT' }, 'Acme SA refused the request for access'],
    [{ ...client, by: 'PARTNER' }, 'Pixel Partners refused the invitation'],
    [{ ...partner, by: 'PARTNER' }, 'Refused the invitation of Acme SA'],
  ],
  'partnership.external_member_folded': [
    [
      { trail: 'CLIENT', memberName: 'Tom Girard', partnerName: 'Pixel Partners', coverage: { access: 'LIMITED', grantedCount: 2, addedCount: 1 } },
      "Tom Girard's external membership ended: the partnership with Pixel Partners covers it now (2 granted products kept in its scope (1 added))",
    ],
    [
      { trail: 'CLIENT', memberName: 'Tom Girard', partnerName: 'Pixel Partners', coverage: { access: 'COMPLETE' } },
      "Tom Girard's external membership ended: the partnership with Pixel Partners covers it now (complete access covers every product)",
    ],
  ],
  'partnership.scope_changed': [
    [
      { ...client, change: { kind: 'ACCESS', from: { access: 'LIMITED', productCount: 2 }, to: { access: 'COMPLETE', billingOwner: 'CLIENT' } } },
      'For Pixel Partners: changed the access from limited access to 2 products to complete access (the client pays)',
    ],
    [{ ...partner, change: { kind: 'BILLING_OWNER', billingOwner: 'PARTNER' } }, 'Acme SA changed who pays: the partner pays from now on'],
    [{ ...partner, change: { kind: 'PRODUCTS', added: 1, removed: 2, total: 3 } }, 'Acme SA changed the products in scope (1 added, 2 removed; 3 in all)'],
    [{ ...client, change: { kind: 'UNCHANGED' } }, 'For Pixel Partners: confirmed the access unchanged'],
  ],
  'partnership.end_date_changed': [
    [{ ...client, endsAt: '2026-05-01' }, 'For Pixel Partners: set the end of the partnership to 2026-05-01'],
    [{ ...partner, endsAt: null }, 'Acme SA removed the end date of the partnership'],
  ],
  'partnership.billing_owner_changed': [
    [{ ...client, billingOwner: 'PARTNER' }, "For Pixel Partners: changed who pays: Pixel Partners pays for Acme SA's orders and renewals from now on"],
    [{ ...partner, billingOwner: 'CLIENT' }, 'Acme SA changed who pays: Acme SA pays for its own orders and renewals from now on'],
    // A name ending in s takes the apostrophe alone ("Pixel Partners'", never "Pixel Partners's").
    [{ ...client, clientName: 'Dupont Frères', billingOwner: 'PARTNER' }, "For Pixel Partners: changed who pays: Pixel Partners pays for Dupont Frères' orders and renewals from now on"],
  ],
  'partnership.terminated': [
    [{ ...client, by: 'CLIENT' }, 'Ended the partnership with Pixel Partners'],
    [{ ...partner, by: 'CLIENT' }, 'Acme SA ended the partnership'],
    [{ ...client, by: 'PARTNER' }, 'Pixel Partners ended the partnership'],
    [{ ...partner, by: 'PARTNER' }, 'Ended the partnership with Acme SA'],
  ],
  'order.new_product': [
    [
      { line: { kind: 'NEW_PRODUCT', productName: 'acme.ch', category: 'DOMAIN', until: '2027-03-01' }, payment: { kind: 'PAID', amount: chf(123_450), invoiceNumber: '2026-000001' } },
      'acme.ch (Domain), new, until 2027-03-01: paid CHF 1,234.50, invoice 2026-000001',
    ],
  ],
  'order.renewal': [
    [
      { line: { kind: 'RENEWAL', productName: 'Site', category: 'WEB_HOSTING', from: '2026-03-01', until: '2027-03-01' }, payment: { kind: 'PAID_BY', payerName: 'Partner GmbH' } },
      'Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01: paid by Partner GmbH',
    ],
    [
      { line: { kind: 'RENEWAL', productName: 'Site', category: 'WEB_HOSTING', from: '2026-03-01', until: '2027-03-01' }, payment: { kind: 'INVOICED' } },
      'Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01: invoiced to the organization',
    ],
  ],
  'order.paid': [
    [
      {
        line: { kind: 'RENEWAL', productName: 'Site', category: 'WEB_HOSTING', from: '2026-03-01', until: '2027-03-01' },
        clientName: 'Client SA',
        amount: chf(11_343),
        invoiceNumber: '2026-000002',
      },
      'Paid CHF 113.43 for Client SA: Renewal of Site (Web hosting), 2026-03-01 → 2027-03-01, invoice 2026-000002',
    ],
  ],
  'commission.credited': [
    [{ kind: 'CASHBACK', amount: { amountMinor: 1_050, currency: 'EUR' }, productName: 'Site', clientName: 'Client SA' }, 'Cashback of EUR 10.50 on Site for Client SA'],
  ],
  'wallet.topped_up': [[{ amount: chf(5_000), balance: chf(125_000_07) }, 'Wallet top-up of CHF 50.00 (balance CHF 125,000.07)']],
  'api_token.created': [[{ tokenName: 'CRM sync', kind: 'ORGANIZATION' }, 'Created the organization API token "CRM sync"']],
  'api_token.rotated': [[{ tokenName: 'CRM sync', kind: 'PERSONAL' }, 'Rotated the personal API token "CRM sync"']],
  'api_token.revoked': [
    [{ tokenName: 'CRM sync', kind: 'ORGANIZATION', reason: 'REVOKED' }, 'Revoked the organization API token "CRM sync"'],
    [{ tokenName: 'CRM sync', kind: 'PERSONAL', reason: 'LEAKED' }, 'Revoked the personal API token "CRM sync": it was reported as published'],
  ],
  'api_token.blocked': [[{ tokenName: 'CRM sync', partnerName: 'Pixel Partners' }, `Blocked Pixel Partners's API token "CRM sync" for this organization`]],
  'api_token.unblocked': [[{ tokenName: 'CRM sync', partnerName: 'Pixel Partners' }, `Unblocked Pixel Partners's API token "CRM sync" for this organization`]],
  'api_token.daily_reads': [
    [
      { tokenName: 'CRM sync', partnerName: 'Pixel Partners', day: '2026-01-05', activeMinutes: 1 },
      `Pixel Partners's API token "CRM sync" read this organization's data on 2026-01-05 (1 active minute)`,
    ],
  ],
  'dpa.generated': [[{ version: '2026-1' }, 'Generated the data processing agreement (GDPR certificate), version 2026-1']],
};

describe('renderAuditEvent', () => {
  it('words every action of the vocabulary in every language', () => {
    const actions = Object.keys(AUDIT_ACTIONS).sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(actions);
    for (const catalog of Object.values(AUDIT_CATALOGS)) expect(Object.keys(catalog).sort()).toEqual(actions);
  });

  it.each(Object.entries(SAMPLES).flatMap(([action, samples]) => samples.map(([data, sentence]) => [action, sentence, data] as const)))(
    '%s: "%s", as the trail read before events were structured',
    (action, sentence, data) => {
      expect(renderAuditEvent({ action, data }, 'en')).toBe(sentence);
    },
  );

  it.each(['fr', 'de', 'it'] as const)('words every sample in %s, in its own words (not the English sentence)', (language) => {
    for (const [action, samples] of Object.entries(SAMPLES)) {
      for (const [data, english] of samples) {
        const sentence = renderAuditEvent({ action, data }, language);
        expect(sentence).toMatch(/\p{L}/u);
        expect([action, sentence]).not.toEqual([action, english]);
        if (language === 'de') expect(sentence).not.toMatch(/ß/u);
      }
    }
  });

  it('writes names, amounts, dates and countries for the reader', () => {
    const created = { name: 'Boulangerie Durand SAS', entityType: 'COMPANY', country: 'DE', vatNumber: null };
    expect(renderAuditEvent({ action: 'organization.created', data: created }, 'fr')).toBe('A créé l’organisation « Boulangerie Durand SAS » (entreprise, Allemagne)');
    expect(renderAuditEvent({ action: 'organization.created', data: created }, 'de')).toBe('Hat die Organisation «Boulangerie Durand SAS» erstellt (Unternehmen, Deutschland)');
    expect(renderAuditEvent({ action: 'organization.created', data: created }, 'it')).toBe('Ha creato l’organizzazione «Boulangerie Durand SAS» (azienda, Germania)');
    const topUp = { amount: chf(123450), balance: chf(200000) };
    const deCh = (minor: number) => new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(minor / 100);
    expect(renderAuditEvent({ action: 'wallet.topped_up', data: topUp }, 'de')).toBe(`Guthaben um ${deCh(123450)} aufgeladen (Saldo ${deCh(200000)})`);
    expect(renderAuditEvent({ action: 'member.role_changed', data: { memberName: 'Tom Weber', role: { from: 'USER', to: 'LEGAL_RESPONSIBLE' } } }, 'it')).toBe(
      'Ha cambiato il ruolo di Tom Weber: Utente → Responsabile legale',
    );
    const end = { ...client, endsAt: '2026-03-31' };
    expect(renderAuditEvent({ action: 'partnership.end_date_changed', data: end }, 'fr')).toBe('Pour Pixel Partners : a fixé la fin du partenariat au 31 mars 2026');
  });

  it('shows a legacy sentence as it was, whatever the action', () => {
    expect(renderAuditEvent({ action: 'member.invited', data: { legacySummary: 'Invited someone' } })).toBe('Invited someone');
    expect(renderAuditEvent({ action: 'product.renewed', data: { legacySummary: 'Renewed a product' } })).toBe('Renewed a product');
  });

  it('names an action it does not know instead of failing the trail', () => {
    expect(renderAuditEvent({ action: 'robot.danced', data: {} })).toBe('robot.danced');
  });

  it('keeps every partnership action in at least one trail, and only partnership actions', () => {
    for (const [action, info] of Object.entries(AUDIT_ACTIONS)) {
      const trails = 'trails' in info ? info.trails : undefined;
      expect([action, trails !== undefined]).toEqual([action, action.startsWith('partnership.') && action !== 'partnership.request_sent']);
    }
  });
});
