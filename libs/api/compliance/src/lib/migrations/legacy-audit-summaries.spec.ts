import { AUDIT_ACTIONS, type AuditAction, renderAuditEvent } from '@manager/domain';
import { dataOfLegacyRow } from './1764170020000-StructureAuditEvents';
import { readLegacySummary } from './legacy-audit-summaries';

/**
 * Every sentence the renderer words (the very sentences the API stored before the vocabulary)
 * reads back into the data it came from. Names are the awkward ones real people type.
 */
const names = { clientName: 'Müller & Söhne: "Bau" AG', partnerName: 'Pixel; Partners (Zürich)' };
const limited = { access: 'LIMITED', productCount: 1 } as const;
const complete = { access: 'COMPLETE', billingOwner: 'PARTNER' } as const;
const line = { kind: 'RENEWAL', productName: 'Shop: main (EU)', category: 'KDRIVE', from: '2026-01-31', until: '2027-01-31' } as const;

/** Data by action; partnership events without `trail` (both trails, or the one they go to, are tried). */
const SAMPLES: [AuditAction, Record<string, unknown>, { byPartner?: boolean }?][] = [
  ['organization.created', { name: 'Le "Four" d\'Or; SA', entityType: 'COMPANY', country: 'FR', vatNumber: 'FR40303265045' }],
  ['organization.created', { name: 'Léa Rossi', entityType: 'INDIVIDUAL', country: 'CD', vatNumber: null }],
  ['organization.updated', { name: { from: 'A "to" B', to: 'C' }, country: { from: 'CH', to: 'DE' }, vatNumber: { from: null, to: 'DE136695976' } }],
  ['organization.updated', { vatNumber: { from: 'DE136695976', to: null } }],
  ['organization.updated', { vatNumber: { from: 'DE136695976', to: 'FR40303265045' } }],
  ['organization.vat_verified', { vatNumber: 'FR40303265045', status: 'VALID', registeredName: 'SA "ODIGO"' }],
  ['organization.vat_verified', { vatNumber: 'BE0428759497', status: 'VALID', registeredName: null }],
  ['organization.vat_verified', { vatNumber: 'DE136695976', status: 'INVALID', registeredName: null }],
  ['organization.vat_verified', { vatNumber: 'ATU13585627', status: 'UNAVAILABLE', registeredName: null }],
  ['billing_address.added', { address: 'Compta, 3 quai Saint-Antoine, 69002 Lyon, FR', isDefault: true }],
  ['billing_address.updated', { kind: 'EDITED', from: '1 A, 1000 B, CH', to: '2 A, 1000 B, CH', nowDefault: false }],
  ['billing_address.updated', { kind: 'MADE_DEFAULT', address: '1 A, 1000 B, CH' }],
  ['billing_address.removed', { address: '1 A, 1000 B, CH' }],
  ['terms.accepted', { version: '2026-01' }],
  ['member.role_changed', { memberName: "Jo O'Neil", role: { from: 'EXTERNAL', to: 'LEGAL_RESPONSIBLE' } }],
  ['member.removed', { memberName: 'Tom (Tommy) Weber', role: 'ADMIN' }],
  ['member.left', { memberName: 'Tom Weber' }],
  ['member.legal_responsibility_transferred', { fromName: 'Lea Roth', toName: 'Adam Ibar' }],
  ['member.products_granted', { memberName: 'Eve', productCount: 12 }],
  ['member.invited', { email: 'eve@example.test', role: 'EXTERNAL', productCount: 1 }],
  ['member.invited', { email: 'nina@example.test', role: 'USER', productCount: 0 }],
  ['member.invitation_cancelled', { email: 'nina@example.test', role: 'ADMIN' }],
  ['member.invitation_resent', { email: 'nina@example.test' }],
  ['member.joined', { memberName: 'Nina Keller', role: 'ADMIN', invitedByName: 'Lea (LR) Roth' }],
  ['member.joined', { memberName: 'Nina Keller', role: 'USER', invitedByName: null }],
  ['partnership.request_sent', { email: 'lr@acme.test', access: 'LIMITED' }],
  ['partnership.requested', { partnerName: names.partnerName, access: 'COMPLETE' }, { byPartner: true }],
  ['partnership.invited', { ...names, scope: limited, endsAt: '2026-06-30' }],
  ['partnership.invited', { ...names, scope: complete, endsAt: null }],
  ['partnership.invitation_resent', { partnerName: names.partnerName }],
  ['partnership.invitation_cancelled', { ...names, by: 'CLIENT' }],
  ['partnership.invitation_cancelled', { ...names, by: 'PARTNER' }],
  ['partnership.accepted', { ...names, by: 'PARTNER', scope: limited, askedFor: null }],
  ['partnership.accepted', { ...names, by: 'CLIENT', scope: { access: 'LIMITED', productCount: 3 }, askedFor: complete }],
  ['partnership.accepted', { ...names, by: 'CLIENT', scope: { access: 'COMPLETE', billingOwner: 'CLIENT' }, askedFor: { access: 'LIMITED' } }],
  ['partnership.refused', { ...names, by: 'CLIENT' }],
  ['partnership.refused', { ...names, by: 'PARTNER' }],
  ['partnership.external_member_folded', { memberName: 'Tom Girard', partnerName: names.partnerName, coverage: { access: 'COMPLETE' } }, { byPartner: true }],
  ['partnership.external_member_folded', { memberName: 'Tom Girard', partnerName: names.partnerName, coverage: { access: 'LIMITED', grantedCount: 1, addedCount: 0 } }],
  ['partnership.scope_changed', { ...names, change: { kind: 'ACCESS', from: limited, to: complete } }],
  ['partnership.scope_changed', { ...names, change: { kind: 'BILLING_OWNER', billingOwner: 'CLIENT' } }],
  ['partnership.scope_changed', { ...names, change: { kind: 'PRODUCTS', added: 1, removed: 0, total: 4 } }],
  ['partnership.scope_changed', { ...names, change: { kind: 'UNCHANGED' } }],
  ['partnership.end_date_changed', { ...names, endsAt: '2026-12-31' }],
  ['partnership.end_date_changed', { ...names, endsAt: null }],
  ['partnership.billing_owner_changed', { ...names, billingOwner: 'PARTNER' }],
  ['partnership.billing_owner_changed', { ...names, billingOwner: 'CLIENT' }],
  ['partnership.terminated', { ...names, by: 'CLIENT' }],
  ['partnership.terminated', { ...names, by: 'PARTNER' }],
  ['order.new_product', { line: { kind: 'NEW_PRODUCT', productName: 'a.ch', category: 'DOMAIN', until: '2027-03-01' }, payment: { kind: 'INVOICED' } }],
  ['order.renewal', { line, payment: { kind: 'PAID', amount: { amountMinor: 123_456_789, currency: 'EUR' }, invoiceNumber: '2026-000042' } }],
  ['order.renewal', { line, payment: { kind: 'PAID_BY', payerName: 'Partner: GmbH' } }],
  ['order.paid', { line, clientName: names.clientName, amount: { amountMinor: 5, currency: 'CHF' }, invoiceNumber: '2026-000001' }],
  ['commission.credited', { kind: 'REIMBURSEMENT', amount: { amountMinor: 1_000, currency: 'CHF' }, productName: 'Site', clientName: names.clientName }],
  ['wallet.topped_up', { amount: { amountMinor: 100_000_00, currency: 'CHF' }, balance: { amountMinor: 100_000_00, currency: 'CHF' } }],
];

