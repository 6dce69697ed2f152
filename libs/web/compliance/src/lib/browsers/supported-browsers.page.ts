import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SUPPORTED_BROWSERS } from '@manager/domain';
import { ColorScheme } from '@manager/web-data-access/fetch';
import { PublicPage } from '@manager/web-ui';

/** Brave is Chromium: the Chrome version applies; the reference lists its download page too. */
const UPDATE_PAGES = [
  ...SUPPORTED_BROWSERS.filter((b) => b.agent !== 'ios_saf').map((b) => ({ name: b.name, url: b.updateUrl })),
  { name: 'Brave', url: 'https://brave.com/download/' },
];

/** The minimum browsers, from .browserslistrc (the same table the build and the in-browser check use). */
@Component({
  selector: 'mgr-supported-browsers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PublicPage],
  template: `
    <mgr-public-page
      heading="Supported browsers"
      i18n-heading="@@compliance.browsers.heading"
      subheading="The Manager works in these browsers and their later versions."
      i18n-subheading="@@compliance.browsers.subheading"
      [wide]="true"
    >
      <table data-testid="browsers-table">
        <caption class="visually-hidden" i18n="@@compliance.browsers.caption">Minimum browser versions</caption>
        <thead>
          <tr><th scope="col" i18n="@@compliance.browsers.browserColumn">Browser</th><th scope="col" i18n="@@compliance.browsers.versionColumn">Minimum version</th></tr>
        </thead>
        <tbody>
          @for (browser of browsers; track browser.agent) {
            <tr [attr.data-agent]="browser.agent">
              <th scope="row">{{ browser.name }}</th>
              <td i18n="@@compliance.browsers.orLater">{{ browser.minVersion }} or later</td>
            </tr>
          }
        </tbody>
      </table>
      <p i18n="@@compliance.browsers.chromium">
        Brave, Vivaldi and other browsers built on Chromium work from the same Chromium version as Chrome above. In an older
        browser the Manager says so before it starts: if a feature it needs is missing, a page explains how to update; if only
        the version is older, a banner you can dismiss says so.
      </p>
      <h2 i18n="@@compliance.browsers.why.heading">Why an up-to-date browser</h2>
      <p i18n="@@compliance.browsers.why.text">
        The Manager relies on features of modern browsers (automatic light and dark theme, modern layout and JavaScript),
        recent browsers run it faster, and updates fix known vulnerabilities that put your accounts at risk.
      </p>
      <h2 i18n="@@compliance.browsers.update.heading">Update or install a browser</h2>
      <ul>
        @for (page of updatePages; track page.name) {
          <li><a [href]="page.url" rel="noopener">{{ page.name }}</a></li>
        }
      </ul>
    </mgr-public-page>
  `,
  styles: `
    table {
      inline-size: 100%;
      border-collapse: collapse;
      margin-block-end: 16px;
      font: var(--mat-sys-body-large);
    }
    th,
    td {
      padding: 8px 12px;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    thead th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 500;
    }
    h2 {
      margin: 24px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    p,
    li {
      font: var(--mat-sys-body-large);
    }
    a {
      color: var(--mat-sys-primary);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  `,
})
export class SupportedBrowsersPage {
  protected readonly browsers = SUPPORTED_BROWSERS;
  protected readonly updatePages = UPDATE_PAGES;

  constructor() {
    inject(ColorScheme).followSystem();
  }
}
