import { ChangeDetectionStrategy, Component, DestroyRef, inject, input } from '@angular/core';
import { OrganizationActivityDocument, OrganizationActivityQuery, hasPermission, pageQuery } from '@manager/web-data-access';
import { EmptyState, KeysetList, LoadMore, LocalDatePipe, LocalTextPipe, PageHeader, PageStateView, accessRefused } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';

type Trail = OrganizationActivityQuery['organization']['auditTrail'];
type AuditEntry = Trail['edges'][number]['node'];

export const ACTIVITY_PAGE_SIZE = 20;
const NOT_FOR_YOUR_ROLE = accessRefused(
  'history',
  $localize`:@@organizations.activity.notForYourRole:Only the legal responsible and administrators can see the activity of the organization.`,
);

/** The audit trail, newest first, for the legal responsible and administrators. */
@Component({
  selector: 'mgr-activity-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, PageHeader, PageStateView, LoadMore, LocalDatePipe, LocalTextPipe],
  template: `
    <mgr-page-state
      [page]="page"
      loading="Loading the activity"
      i18n-loading="@@organizations.activity.loading"
      failure="The activity could not be loaded."
      i18n-failure="@@organizations.activity.failure"
    />
    @if (page.data()) {
      <mgr-page-header
        heading="Activity"
        i18n-heading="@@organizations.activity.title"
        description="Changes made in this organization, newest first."
        i18n-description="@@organizations.activity.description"
      />
      @if (entries.items().length === 0) {
        <mgr-empty-state
          icon="history"
          [headingLevel]="2"
          heading="No activity yet"
          i18n-heading="@@organizations.activity.empty"
          message="Changes to the organization, its members and its products will be listed here."
          i18n-message="@@organizations.activity.emptyMessage"
        />
      } @else {
        <ol class="trail" aria-label="Activity" i18n-aria-label="@@organizations.activity.title">
          @for (entry of entries.items(); track entry.id) {
            <li data-testid="audit-event">
              <time [attr.datetime]="entry.createdAt" class="when">{{ entry.createdAt | localDate: 'time' }}</time>
              <span class="who">
                @if (entry.actorName) {
                  {{ entry.actorName }}
                } @else {
                  <ng-container i18n="@@organizations.activity.system">System</ng-container>
                }
              </span>
              <span class="what">{{ entry.summary | localText }}</span>
            </li>
          }
        </ol>
        <mgr-load-more [list]="entries" />
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .trail {
      margin: 0;
      padding: 0;
      list-style: none;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
    }
    li {
      display: grid;
      grid-template-columns: 180px 200px minmax(0, 1fr);
      gap: 4px 16px;
      padding: 12px 16px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    li:last-child {
      border-block-end: 0;
    }
    .when {
      color: var(--mat-sys-on-surface-variant);
      font-variant-numeric: tabular-nums;
    }
    .who {
      font-weight: 500;
    }
    @media (max-width: 720px) {
      li {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class ActivityPage {
  private readonly apollo = inject(Apollo);

  readonly orgId = input.required<string>();

  protected readonly entries = new KeysetList<AuditEntry>({
    fetch: (after) =>
      this.apollo
        .query({ query: OrganizationActivityDocument, variables: { id: this.orgId(), first: ACTIVITY_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.organization?.auditTrail)),
  });

  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo
        .query({ query: OrganizationActivityDocument, variables: { id, first: ACTIVITY_PAGE_SIZE }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.organization)),
    forbidden: NOT_FOR_YOUR_ROLE,
    refuse: (organization) => (hasPermission(organization.viewerAccess, 'AUDIT_READ') ? null : NOT_FOR_YOUR_ROLE),
    title: (organization) => $localize`:@@organizations.activity.pageTitle:Activity · ${organization.name}:organizationName: · Manager`,
    onData: (organization) => {
      this.entries.clear();
      this.entries.add(organization.auditTrail);
    },
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.entries.destroy());
  }
}
