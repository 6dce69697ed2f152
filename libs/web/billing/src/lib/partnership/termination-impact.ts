import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TerminationImpactDocument, TerminationImpactQuery } from '@manager/web-data-access';
import { LocalDatePipe, MoneyPipe } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';

type Impact = TerminationImpactQuery['partnership']['terminationImpact'];

/**
 * What ending a partnership hands over (both sides, before the confirmations): the API's
 * sentences and the renewals that fall to the client, with their dates and prices.
 */
@Component({
  selector: 'mgr-termination-impact',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBar, MoneyPipe, LocalDatePipe],
  template: `
    <div class="impact" data-testid="termination-impact" aria-live="polite">
      @if (failed()) {
        <p class="muted" i18n="@@billing.termination.failed">What ending changes for billing could not be loaded.</p>
      } @else if (impact(); as i) {
        @for (line of i.summary; track $index) {
          <p>{{ line }}</p>
        }
        @if (i.renewalsFallingToClient.length) {
          <h3 i18n="@@billing.termination.renewalsHeading">Renewals that fall to the client</h3>
          <table>
            <thead>
              <tr>
                <th scope="col" i18n="@@billing.column.product">Product</th>
                <th scope="col" i18n="@@billing.termination.renewal">Renewal</th>
                <th scope="col" class="numeric" i18n="@@billing.termination.publicPrice">Public price</th>
              </tr>
            </thead>
            <tbody>
              @for (r of i.renewalsFallingToClient; track r.productId) {
                <tr data-testid="termination-renewal">
                  <td>{{ r.productName }}</td>
                  <td class="nowrap">{{ r.renewalDate | localDate }}</td>
                  <td class="numeric">{{ r.publicPrice | money }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      } @else {
        <mat-progress-bar mode="indeterminate" aria-label="Loading what ending changes" i18n-aria-label="@@billing.termination.loading" />
      }
    </div>
  `,
  styles: `
    .impact {
      margin: 0 0 12px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
    p {
      margin: 0 0 8px;
      max-inline-size: 60ch;
    }
    h3 {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: 4px 8px 4px 0;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .numeric {
      text-align: end;
      white-space: nowrap;
    }
    .nowrap {
      white-space: nowrap;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TerminationImpactSummary {
  private readonly apollo = inject(Apollo);
  readonly partnershipId = input.required<string>();
  protected readonly impact = signal<Impact | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    effect((onCleanup) => {
      const id = this.partnershipId();
      const sub = untracked(() =>
        this.apollo.query({ query: TerminationImpactDocument, variables: { id }, fetchPolicy: 'network-only' }).subscribe({
          next: (r) => this.impact.set(r.data?.partnership.terminationImpact ?? null),
          error: () => this.failed.set(true),
        }),
      );
      onCleanup(() => sub.unsubscribe());
    });
  }
}
