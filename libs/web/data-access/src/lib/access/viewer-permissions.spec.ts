import { hasPermission, memberAccess, viewerRights } from './viewer-permissions';

describe('viewer rights (from the API viewerAccess)', () => {
  it('gives a member the permissions of its role', () => {
    expect(hasPermission({ via: 'MEMBER', role: 'ADMIN' }, 'AUDIT_READ')).toBe(true);
    expect(hasPermission({ via: 'MEMBER', role: 'ADMIN' }, 'PARTNERS_MANAGE')).toBe(false);
    expect(hasPermission({ via: 'MEMBER', role: 'USER' }, 'MEMBERS_READ')).toBe(true);
    expect(viewerRights({ via: 'MEMBER', role: 'EXTERNAL' }).size).toBe(0);
  });

  it('gives a partner only what its access level covers, never a role', () => {
    expect(hasPermission({ via: 'PARTNER', access: 'COMPLETE' }, 'MEMBERS_READ')).toBe(true);
    expect(hasPermission({ via: 'PARTNER', access: 'LIMITED' }, 'MEMBERS_READ')).toBe(false);
    expect(hasPermission({ via: 'PARTNER', access: 'LIMITED' }, 'PRODUCTS_RENEW')).toBe(true);
    // A role sent alongside a partner way in grants nothing.
    expect(hasPermission({ via: 'PARTNER', role: 'LEGAL_RESPONSIBLE', access: 'LIMITED' }, 'BILLING_READ')).toBe(false);
  });

  it('reads the partner-program rights the policy decides by role list', () => {
    expect(hasPermission(memberAccess('ADMIN'), 'PARTNERSHIPS_READ')).toBe(true);
    expect(hasPermission(memberAccess('USER'), 'PARTNERSHIPS_READ')).toBe(false);
    expect(hasPermission(memberAccess('USER'), 'ACT_FOR_PARTNER')).toBe(true);
    expect(hasPermission(memberAccess('EXTERNAL'), 'ACT_FOR_PARTNER')).toBe(false);
  });

  it('fails closed without a way in', () => {
    expect(hasPermission(null, 'MEMBERS_READ')).toBe(false);
    expect(hasPermission({ via: 'MEMBER', role: null }, 'MEMBERS_READ')).toBe(false);
    expect(hasPermission(memberAccess(undefined), 'MEMBERS_READ')).toBe(false);
  });
});
