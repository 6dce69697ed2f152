import {
  ChangeDetectionStrategy,
  Component,
  EnvironmentProviders,
  Injectable,
  ViewEncapsulation,
  computed,
  inject,
  input,
  provideEnvironmentInitializer,
} from '@angular/core';

/** Icon name → the `d` of its one 24×24 path (Material Icons, Apache-2.0). */
export type IconPaths = Readonly<Record<string, string>>;

/** The icons registered so far: the app's set, then each feature's own as its routes load. */
@Injectable({ providedIn: 'root' })
export class IconRegistry {
  private readonly paths = new Map<string, string>();

  add(icons: IconPaths): void {
    for (const [name, path] of Object.entries(icons)) this.paths.set(name, path);
  }

  path(name: string): string | undefined {
    return this.paths.get(name);
  }
}

/** Registers icons for the routes below (idempotent; safe in several lazy route providers). */
export function provideIcons(icons: IconPaths): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(IconRegistry).add(icons));
}

/**
 * `<mat-icon svgIcon="add" aria-hidden="true" />` without MatIcon: the icons here are constant
 * single-path SVGs, so they need neither MatIconRegistry's SVG parsing and sanitizing nor the
 * HttpClient it brings (together about 10 kB brotli on every screen).
 *
 * The element keeps MatIcon's name, classes and attributes on purpose: Material's buttons, menu
 * items and form fields project and style a `mat-icon` child (`mat-icon:not([iconPositionEnd])`,
 * `.mat-mdc-button > .mat-icon`, `[matPrefix]`), and the app's styles select `mat-icon` too, so
 * every icon renders where and how MatIcon rendered it. Do not import MatIcon beside it.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- a drop-in for MatIcon (see above)
  selector: 'mat-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: {
    role: 'img',
    class: 'mat-icon notranslate mat-icon-no-color',
    'data-mat-icon-type': 'svg',
    '[attr.data-mat-icon-name]': 'svgIcon()',
  },
  template: `
    @if (path(); as d) {
      <svg viewBox="0 0 24 24" fill="currentColor" fit="" width="100%" height="100%" preserveAspectRatio="xMidYMid meet" focusable="false">
        <path [attr.d]="d" />
      </svg>
    }
  `,
  // What MatIcon's own stylesheet gives an SVG icon (the same SVG attributes are above): 24 px,
  // the text colour (or the theme's --mat-icon-color), never selected with the text.
  styles: `
    mat-icon {
      color: var(--mat-icon-color, inherit);
    }
    .mat-icon {
      display: inline-block;
      width: 24px;
      height: 24px;
      overflow: hidden;
      fill: currentColor;
      user-select: none;
    }
  `,
})
export class Icon {
  private readonly registry = inject(IconRegistry);

  /** A registered name (`provideAppIcons()`, or a feature's `provideIcons()`). */
  readonly svgIcon = input.required<string>();

  protected readonly path = computed(() => this.registry.path(this.svgIcon()));
}
