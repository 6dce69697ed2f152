import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from '@manager/web-ui/icons';

/**
 * A token's text, shown once: the warning that it will not be shown again, the text itself
 * (selectable, monospace) and a copy button, then how a script sends it.
 */
@Component({
  selector: 'mgr-secret-reveal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, Icon],
  template: `
    <p class="warning" role="note">
      <mat-icon svgIcon="warning" aria-hidden="true" />
      <span i18n="@@developer.secret.warning"><strong>Copy the token now: you will not see it again.</strong> The Manager keeps only a fingerprint of it.</span>
    </p>
    <div class="secret">
      <code data-testid="token-secret" aria-label="Token" i18n-aria-label="@@developer.secret.label">{{ secret() }}</code>
      <button mat-flat-button type="button" (click)="copy()" data-testid="copy-token">
        <mat-icon [svgIcon]="copied() ? 'check' : 'content-copy'" aria-hidden="true" />
        <span i18n="@@developer.secret.copy">{copied(), select, true {Copied} other {Copy}}</span>
      </button>
    </div>
    <span class="visually-hidden" aria-live="polite">
      @if (copied()) {
        <span i18n="@@developer.secret.copied">Token copied to the clipboard</span>
      }
    </span>
    <p class="usage" i18n="@@developer.secret.usage">
      Scripts send it in a header, on <code>/graphql</code> and the invoice PDFs:
      <code class="header">Authorization: Bearer {{ prefix() }}…</code>
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .warning {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      margin: 0 0 12px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-body-medium);

      mat-icon {
        flex: none;
      }
    }
    .secret {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      padding: 12px 12px 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-highest);

      code {
        flex: 1 1 280px;
        min-inline-size: 0;
        overflow-wrap: anywhere;
        font: 500 0.95rem/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
        color: var(--mat-sys-on-surface);
        user-select: all;
      }
    }
    .usage {
      margin: 12px 0 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);

      code {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
        color: var(--mat-sys-on-surface);
      }
      .header {
        display: block;
        margin-block-start: 4px;
        overflow-wrap: anywhere;
      }
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class SecretReveal {
  private readonly clipboard = inject(Clipboard);

  readonly secret = input.required<string>();
  /** The token's recognizable start (`mgro_`, `mgrp_`), for the header example without the secret. */
  readonly prefix = input('mgro_');
  protected readonly copied = signal(false);

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.secret()));
  }
}
