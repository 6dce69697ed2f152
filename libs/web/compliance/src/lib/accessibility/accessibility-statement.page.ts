import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ColorScheme } from '@manager/web-data-access/fetch';
import { LocalDatePipe, PublicPage } from '@manager/web-ui';
import { type OperatorFacts, operatorFacts } from '../operator/operator-facts';

/** The day this statement was last checked against the product: change it with the text. */
export const ACCESSIBILITY_STATEMENT_REVIEWED_ON = '2026-12-02';

/**
 * The accessibility statement: the standard aimed at (WCAG 2.2 AA), how it is checked, what is
 * known not to conform yet and whom to write to. It says only what is verified: the automated
 * check covers every route, but automated rules find only part of the problems, so the untested
 * parts (screen readers) are named as such. The contact comes from the operator's configuration
 * (GET /public/operator), like the privacy statement's.
 */
@Component({
  selector: 'mgr-accessibility-statement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PublicPage, RouterLink, LocalDatePipe],
  templateUrl: './accessibility-statement.page.html',
  styleUrl: '../privacy/privacy-statement.page.scss',
})
export class AccessibilityStatementPage {
  protected readonly reviewedOn = ACCESSIBILITY_STATEMENT_REVIEWED_ON;
  protected readonly facts = signal<OperatorFacts | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    inject(ColorScheme).followSystem();
    operatorFacts().then(
      (facts) => this.facts.set(facts),
      () => this.failed.set(true),
    );
  }
}
