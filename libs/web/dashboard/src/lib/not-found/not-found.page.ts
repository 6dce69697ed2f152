import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EmptyState } from '@manager/web-ui';
import { Button } from '@manager/web-ui/native-form';

@Component({
  selector: 'mgr-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, Button, RouterLink],
  template: `
    <mgr-empty-state
      icon="error"
      heading="Page not found"
      i18n-heading="@@dashboard.notFound.heading"
      message="There is nothing at this address."
      i18n-message="@@dashboard.notFound.message"
    >
      <a mgrButton="outlined" routerLink="/" i18n="@@dashboard.notFound.home">Go to my organization</a>
    </mgr-empty-state>
  `,
})
export class NotFoundPage {}
