import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Skeleton } from '@manager/web-ui/skeleton';

/**
 * The signed-in frame before anything is known: the top bar with places for the organization
 * switcher and the avatar, a row of tabs and the page's first rows. Shown by the app root while
 * the session check of a deep link runs (the shell's code is not even loaded yet), so a slow API
 * is a page taking shape, not a blank one. Its sizes are the shell's (shell.scss).
 */
@Component({
  selector: 'app-shell-skeleton',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Skeleton],
  host: { 'data-testid': 'shell-skeleton', role: 'progressbar', '[attr.aria-label]': 'label' },
  template: `
    <div class="top-bar">
      <span class="brand">Manager</span>
      <mgr-skeleton shape="pill" width="min(160px, 30vw)" label="" />
      <span class="spacer"></span>
      <mgr-skeleton shape="circle" size="32px" label="" />
    </div>
    <div class="tabs">
      @for (width of tabWidths; track $index) {
        <mgr-skeleton shape="pill" [width]="width" size="24px" label="" />
      }
    </div>
    <div class="content">
      <mgr-skeleton shape="line" width="min(320px, 70%)" label="" class="heading" />
      <mgr-skeleton [rows]="6" label="" />
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-block-size: 100dvh;
    }
    .top-bar {
      display: flex;
      align-items: center;
      gap: 8px;
      block-size: 64px;
      padding-inline: 16px;
      background: var(--mat-sys-surface-container);
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .brand {
      margin-inline-end: 16px;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-primary);
    }
    .spacer {
      flex: 1;
    }
    .tabs {
      display: flex;
      gap: 16px;
      overflow: hidden;
      padding: 12px 16px 11px;
      background: var(--mat-sys-surface-container);
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .content {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: 1200px;
      margin-inline: auto;
      padding: 32px 24px 64px;
    }
    .heading {
      margin-block-end: 24px;
      font-size: 28px;
    }
  `,
})
export class ShellSkeleton {
  protected readonly label = $localize`:@@shell.skeleton.loading:Loading the Manager`;
  protected readonly tabWidths = ['96px', '72px', '88px', '80px', '72px'];
}
