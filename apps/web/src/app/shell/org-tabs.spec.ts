import type { MembershipRole } from '@manager/domain';
import { memberAccess } from '@manager/web-data-access';
import { apiTokensTab, organizationTabs } from './org-tabs';

// A membership with the permissions the API answers for its role.
const member = (role: MembershipRole) => memberAccess(role);
const labels = (role: MembershipRole) => organizationTabs('o1', member(role)).map((t) => t.label);

describe('organizationTabs', () => {
  it('shows every page to the legal responsible and administrators', () => {
    expect(labels('LEGAL_RESPONSIBLE')).toEqual(['Dashboard', 'Details', 'Members', 'Activity']);
    expect(labels('ADMIN')).toEqual(['Dashboard', 'Details', 'Members', 'Activity']);
  });

  it('hides the activity from users and the members from externals', () => {
    expect(labels('USER')).toEqual(['Dashboard', 'Details', 'Members']);
    expect(labels('EXTERNAL')).toEqual(['Dashboard', 'Details']);
  });

  it('links inside the organization', () => {
    expect(organizationTabs('o1', member('ADMIN')).map((t) => t.link.join('/'))).toEqual([
      '/org/o1',
      '/org/o1/details',
      '/org/o1/members',
      '/org/o1/activity',
    ]);
  });

  it('links every member to the API tokens of the organization', () => {
    expect(apiTokensTab('o1')).toMatchObject({ label: 'API tokens', link: ['/org', 'o1', 'api-tokens'], exact: false });
  });
});
