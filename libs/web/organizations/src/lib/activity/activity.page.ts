import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { roleCan } from '@manager/domain';
import { OrganizationActivityDocument, OrganizationActivityQuery, apiError } from '@manager/web-data-access';
import { EmptyState, LocalDatePipe, KeysetList, PageHeader } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map, Subscription } from 'rxjs';

type Trail = OrganizationActivityQuery['organization']['auditTrail'];
type AuditEntry = Trail['edges'][number]['node'];

export const ACTIVITY_PAGE_SIZE = 20;
const HIDDEN = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

/** The audit trail, newest first, for the legal responsible and administrators. */
@Component({
  selector: 'mgr-activity-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatProgressBar, EmptyState, PageHeader, LocalDatePipe],
  template: `
    @switch (status()) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the activity" />
      }
      @case ('not-found') {
        <mgr-empty-state icon="business" heading="Organization not found" message="This organization does not exist or you do not have access to it." />
      }
      @case ('forbidden') {
        <mgr-empty-state icon="history" heading="Not available to your role" message="Only the legal responsible and administrators can see the activity of the organization." />
      }
      @case ('error') {
        <mgr-empty-state icon="error" heading="Something went wrong" message="The activity could not be loaded.">
          <button mat-stroked-button type="button" (click)="retry()">Try again</button>
        </mgr-empty-state>
      }
      @case ('ready') {
        <mgr-page-header heading="Activity" description="Changes made in this organization, newest first." />
        @if (entries().length === 0) {
          <mgr-empty-state icon="history" [headingLevel]="2" heading="No activity yet" message="Changes to the organization, its members and its products will be listed here." />
        } @else {
          <ol class="trail" aria-label="Activity">
            @for (entry of entries(); track entry.id) {
              <li data-testid="audit-event">
                <time [attr.datetime]="entry.createdAt" class="when">{{ entry.createdAt | localDate: 'time' }}</time>
                <span class="who">{{ entry.actorName ?? 'System' }}</span>
                <span class="what">{{ entry.summary }}</span>
              </li>
            }
          </ol>
          <div class="paging">
            <span class="shown" aria-live="polite">Showing {{ entries().length }} of {{ totalCount() }}</span>
            @if (hasNextPage()) {
              <button mat-stroked-button type="button" (click)="loadMore()" [disabled]="loadingMore()">
                {{ loadingMore() ? 'Loading…' : 'Load more' }}
              </button>
            }
            @if (loadMoreFailed()) {
              <span class="error" role="alert">Could not load more. Try again.</span>
            }
          </div>
        }
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
    .paging {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 16px;
      margin-block-start: 16px;
    }
    .shown {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ActivityPage {
  private readonly apollo = inject(Apollo);
  private readonly title = inject(Title);

  readonly orgId = input.required<string>();

  protected readonly status = signal<'loading' | 'ready' | 'not-found' | 'forbidden' | 'error'>('loading');
  private readonly list = new KeysetList<AuditEntry>();
  protected readonly entries = this.list.items;
  protected readonly totalCount = this.list.totalCount;
  protected readonly hasNextPage = this.list.hasNextPage;
  protected readonly loadingMore = this.list.loadingMore;
  protected readonly loadMoreFailed = this.list.loadMoreFailed;
  protected readonly remaining = this.list.remaining;
  private request?: Subscription;

  constructor() {
    effect(() => {
      const id = this.orgId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected retry(): void {
    this.load(this.orgId());
  }

  private load(id: string): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.list.clear();
    this.request = this.apollo
      .query({ query: OrganizationActivityDocument, variables: { id, first: ACTIVITY_PAGE_SIZE }, fetchPolicy: 'network-only' })
      .subscribe({
        next: (result) => {
          const organization = result.data?.organization;
          if (!organization) return this.status.set('error');
          this.title.setTitle(`Activity · ${organization.name} · Manager`);
          if (!organization.viewerRole || !roleCan(organization.viewerRole, 'AUDIT_READ')) return this.status.set('forbidden');
          this.list.add(organization.auditTrail);
          this.status.set('ready');
        },
        error: (e: unknown) => {
          const code = apiError(e)?.code;
          this.status.set(code === 'FORBIDDEN' ? 'forbidden' : code && HIDDEN.has(code) ? 'not-found' : 'error');
        },
      });
  }

  protected loadMore(): void {
    const id = this.orgId();
    this.request =
      this.list.loadMore((after) =>
        this.apollo
          .query({
            query: OrganizationActivityDocument,
            variables: { id, first: ACTIVITY_PAGE_SIZE, after },
            fetchPolicy: 'network-only',
          })
          .pipe(map((result) => (id === this.orgId() ? result.data?.organization?.auditTrail : null))),
      ) ?? this.request;
  }
}
