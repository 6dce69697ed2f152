import { hasPermission, memberAccess, viewerRights } from './viewer-permissions';

describe('viewer rights (from the API viewerAccess)', () => {
  it('reads the permissions the API sent, never re-derived from the role or the access level', () => {
    // An administrator's role would carry AUDIT_READ; the API's answer is what counts.
    expect(hasPermission({ via: 'MEMBER', role: 'ADMIN', permissions: ['MEMBERS_READ'] }, 'AUDIT_READ')).toBe(false);
    expect(hasPermission({ via: 'MEMBER', role: 'ADMIN', permissions: ['MEMBERS_READ'] }, 'MEMBERS_READ')).toBe(true);
    expect(hasPermission({ via: 'PARTNER', access: 'COMPLETE', permissions: ['MEMBERS_READ'] }, 'MEMBERS_READ')).toBe(true);
    expect(hasPermission({ via: 'PARTNER', access: 'LIMITED', permissions: ['PRODUCTS_RENEW'] }, 'MEMBERS_READ')).toBe(false);
    // A role sent alongside a partner way in grants nothing beyond the list.
    expect(hasPermission({ via: 'PARTNER', role: 'LEGAL_RESPONSIBLE', access: 'LIMITED', permissions: ['PRODUCTS_RENEW'] }, 'BILLING_READ')).toBe(false);
    expect([...viewerRights({ via: 'MEMBER', role: 'USER', permissions: ['MEMBERS_READ', 'ACT_FOR_PARTNER'] })].sort()).toEqual([
      'ACT_FOR_PARTNER',
      'MEMBERS_READ',
    ]);
  });

  it('gives a membership known only by its role the permissions of that role (me.memberships)', () => {
    expect(hasPermission(memberAccess('ADMIN'), 'AUDIT_READ')).toBe(true);
    expect(hasPermission(memberAccess('ADMIN'), 'PARTNERS_MANAGE')).toBe(false);
    expect(hasPermission(memberAccess('USER'), 'MEMBERS_READ')).toBe(true);
    expect(viewerRights(memberAccess('EXTERNAL')).size).toBe(0);
  });

  it('reads the partner-program rights the policy decides by role list', () => {
    expect(hasPermission(memberAccess('ADMIN'), 'PARTNERSHIPS_READ')).toBe(true);
    expect(hasPermission(memberAccess('USER'), 'PARTNERSHIPS_READ')).toBe(false);
    expect(hasPermission(memberAccess('USER'), 'ACT_FOR_PARTNER')).toBe(true);
    expect(hasPermission(memberAccess('EXTERNAL'), 'ACT_FOR_PARTNER')).toBe(false);
  });

  it('fails closed without a way in', () => {
    expect(hasPermission(null, 'MEMBERS_READ')).toBe(false);
    expect(hasPermission({ via: 'MEMBER', role: null, permissions: [] }, 'MEMBERS_READ')).toBe(false);
    expect(hasPermission(memberAccess(undefined), 'MEMBERS_READ')).toBe(false);
  });
});
