import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The frame of the pages shown without the signed-in shell (log in, sign up, terms, invitation):
 * the product name, then a card with the page's heading and content. `wide` for forms with
 * several columns (sign-up).
 */
@Component({
  selector: 'mgr-public-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.wide]': 'wide()' },
  template: `
    <main class="page">
      <a class="brand" href="/">Manager</a>
      <section class="card" aria-labelledby="public-page-heading">
        <h1 id="public-page-heading">{{ heading() }}</h1>
        @if (subheading()) {
          <p class="subheading">{{ subheading() }}</p>
        }
        <ng-content />
      </section>
      <ng-content select="[footer]" />
    </main>
  `,
  styles: `
    :host {
      display: block;
    }
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
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-primary);
      letter-spacing: 0.02em;
      text-decoration: none;
      border-radius: var(--mat-sys-corner-small);
    }
    .card {
      inline-size: min(100%, 420px);
      box-sizing: border-box;
      padding: 32px 28px 28px;
      border-radius: var(--mat-sys-corner-extra-large);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    :host(.wide) .card {
      inline-size: min(100%, 720px);
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
export class PublicPage {
  readonly heading = input.required<string>();
  readonly subheading = input('');
  readonly wide = input(false);
}
