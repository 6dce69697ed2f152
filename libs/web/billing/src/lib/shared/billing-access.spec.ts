import { PARTNER_ACCESS_PERMISSIONS, type PartnershipAccess } from '@manager/domain';
import { hasPermission, memberAccess as member } from '@manager/web-data-access';
import { billingTabs, canOrderNew, canRenew } from './billing-access';
import { canChangeBillingOwner } from '../partnership/billing-owner-edit';

// A partner's way in, with the permissions the API answers for its access level.
const partner = (access: PartnershipAccess) => ({ via: 'PARTNER' as const, access, permissions: PARTNER_ACCESS_PERMISSIONS[access] });

describe('who sees Renew, Order a new product, Top up', () => {
  it.each([
    ['LEGAL_RESPONSIBLE', true, true, true],
    ['ADMIN', true, true, true],
    ['USER', false, false, false],
    ['EXTERNAL', false, false, false],
  ] as const)('member %s: renew %s, order %s, top up %s', (role, renew, order, topUp) => {
    expect(canRenew(member(role))).toBe(renew);
    expect(canOrderNew(member(role))).toBe(order);
    expect(hasPermission(member(role), 'BILLING_MANAGE')).toBe(topUp);
    expect(hasPermission(member(role), 'BILLING_READ')).toBe(topUp);
  });

  it('a LIMITED partner renews (its scope) but does not order new products', () => {
    expect(canRenew(partner('LIMITED'))).toBe(true);
    expect(canOrderNew(partner('LIMITED'))).toBe(false);
  });

  it('a COMPLETE partner renews and orders', () => {
    expect(canRenew(partner('COMPLETE'))).toBe(true);
    expect(canOrderNew(partner('COMPLETE'))).toBe(true);
  });

  it('nothing without access', () => {
    expect(canRenew(null)).toBe(false);
    expect(canOrderNew({ via: 'PARTNER', access: null, permissions: [] })).toBe(false);
    expect(hasPermission(member(null), 'BILLING_MANAGE')).toBe(false);
  });

  it('billing tabs: Billing for BILLING_READ, Revenue for partners too', () => {
    expect(billingTabs('o1', member('ADMIN'), false).map((t) => t.label)).toEqual(['Billing']);
    expect(billingTabs('o1', member('LEGAL_RESPONSIBLE'), true).map((t) => t.link.join('/'))).toEqual(['/org/o1/billing', '/org/o1/revenue']);
    expect(billingTabs('o1', member('USER'), true)).toEqual([]);
  });

  it('the payment-mode pencil: client LR on an ACTIVE COMPLETE partnership only', () => {
    const base = { side: 'CLIENT' as const, viewer: member('LEGAL_RESPONSIBLE'), status: 'ACTIVE' as const, access: 'COMPLETE' as const, billingOwner: 'CLIENT' as const };
    expect(canChangeBillingOwner(base)).toBe(true);
    expect(canChangeBillingOwner({ ...base, viewer: member('ADMIN') })).toBe(false);
    expect(canChangeBillingOwner({ ...base, side: 'PARTNER' })).toBe(false);
    expect(canChangeBillingOwner({ ...base, status: 'PENDING' })).toBe(false);
    expect(canChangeBillingOwner({ ...base, access: 'LIMITED', billingOwner: null })).toBe(false);
  });
});
