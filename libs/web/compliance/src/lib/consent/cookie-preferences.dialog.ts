import { ChangeDetectionStrategy, Component, type Injector, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import type { CookiePolicy } from '../operator/operator-facts';
import { CookieConsentStore, globalPrivacyControl } from './cookie-consent.store';

/**
 * The cookie preferences, opened from the footer: what is strictly necessary (always on, and
 * why), then each optional category the operator enabled, off until chosen. Reject and accept
 * are one click each and look the same. A Material dialog: focus moves into it, Escape closes
 * it, focus returns to the footer link; nothing outside it traps focus.
 */
@Component({
  selector: 'mgr-cookie-preferences-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatSlideToggle],
  template: `
    <h2 mat-dialog-title i18n="@@compliance.cookies.dialog.title">Cookie preferences</h2>
    <mat-dialog-content>
      <p class="intro" i18n="@@compliance.cookies.dialog.intro">
        The Manager itself sets one cookie only, and it is strictly necessary. Optional categories stay off until you
        choose them; you can change your mind here at any time (Cookie preferences, at the bottom of every page).
      </p>
      <section class="category" aria-labelledby="cookie-necessary">
        <div class="row">
          <h3 id="cookie-necessary" i18n="@@compliance.cookies.dialog.necessary.heading">Strictly necessary</h3>
          <mat-slide-toggle [checked]="true" [disabled]="true" aria-describedby="cookie-necessary-text" i18n="@@compliance.cookies.dialog.necessary.alwaysOn">Always on</mat-slide-toggle>
        </div>
        <p id="cookie-necessary-text">
          <span i18n="@@compliance.cookies.dialog.necessary.session"
            >The session cookie keeps you signed in (named <code>session</code>, or <code>__Host-session</code> over HTTPS; readable by
            the server only, never shared with other sites, deleted when you log out).</span
          >
          {{ ' ' }}
          <span i18n="@@compliance.cookies.dialog.necessary.storage"
            >{policy.validityMonths, plural, =1 {Your choice on this page is kept in this browser's storage (not a cookie) for 1 month.} other {Your choice on this page is kept in this browser's storage (not a cookie) for {{ policy.validityMonths }} months.}}</span
          >
          {{ ' ' }}
          <span i18n="@@compliance.cookies.dialog.necessary.noTracking">Nothing here tracks you.</span>
        </p>
      </section>
      @for (category of policy.optionalCategories; track category.id) {
        <section class="category" [attr.aria-labelledby]="'cookie-' + category.id">
          <div class="row">
            <h3 [id]="'cookie-' + category.id">{{ category.label }}</h3>
            <mat-slide-toggle
              [checked]="choices()[category.id]"
              (change)="set(category.id, $event.checked)"
              [attr.data-testid]="'cookie-toggle-' + category.id"
              [aria-describedby]="'cookie-text-' + category.id"
               i18n="@@compliance.cookies.dialog.toggleState"
              >{choices()[category.id], select, true {On} other {Off}}</mat-slide-toggle
            >
          </div>
          <p [id]="'cookie-text-' + category.id">{{ category.description }}</p>
        </section>
      } @empty {
        <p class="none" data-testid="cookie-no-optional" i18n="@@compliance.cookies.dialog.noOptional">This Manager uses no optional cookies: there is nothing to accept or refuse.</p>
      }
      @if (gpc) {
        <p class="gpc" role="note" data-testid="cookie-gpc" i18n="@@compliance.cookies.dialog.gpc">
          Your browser sends Global Privacy Control: we treat it as a refusal of every optional category.
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions>
      @if (policy.optionalCategories.length) {
        <button mat-button type="button" (click)="save()" data-testid="cookie-save" i18n="@@compliance.cookies.dialog.save">Save choices</button>
        <!-- Same weight, side by side: refusing is exactly as easy as accepting. -->
        <span class="choice">
          <button mat-flat-button type="button" (click)="all(false)" data-testid="cookie-reject" i18n="@@compliance.cookies.dialog.rejectAll">Reject all</button>
          <button mat-flat-button type="button" (click)="all(true)" data-testid="cookie-accept" i18n="@@compliance.cookies.dialog.acceptAll">Accept all</button>
        </span>
      } @else {
        <button mat-flat-button type="button" mat-dialog-close data-testid="cookie-close" i18n="@@compliance.cookies.dialog.close">Close</button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .intro,
    .category p,
    .none,
    .gpc {
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .category {
      padding-block: 12px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .gpc {
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    mat-dialog-actions {
      flex-wrap: wrap;
      gap: 8px;
    }
    .choice {
      display: flex;
      gap: 8px;
      margin-inline-start: auto;
    }
    @media (max-width: 480px) {
      .choice {
        flex: 1 1 100%;
        order: -1;
      }
      .choice button {
        flex: 1;
      }
    }
  `,
})
export class CookiePreferencesDialog {
  protected readonly policy = inject<CookiePolicy>(MAT_DIALOG_DATA);
  private readonly store = inject(CookieConsentStore);
  private readonly ref = inject(MatDialogRef<CookiePreferencesDialog>);
  protected readonly gpc = globalPrivacyControl();
  private readonly current = this.store.decision();
  protected readonly choices = signal<Record<string, boolean>>(
    Object.fromEntries(this.policy.optionalCategories.map((c) => [c.id, this.current?.choices[c.id] === true])),
  );

  protected set(category: string, granted: boolean): void {
    this.choices.update((choices) => ({ ...choices, [category]: granted }));
  }

  protected async all(granted: boolean): Promise<void> {
    await this.finish(Object.fromEntries(this.policy.optionalCategories.map((c) => [c.id, granted])));
  }

  protected async save(): Promise<void> {
    await this.finish(this.choices());
  }

  private async finish(choices: Record<string, boolean>): Promise<void> {
    await this.store.decide(this.policy, choices, 'DIALOG');
    this.ref.close(choices);
  }
}

/** Opens the dialog once the policy is known (this file loads on the first click, with Material's dialog). */
export async function openCookiePreferences(injector: Injector): Promise<void> {
  const policy = await injector.get(CookieConsentStore).loadPolicy();
  injector.get(MatDialog).open(CookiePreferencesDialog, { data: policy, width: '560px', maxWidth: 'calc(100vw - 32px)', autoFocus: 'first-heading' });
}
