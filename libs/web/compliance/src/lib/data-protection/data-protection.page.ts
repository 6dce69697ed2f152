import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { DataProcessingAgreementsDocument, type DataProcessingAgreementsQuery, pageQuery } from '@manager/web-data-access';
import { CellLabel, EmptyState, KeysetList, LoadMore, LocalDatePipe, PageHeader, PageStateView } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { map } from 'rxjs';
import { type OperatorFacts, operatorFacts } from '../operator/operator-facts';

type Agreements = DataProcessingAgreementsQuery['organization']['dataProcessingAgreements'];
type Agreement = Agreements['edges'][number]['node'];

/** The file name the API gives in Content-Disposition, else a sensible one. */
function fileName(response: Response): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'data-processing-agreement.pdf';
}

/**
 * The organization's data protection page, for its legal responsible and administrators (the API
 * answers NOT_FOUND to everyone else, partners included): generate the data processing agreement
 * (GDPR certificate) as a PDF, and the list of who generated which version when.
 */
@Component({
  selector: 'mgr-data-protection-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, CellLabel, RouterLink, PageHeader, PageStateView, EmptyState, LoadMore, LocalDatePipe],
  template: `
    <mgr-page-state
      [page]="page"
      loading="Loading data protection"
      i18n-loading="@@compliance.dataProtection.loading"
      failure="Data protection could not be loaded."
      i18n-failure="@@compliance.dataProtection.failure"
    />
    @if (page.data(); as organization) {
      <mgr-page-header heading="Data protection" i18n-heading="@@compliance.dataProtection.heading" [description]="description(organization.name)" />
      <section class="card" aria-labelledby="dpa-heading">
        <h2 id="dpa-heading" i18n="@@compliance.dataProtection.agreement.heading">Data processing agreement (GDPR certificate)</h2>
        @if (facts(); as f) {
          <p>
            <span i18n="@@compliance.dataProtection.agreement.roles"
              >{{ f.operator.name // i18n(ph="OPERATOR") }} hosts your data as processor; {{ organization.name // i18n(ph="ORGANIZATION") }} is
              the controller.</span
            >
            {{ ' ' }}
            <span i18n="@@compliance.dataProtection.agreement.content"
              >The agreement follows the EU standard contractual clauses' annexes and the Swiss nLPD: the parties, the data your products
              process, the security measures (data kept in Switzerland: {{ f.dataProcessingAgreement.dataCentres.join(', ') // i18n(ph="DATA_CENTRES") }})
              and the sub-processors of your products.</span
            >
          </p>
          <p class="meta" data-testid="dpa-version" i18n="@@compliance.dataProtection.agreement.version">
            Version {{ f.dataProcessingAgreement.version // i18n(ph="VERSION") }}, in force since
            {{ f.dataProcessingAgreement.effectiveDate | localDate // i18n(ph="DATE") }}.
          </p>
        }
        <p i18n="@@compliance.dataProtection.agreement.verification">
          Generating it records your name, the version and the date. Each PDF carries a verification code: anyone you send it
          to can check it is genuine on the <a routerLink="/verify/dpa">verification page</a>.
        </p>
        <div class="actions">
          <button mat-flat-button type="button" (click)="generate(organization.id)" [disabled]="generating()" data-testid="dpa-generate">
            <span i18n="@@compliance.dataProtection.generate">{generating(), select, true {Generating…} other {Generate the agreement (PDF)}}</span>
          </button>
        </div>
        @if (error()) {
          <p class="error" role="alert">{{ error() }}</p>
        }
      </section>

      <h2 class="list-heading" i18n="@@compliance.dataProtection.records.heading">Generated agreements</h2>
      @if (agreements.items().length === 0) {
        <mgr-empty-state
          icon="history"
          [headingLevel]="2"
          heading="None generated yet"
          i18n-heading="@@compliance.dataProtection.records.empty.heading"
          message="Each agreement you or an administrator generate is listed here."
          i18n-message="@@compliance.dataProtection.records.empty.message"
        />
      } @else {
        <table class="agreements mgr-card-table" data-testid="dpa-records">
          <thead>
            <tr>
              <th scope="col" i18n="@@compliance.dataProtection.records.generatedAt">Generated</th>
              <th scope="col" i18n="@@compliance.dataProtection.records.version">Version</th>
              <th scope="col" i18n="@@compliance.dataProtection.records.generatedBy">By</th>
              <th scope="col" i18n="@@compliance.dataProtection.records.code">Verification code</th>
            </tr>
          </thead>
          <tbody>
            @for (agreement of agreements.items(); track agreement.id) {
              <tr data-testid="dpa-record">
                <td mgrCellLabel><time [attr.datetime]="agreement.generatedAt">{{ agreement.generatedAt | localDate: 'time' }}</time></td>
                <td mgrCellLabel>{{ agreement.version }}</td>
                <td mgrCellLabel>{{ agreement.generatedByName }}</td>
                <td mgrCellLabel><a class="code" [routerLink]="['/verify/dpa', agreement.verificationCode]">{{ agreement.verificationCode }}</a></td>
              </tr>
            }
          </tbody>
        </table>
        <mgr-load-more [list]="agreements" />
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      padding: 20px 24px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
      max-inline-size: 760px;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .list-heading {
      margin-block-start: 32px;
    }
    .agreements {
      inline-size: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 10px 12px;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .code {
      font-family: ui-monospace, monospace;
      word-break: break-all;
    }
  `,
})
export class DataProtectionPage {
  private readonly apollo = inject(Apollo);
  readonly orgId = input.required<string>();
  protected readonly facts = signal<OperatorFacts | null>(null);
  protected readonly generating = signal(false);
  protected readonly error = signal('');

  protected readonly agreements = new KeysetList<Agreement>({
    fetch: (after) =>
      this.apollo
        .query({ query: DataProcessingAgreementsDocument, variables: { organizationId: this.orgId(), after }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.organization?.dataProcessingAgreements)),
  });

  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (organizationId) =>
      this.apollo
        .query({ query: DataProcessingAgreementsDocument, variables: { organizationId }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.organization)),
    title: (organization) => $localize`:@@compliance.dataProtection.title:Data protection · ${organization.name}:organization: · Manager`,
    onData: (organization) => {
      this.agreements.clear();
      this.agreements.add(organization.dataProcessingAgreements);
    },
  });

  constructor() {
    operatorFacts().then(
      (facts) => this.facts.set(facts),
      () => undefined,
    );
    inject(DestroyRef).onDestroy(() => this.agreements.destroy());
  }

  protected description(organization: string): string {
    return $localize`:@@compliance.dataProtection.description:The GDPR certificate of ${organization}:organization: and who generated it.`;
  }

  /** POSTs for the PDF (the request writes the acceptance record), then saves it and refreshes the list. */
  protected async generate(organizationId: string): Promise<void> {
    this.generating.set(true);
    this.error.set('');
    try {
      const response = await fetch(`/organizations/${encodeURIComponent(organizationId)}/data-processing-agreement.pdf`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
        this.error.set(body?.errors?.[0]?.message ?? $localize`:@@compliance.dataProtection.generateFailed:The agreement could not be generated. Try again.`);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(response);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.page.refresh();
    } catch {
      this.error.set($localize`:@@compliance.dataProtection.generateOffline:The agreement could not be generated: check your connection and try again.`);
    } finally {
      this.generating.set(false);
    }
  }
}
