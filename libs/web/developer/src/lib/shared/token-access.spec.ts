import type { MembershipRole } from '@manager/domain';
import { memberAccess } from '@manager/web-data-access';
import { choosesClients, mayBlockPartnerTokens, mayHaveTokens, mayManageOrganizationTokens, seesPartnerApiAccess } from './token-access';

const roles: MembershipRole[] = ['LEGAL_RESPONSIBLE', 'ADMIN', 'USER', 'EXTERNAL'];
const asPartner = { via: 'PARTNER' as const, access: 'COMPLETE' as const, permissions: ['MEMBERS_READ' as const] };

describe('token access', () => {
  it('gives every member personal tokens, and the legal responsible and administrators the organization tokens (the API rule)', () => {
    expect(roles.map((role) => mayHaveTokens(memberAccess(role)))).toEqual([true, true, true, true]);
    expect(roles.map((role) => mayManageOrganizationTokens(memberAccess(role)))).toEqual([true, true, false, false]);
  });

  it('gives a partner reaching a client no tokens there', () => {
    expect(mayHaveTokens(asPartner)).toBe(false);
    expect(mayManageOrganizationTokens({ ...asPartner, permissions: ['PARTNERSHIPS_READ'] })).toBe(false);
  });

  it('offers a client selection to partner organizations only, to those acting for them', () => {
    expect(choosesClients({ partnerProfile: { publicName: 'Pixel' }, viewerAccess: memberAccess('ADMIN') })).toBe(true);
    expect(choosesClients({ partnerProfile: null, viewerAccess: memberAccess('ADMIN') })).toBe(false);
    expect(choosesClients({ partnerProfile: { publicName: 'Pixel' }, viewerAccess: memberAccess('EXTERNAL') })).toBe(false);
  });

  it("shows the partners' API access to the legal responsible and administrators; only the legal responsible blocks", () => {
    expect(roles.map((role) => seesPartnerApiAccess(memberAccess(role)))).toEqual([true, true, false, false]);
    expect(roles.map((role) => mayBlockPartnerTokens(memberAccess(role)))).toEqual([true, false, false, false]);
  });
});
