import { PARTNER_ACCESS_PERMISSIONS, type PartnershipAccess } from '@manager/domain';
import { hasPermission, memberAccess as member } from '@manager/web-data-access';
import { actingAsText, actingPartnerTabs, partnerProgramTabs } from './partner-access';

const labels = (tabs: { label: string }[]) => tabs.map((t) => t.label);
// A partner's way in, with the permissions the API answers for its access level.
const partner = (access: PartnershipAccess) => ({ via: 'PARTNER' as const, access, permissions: PARTNER_ACCESS_PERMISSIONS[access] });

describe('partner program visibility', () => {
  it('client side: the legal responsible manages, administrators read, others see nothing', () => {
    expect(hasPermission(member('LEGAL_RESPONSIBLE'), 'PARTNERS_MANAGE')).toBe(true);
    expect(hasPermission(member('ADMIN'), 'PARTNERS_MANAGE')).toBe(false);
    expect(hasPermission(member('ADMIN'), 'PARTNERSHIPS_READ')).toBe(true);
    expect(hasPermission(member('USER'), 'PARTNERSHIPS_READ')).toBe(false);
    expect(hasPermission(member(null), 'PARTNERSHIPS_READ')).toBe(false);
  });

  it('partner side: LR and administrators answer and ask; users only list', () => {
    expect(hasPermission(member('LEGAL_RESPONSIBLE'), 'CLIENTS_MANAGE')).toBe(true);
    expect(hasPermission(member('ADMIN'), 'CLIENTS_MANAGE')).toBe(true);
    expect(hasPermission(member('USER'), 'CLIENTS_MANAGE')).toBe(false);
    expect(hasPermission(member('EXTERNAL'), 'CLIENTS_MANAGE')).toBe(false);
  });

  it('adds Partners for readers and Clients for acting roles of a partner organization', () => {
    expect(labels(partnerProgramTabs('o1', member('LEGAL_RESPONSIBLE'), true))).toEqual(['Partners', 'Clients']);
    expect(labels(partnerProgramTabs('o1', member('ADMIN'), false))).toEqual(['Partners']);
    expect(labels(partnerProgramTabs('o1', member('USER'), true))).toEqual(['Clients']);
    expect(labels(partnerProgramTabs('o1', member('EXTERNAL'), true))).toEqual([]);
    expect(partnerProgramTabs('o1', member('LEGAL_RESPONSIBLE'), true).map((t) => t.link.join('/'))).toEqual(['/org/o1/partners', '/org/o1/clients']);
  });

  it('a partner acting in a client organization sees its products, and the members with complete access', () => {
    expect(labels(actingPartnerTabs('c1', partner('LIMITED')))).toEqual(['Dashboard']);
    expect(labels(actingPartnerTabs('c1', partner('COMPLETE')))).toEqual(['Dashboard', 'Members']);
    expect(actingPartnerTabs('c1', null)).toEqual([]);
    // A member's own way in is not a partner's: no acting tabs, whatever its permissions.
    expect(actingPartnerTabs('c1', member('LEGAL_RESPONSIBLE'))).toEqual([]);
  });

  it('says who the user acts for', () => {
    expect(actingAsText('Pixel Partners', 'LIMITED')).toBe('You are acting as Pixel Partners (partner, limited access)');
    expect(actingAsText('Pixel Partners', 'COMPLETE')).toBe('You are acting as Pixel Partners (partner, complete access)');
  });
});
