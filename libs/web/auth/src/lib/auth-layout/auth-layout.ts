import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The frame of the signed-out pages: product name, a card with a heading, the page's content. */
@Component({
  selector: 'mgr-auth-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <p class="brand">Manager</p>
      <section class="card" [attr.aria-labelledby]="'auth-heading'">
        <h1 id="auth-heading">{{ heading() }}</h1>
        @if (subheading()) {
          <p class="subheading">{{ subheading() }}</p>
        }
        <ng-content />
      </section>
    </main>
  `,
  styles: `
    .page {
      min-block-size: 100dvh;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 24px;
      padding: 24px 16px 64px;
    }
    .brand {
      margin: 0;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-primary);
      letter-spacing: 0.02em;
    }
    .card {
      inline-size: min(100%, 420px);
      box-sizing: border-box;
      padding: 32px 28px 28px;
      border-radius: var(--mat-sys-corner-extra-large);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
      /* What the native text fields' floating label is painted on (web-ui/native-form). */
      --mgr-text-field-surface: var(--mat-sys-surface-container-low);
    }
    h1 {
      margin: 0 0 4px;
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-on-surface);
    }
    .subheading {
      margin: 0 0 24px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AuthLayout {
  readonly heading = input.required<string>();
  readonly subheading = input('');
}
