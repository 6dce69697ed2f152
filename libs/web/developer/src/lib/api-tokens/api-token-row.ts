import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { Icon } from '@manager/web-ui/icons';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import type { ApiTokenRowFragment } from '@manager/web-data-access';
import { LocalDatePipe, RelativeTimePipe } from '@manager/web-ui';
import { TokenStatusChip } from '../shared/token-status-chip';
import { TOKEN_KIND_LABELS, TOKEN_STATUS_NOTES, canRevoke, canRotate, clientSummary, scopeSummary } from '../shared/token-vocabulary';

/**
 * One token of the list: name and recognizable start, scopes, clients, who created it, expiry
 * and last use in words; a token that no longer works is greyed, with what would bring it back.
 */
@Component({
  selector: 'mgr-api-token-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconButton, Icon, MatMenu, MatMenuItem, MatMenuTrigger, TokenStatusChip, LocalDatePipe, RelativeTimePipe],
  host: {
    role: 'listitem',
    'data-testid': 'api-token-row',
    '[attr.data-token-id]': 'token().id',
    '[attr.data-status]': 'token().status',
    '[class.inactive]': 'inactive()',
  },
  template: `
    @let t = token();
    <mat-icon class="lead" svgIcon="key" aria-hidden="true" />
    <div class="main">
      <div class="title">
        <span class="name" data-testid="api-token-name">{{ t.name }}</span>
        <mgr-token-status-chip [state]="t.status" />
      </div>
      <span class="meta">
        {{ kindLabels[t.kind] }} · <code>{{ t.displayPrefix }}</code>
      </span>
      <dl class="facts">
        <dt i18n="@@developer.token.permissions">Permissions</dt>
        <dd data-testid="api-token-scopes">{{ scopes() }}</dd>
        @if (showsClients()) {
          <dt i18n="@@developer.token.clients">Clients</dt>
          <dd data-testid="api-token-clients">{{ clients() }}</dd>
        }
        <dt i18n="@@developer.token.created">Created</dt>
        <dd>
          @if (t.createdByName) {
            <span i18n="@@developer.token.createdBy">{{ t.createdAt | localDate // i18n(ph="DATE") }} by {{ t.createdByName // i18n(ph="NAME") }}</span>
          } @else {
            {{ t.createdAt | localDate }}
          }
          @if (t.lastRotatedAt) {
            <span i18n="@@developer.token.rotated">· rotated {{ t.lastRotatedAt | relativeTime // i18n(ph="WHEN") }}</span>
          }
        </dd>
        <dt i18n="@@developer.token.endLabel">{t.status, select, EXPIRED {Expired} REVOKED {Revoked} other {Expires}}</dt>
        <dd data-testid="api-token-expiry">
          @if (t.status === 'REVOKED' && t.revokedAt) {
            {{ t.revokedAt | relativeTime }} ({{ t.revokedAt | localDate }})
          } @else {
            {{ t.expiresAt | relativeTime }} ({{ t.expiresAt | localDate }})
          }
        </dd>
        <dt i18n="@@developer.token.lastUsed">Last used</dt>
        <dd data-testid="api-token-last-used">
          @if (t.lastUsedAt) {
            @if (t.lastUsedIp) {
              <span i18n="@@developer.token.lastUsedFrom"
                >{{ t.lastUsedAt | relativeTime // i18n(ph="WHEN") }} from {{ t.lastUsedIp // i18n(ph="IP") }}</span
              >
            } @else {
              {{ t.lastUsedAt | relativeTime }}
            }
          } @else {
            <span i18n="@@developer.token.neverUsed">Never</span>
          }
        </dd>
      </dl>
      @if (note(); as text) {
        <p class="note">{{ text }}</p>
      }
      @if (t.previousSecretValidUntil && !inactive()) {
        <p class="note" i18n="@@developer.token.previousSecret">
          The secret it replaced keeps working until {{ t.previousSecretValidUntil | localDate: 'time' // i18n(ph="DATE") }}.
        </p>
      }
    </div>
    @if (manageable() && (rotatable() || revocable())) {
      <button mat-icon-button type="button" class="menu" [matMenuTriggerFor]="menu" [attr.aria-label]="actionsLabel(t.name)">
        <mat-icon svgIcon="more-vert" aria-hidden="true" />
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        @if (rotatable()) {
          <button mat-menu-item type="button" (click)="rotate.emit(t)">
            <mat-icon svgIcon="autorenew" aria-hidden="true" />
            <span i18n="@@developer.token.rotate">Rotate</span>
          </button>
        }
        @if (revocable()) {
          <button mat-menu-item type="button" class="danger" (click)="revoke.emit(t)">
            <mat-icon svgIcon="block" aria-hidden="true" />
            <span i18n="@@developer.token.revoke">Revoke</span>
          </button>
        }
      </mat-menu>
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 16px;
      padding: 16px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    :host(:last-child) {
      border-block-end: 0;
    }
    /* Greyed, not faded: the text stays readable (contrast) while saying it no longer works. */
    :host(.inactive) {
      background: var(--mat-sys-surface-container);
      .name,
      .facts dd,
      .lead {
        color: var(--mat-sys-on-surface-variant);
      }
      .name {
        text-decoration: line-through;
        text-decoration-thickness: 1px;
      }
    }
    .lead {
      flex: none;
      margin-block-start: 2px;
      color: var(--mat-sys-primary);
    }
    .main {
      display: flex;
      flex: 1 1 auto;
      flex-direction: column;
      gap: 4px;
      min-inline-size: 0;
    }
    .title {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .name {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    .meta {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      code {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
      }
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 2px 16px;
      margin: 8px 0 0;
      font: var(--mat-sys-body-medium);
      dt {
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
        min-inline-size: 0;
        color: var(--mat-sys-on-surface);
        overflow-wrap: anywhere;
      }
    }
    .note {
      margin: 8px 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .menu {
      flex: none;
      margin: -8px -8px 0 0;
    }
    .danger {
      color: var(--mat-sys-error);
      --mat-icon-color: var(--mat-sys-error);
    }
    @media (max-width: 599.98px) {
      :host {
        gap: 12px;
        padding: 12px;
      }
      .lead {
        display: none;
      }
      .facts {
        grid-template-columns: 1fr;
        dt {
          margin-block-start: 4px;
          font: var(--mat-sys-label-medium);
        }
      }
    }
  `,
})
export class ApiTokenRow {
  readonly token = input.required<ApiTokenRowFragment>();
  /** The owner is a partner: say which clients the token reaches. */
  readonly showsClients = input(false);
  /** The viewer may rotate and revoke it (organization tokens: the legal responsible and administrators; personal: its owner). */
  readonly manageable = input(false);
  readonly rotate = output<ApiTokenRowFragment>();
  readonly revoke = output<ApiTokenRowFragment>();

  protected readonly kindLabels = TOKEN_KIND_LABELS;
  protected readonly inactive = computed(() => this.token().status !== 'ACTIVE');
  protected readonly scopes = computed(() => scopeSummary(this.token().scopes));
  protected readonly clients = computed(() => clientSummary(this.token().clientSelection, this.token().selectedClients));
  protected readonly rotatable = computed(() => canRotate(this.token().status));
  protected readonly revocable = computed(() => canRevoke(this.token().status));
  protected actionsLabel(name: string): string {
    return $localize`:@@developer.token.actions:Actions for ${name}:name:`;
  }
  protected readonly note = computed(() => {
    const status = this.token().status;
    return status === 'ACTIVE' ? null : TOKEN_STATUS_NOTES[status];
  });
}
