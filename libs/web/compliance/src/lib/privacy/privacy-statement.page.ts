import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ColorScheme } from '@manager/web-data-access/fetch';
import { LocalDatePipe, PublicPage } from '@manager/web-ui';
import { type OperatorFacts, operatorFacts } from '../operator/operator-facts';

/**
 * The privacy statement: what the Manager collects about the people who use it, why, how long,
 * where, who else handles it and whom to write to. The operator's details come from its
 * configuration file (served by GET /public/operator), so each operator's copy names itself.
 */
@Component({
  selector: 'mgr-privacy-statement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PublicPage, RouterLink, LocalDatePipe],
  templateUrl: './privacy-statement.page.html',
  styleUrl: './privacy-statement.page.scss',
})
export class PrivacyStatementPage {
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