const row = (action: string, data: Record<string, unknown>, forPartner: boolean, twin?: { data: Record<string, unknown>; forPartner: boolean }) => ({
  id: 'x',
  action,
  summary: renderAuditEvent({ action, data }),
  for_partner: forPartner,
  twin_summary: twin ? renderAuditEvent({ action, data: twin.data }) : null,
  twin_for_partner: twin ? twin.forPartner : null,
});

/**
 * Actions that came after the vocabulary: they were only ever stored structured, so no English
 * sentence of theirs exists to read back. A new action belongs here, never in SAMPLES.
 */
const BORN_STRUCTURED = (action: string) => action.startsWith('api_token.') || action.startsWith('dpa.');

describe('reading the stored sentences back into data', () => {
  it('knows a sentence of every action the API wrote before the vocabulary, and has a sample of each', () => {
    const sampled = new Set(SAMPLES.map(([action]) => action));
    expect([...sampled].sort()).toEqual(Object.keys(AUDIT_ACTIONS).filter((action) => !BORN_STRUCTURED(action)).sort());
    for (const action of sampled) expect(readLegacySummary(action, 'no such sentence')).toEqual([]);
  });

  it.each(SAMPLES.map(([action, data, options]) => [action, renderAuditEvent({ action, data: { ...data, trail: 'PARTNER' } }), data, options ?? {}] as const))(
    '%s: "%s"',
    (action, _sentence, data, { byPartner }) => {
      const info = AUDIT_ACTIONS[action];
      const trails = 'trails' in info ? info.trails : null;
      if (!trails) {
        expect(dataOfLegacyRow(row(action, data, false))).toEqual(data);
        return;
      }
      const actedByPartner = byPartner ?? data['by'] === 'PARTNER';
      const client = { data: { ...data, trail: 'CLIENT' }, forPartner: actedByPartner };
      const partner = { data: { ...data, trail: 'PARTNER' }, forPartner: false };
      if (trails.length === 1) {
        expect(dataOfLegacyRow(row(action, client.data, client.forPartner))).toEqual(client.data);
        return;
      }
      expect(dataOfLegacyRow(row(action, client.data, client.forPartner, partner))).toEqual(client.data);
      expect(dataOfLegacyRow(row(action, partner.data, false, client))).toEqual(partner.data);
      // Without its twin, a paired row lacks the name its sentence leaves out: it stays a sentence.
      expect(dataOfLegacyRow(row(action, client.data, client.forPartner))).toBeNull();
    },
  );

  it.each([
    ['product.renewed', 'Renewed a product'],
    ['member.invited', 'Invited someone'],
    ['order.renewal', 'Renewal of Site (Hosting), 2026-01-31 → 2027-01-31: paid by P'],
    ['organization.updated', 'Changed the name from "A" to "B"; did more'],
    ['wallet.topped_up', 'Wallet top-up of USD 1.00 (balance USD 1.00)'],
  ])('keeps nothing it cannot word back the same: %s "%s"', (action, summary) => {
    expect(dataOfLegacyRow({ id: 'x', action, summary, for_partner: false, twin_summary: null, twin_for_partner: null })).toBeNull();
  });
});
