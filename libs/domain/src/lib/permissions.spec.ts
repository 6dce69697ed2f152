import { PARTNER_ACCESS_PERMISSIONS, Permission, ROLE_PERMISSIONS, ROLES_ACTING_FOR_PARTNER, roleCan } from './permissions';
import { MembershipRole } from './vocabulary';

describe('role permissions', () => {
  it('decides every permission for every role (the matrix below is the decision)', () => {
    const matrix = Object.fromEntries(
      Object.values(MembershipRole).map((role) => [role, Object.values(Permission).filter((p) => roleCan(role, p))]),
    );
    expect(matrix).toEqual({
      LEGAL_RESPONSIBLE: [
        'ORGANIZATION_UPDATE',
        'MEMBERS_READ',
        'MEMBERS_MANAGE',
        'LEGAL_RESPONSIBILITY_TRANSFER',
        'AUDIT_READ',
        'PARTNERS_MANAGE',
        'CLIENTS_MANAGE',
        'ORDERS_PLACE',
        'PRODUCTS_RENEW',
        'BILLING_READ',
        'BILLING_MANAGE',
      ],
      ADMIN: [
        'ORGANIZATION_UPDATE',
        'MEMBERS_READ',
        'MEMBERS_MANAGE',
        'AUDIT_READ',
        'CLIENTS_MANAGE',
        'ORDERS_PLACE',
        'PRODUCTS_RENEW',
        'BILLING_READ',
        'BILLING_MANAGE',
      ],
      USER: ['MEMBERS_READ'],
      EXTERNAL: [],
    });
  });

  it('lets partners read only what their access level covers, and never act as EXTERNAL members', () => {
    expect(PARTNER_ACCESS_PERMISSIONS).toEqual({
      LIMITED: ['PRODUCTS_RENEW'],
      COMPLETE: ['MEMBERS_READ', 'ORDERS_PLACE', 'PRODUCTS_RENEW'],
    });
    expect(ROLES_ACTING_FOR_PARTNER).toEqual(['LEGAL_RESPONSIBLE', 'ADMIN', 'USER']);
  });

  it('lists only known permissions', () => {
    const known = new Set(Object.values(Permission));
    for (const permissions of Object.values(ROLE_PERMISSIONS)) for (const p of permissions) expect(known.has(p)).toBe(true);
  });
});
