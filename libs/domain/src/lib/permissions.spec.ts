import { Permission, ROLE_PERMISSIONS, roleCan } from './permissions';
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
      ],
      ADMIN: ['ORGANIZATION_UPDATE', 'MEMBERS_READ', 'MEMBERS_MANAGE', 'AUDIT_READ'],
      USER: ['MEMBERS_READ'],
      EXTERNAL: [],
    });
  });

  it('lists only known permissions', () => {
    const known = new Set(Object.values(Permission));
    for (const permissions of Object.values(ROLE_PERMISSIONS)) for (const p of permissions) expect(known.has(p)).toBe(true);
  });
});
