import { actingAsText, actingPartnerTabs, canManageClients, canManagePartners, canReadPartnerships, partnerProgramTabs } from './partner-access';

const labels = (tabs: { label: string }[]) => tabs.map((t) => t.label);

describe('partner program visibility', () => {
  it('client side: the legal responsible manages, administrators read, others see nothing', () => {
    expect(canManagePartners('LEGAL_RESPONSIBLE')).toBe(true);
    expect(canManagePartners('ADMIN')).toBe(false);
    expect(canReadPartnerships('ADMIN')).toBe(true);
    expect(canReadPartnerships('USER')).toBe(false);
    expect(canReadPartnerships(null)).toBe(false);
  });

  it('partner side: LR and administrators answer and ask; users only list', () => {
    expect(canManageClients('LEGAL_RESPONSIBLE')).toBe(true);
    expect(canManageClients('ADMIN')).toBe(true);
    expect(canManageClients('USER')).toBe(false);
    expect(canManageClients('EXTERNAL')).toBe(false);
  });

  it('adds Partners for readers and Clients for acting roles of a partner organization', () => {
    expect(labels(partnerProgramTabs('o1', 'LEGAL_RESPONSIBLE', true))).toEqual(['Partners', 'Clients']);
    expect(labels(partnerProgramTabs('o1', 'ADMIN', false))).toEqual(['Partners']);
    expect(labels(partnerProgramTabs('o1', 'USER', true))).toEqual(['Clients']);
    expect(labels(partnerProgramTabs('o1', 'EXTERNAL', true))).toEqual([]);
    expect(partnerProgramTabs('o1', 'LEGAL_RESPONSIBLE', true).map((t) => t.link.join('/'))).toEqual(['/org/o1/partners', '/org/o1/clients']);
  });

  it('a partner acting in a client organization sees its products, and the members with complete access', () => {
    expect(labels(actingPartnerTabs('c1', 'LIMITED'))).toEqual(['Dashboard']);
    expect(labels(actingPartnerTabs('c1', 'COMPLETE'))).toEqual(['Dashboard', 'Members']);
    expect(actingPartnerTabs('c1', null)).toEqual([]);
  });

  it('says who the user acts for', () => {
    expect(actingAsText('Pixel Partners', 'LIMITED')).toBe('You are acting as Pixel Partners (partner, limited access)');
    expect(actingAsText('Pixel Partners', 'COMPLETE')).toBe('You are acting as Pixel Partners (partner, complete access)');
  });
});
