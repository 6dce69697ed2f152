import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EmptyState } from '@manager/web-ui';
import { Button } from '@manager/web-ui/native-form';

@Component({
  selector: 'mgr-no-organization-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, Button, RouterLink],
  template: `
    <mgr-empty-state
      icon="business"
      heading="No organization yet"
      i18n-heading="@@dashboard.noOrganization.heading"
      message="Your account is not a member of any organization. Create one, or ask to be invited to an existing one."
      i18n-message="@@dashboard.noOrganization.message"
    >
      <a mgrButton="filled" routerLink="/organizations/new" i18n="@@dashboard.noOrganization.create">Create an organization</a>
    </mgr-empty-state>
  `,
})
export class NoOrganizationPage {}
