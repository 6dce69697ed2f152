import { PARTNER_ACCESS_PERMISSIONS, type PartnershipAccess } from '@manager/domain';
import { memberAccess as member } from '@manager/web-data-access';
import { ASSIGNABLE_ROLES, memberRowActions, membersPageAccess } from './member-permissions';

// A partner's way in, with the permissions the API answers for its access level.
const partner = (access: PartnershipAccess) => ({ via: 'PARTNER' as const, access, permissions: PARTNER_ACCESS_PERMISSIONS[access] });

describe('membersPageAccess', () => {
  it('lets the legal responsible and administrators manage, users read, externals nothing', () => {
    expect(membersPageAccess(member('LEGAL_RESPONSIBLE'))).toBe('manage');
    expect(membersPageAccess(member('ADMIN'))).toBe('manage');
    expect(membersPageAccess(member('USER'))).toBe('read');
    expect(membersPageAccess(member('EXTERNAL'))).toBe('none');
    expect(membersPageAccess(null)).toBe('none');
  });

  it("lets a partner with complete access read the client's members, never manage them", () => {
    expect(membersPageAccess(partner('COMPLETE'))).toBe('read');
    expect(membersPageAccess(partner('LIMITED'))).toBe('none');
  });
});

describe('memberRowActions', () => {
  const user = { role: 'USER' as const, personId: 'u2' };
  const external = { role: 'EXTERNAL' as const, personId: 'u3' };
  const legal = { role: 'LEGAL_RESPONSIBLE' as const, personId: 'u4' };

  it('gives a legal responsible every action on other members, including the transfer', () => {
    expect(memberRowActions(member('LEGAL_RESPONSIBLE'), 'u1', user)).toEqual({
      changeRole: true,
      remove: true,
      makeLegalResponsible: true,
      editProducts: false,
    });
  });

  it('gives an administrator no transfer', () => {
    expect(memberRowActions(member('ADMIN'), 'u1', user).makeLegalResponsible).toBe(false);
    expect(memberRowActions(member('ADMIN'), 'u1', user).changeRole).toBe(true);
  });

  it("edits an external member's products, and never makes them legal responsible", () => {
    expect(memberRowActions(member('LEGAL_RESPONSIBLE'), 'u1', external)).toMatchObject({ editProducts: true, makeLegalResponsible: false });
  });

  it('leaves the legal responsible and the viewer themselves alone', () => {
    const none = { changeRole: false, remove: false, makeLegalResponsible: false, editProducts: false };
    expect(memberRowActions(member('ADMIN'), 'u1', legal)).toEqual(none);
    expect(memberRowActions(member('ADMIN'), 'u2', user)).toEqual(none);
  });

  it('gives users and externals nothing', () => {
    const none = { changeRole: false, remove: false, makeLegalResponsible: false, editProducts: false };
    expect(memberRowActions(member('USER'), 'u1', user)).toEqual(none);
    expect(memberRowActions(member('EXTERNAL'), 'u1', external)).toEqual(none);
  });

  it('never offers legal responsible as a role to assign', () => {
    expect(ASSIGNABLE_ROLES).not.toContain('LEGAL_RESPONSIBLE');
  });
});
