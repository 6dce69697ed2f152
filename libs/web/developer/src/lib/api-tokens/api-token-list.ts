import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { ApiTokenKind } from '@manager/domain';
import type { ApiTokenRowFragment } from '@manager/web-data-access';
import { EmptyState, type KeysetList, LoadMore, Skeleton } from '@manager/web-ui';
import { ApiTokenRow } from './api-token-row';

/** One kind of tokens: its own loading and failure, the rows, "Load more". */
@Component({
  selector: 'mgr-api-token-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, EmptyState, Skeleton, LoadMore, ApiTokenRow],
  template: `
    @let tokens = list();
    @switch (tokens.status()) {
      @case ('loading') {
        <mgr-skeleton label="Loading the tokens" i18n-label="@@developer.tokenList.loading" [rows]="3" />
      }
      @case ('error') {
        <div class="failure" role="alert">
          <span i18n="@@developer.tokenList.failure">The tokens could not be loaded.</span>
          <button mat-stroked-button type="button" (click)="tokens.reload()" i18n="@@developer.retry">Try again</button>
        </div>
      }
      @default {
        @if (tokens.empty()) {
          <mgr-empty-state
            compact
            icon="key"
            [heading]="kind() === 'ORGANIZATION' ? noOrganizationToken : noPersonalToken"
            message="Create one token per script, with only the permissions it needs."
            i18n-message="@@developer.tokenList.empty.message"
            data-testid="api-tokens-empty"
          />
        } @else {
          <div class="rows" role="list">
            @for (token of tokens.items(); track token.id) {
              <mgr-api-token-row [token]="token" [showsClients]="showsClients()" [manageable]="true" (rotate)="rotate.emit($event)" (revoke)="revoke.emit($event)" />
            }
          </div>
          @if (tokens.hasNextPage()) {
            <mgr-load-more [list]="tokens" failure="Could not load more tokens. Try again." i18n-failure="@@developer.tokenList.loadMoreFailure" />
          }
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .rows {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
      overflow: hidden;
    }
    .failure {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      color: var(--mat-sys-error);
    }
  `,
})
export class ApiTokenList {
  readonly list = input.required<KeysetList<ApiTokenRowFragment>>();
  readonly kind = input.required<ApiTokenKind>();
  readonly showsClients = input(false);
  readonly rotate = output<ApiTokenRowFragment>();
  readonly revoke = output<ApiTokenRowFragment>();
  protected readonly noOrganizationToken = $localize`:@@developer.tokenList.empty.organization:No organization token yet`;
  protected readonly noPersonalToken = $localize`:@@developer.tokenList.empty.personal:No personal token yet`;
}
