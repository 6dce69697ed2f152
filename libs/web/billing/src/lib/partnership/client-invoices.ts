import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LocalDatePipe, MoneyPipe } from '@manager/web-ui';
import { invoicePdfLabel } from '../shared/billing-labels';

export interface ClientInvoiceLink {
  id: string;
  number: string;
  issuedAt: string;
  total: { amountMinor: number; currency: string };
  pdfUrl: string;
}

/**
 * The latest invoices a partner paid for one managed client (billing owner PARTNER), as PDF links;
 * a dash when the client pays (its invoices are its own).
 */
@Component({
  selector: 'mgr-client-invoices',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, LocalDatePipe],
  template: `
    @if (billingOwner() !== 'PARTNER') {
      <span class="muted" aria-label="The client pays its own invoices" i18n-aria-label="@@billing.clientInvoices.clientPays">—</span>
    } @else if (invoices().length === 0) {
      <span class="muted" i18n="@@billing.clientInvoices.none">None yet</span>
    } @else {
      <ul data-testid="client-invoices">
        @for (invoice of invoices(); track invoice.id) {
          <li>
            <a [href]="invoice.pdfUrl" target="_blank" rel="noopener" [attr.aria-label]="pdfLabel(invoice.number)" data-testid="client-invoice-link">{{ invoice.number }}</a>
            <span class="muted">{{ invoice.issuedAt | localDate }} · {{ invoice.total | money }}</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0;
      padding: 4px 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      white-space: nowrap;
    }
    a {
      color: var(--mat-sys-primary);
      font-variant-numeric: tabular-nums;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      align-self: center;
    }
  `,
})
export class ClientInvoices {
  readonly billingOwner = input<string | null | undefined>(null);
  readonly invoices = input<readonly ClientInvoiceLink[]>([]);
  protected readonly pdfLabel = invoicePdfLabel;
}
