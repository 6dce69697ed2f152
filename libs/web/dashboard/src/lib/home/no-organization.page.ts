import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '@manager/web-ui';

@Component({
  selector: 'mgr-no-organization-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState],
  template: `
    <mgr-empty-state
      icon="business"
      heading="No organization yet"
      message="Your account is not a member of any organization. When someone adds you to theirs, it will appear here."
    />
  `,
})
export class NoOrganizationPage {}
