import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { invoiceAddressLines } from '@manager/domain';
import { InvoiceDetailFragment } from '@manager/web-data-access';
import { DISPLAY_LOCALE, LocalDatePipe, LocalTextPipe, MoneyPipe, countryName, formatPercent } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { formatCount, vatTreatmentLabel } from '../shared/billing-labels';

/** One invoice: customer, lines, VAT rate and amount, the legal note (reverse charge), the PDF. */
@Component({
  selector: 'mgr-invoice-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatAnchor, Icon, MoneyPipe, LocalDatePipe, LocalTextPipe],
  template: `
    <h2 mat-dialog-title i18n="@@billing.invoice.title">Invoice {{ invoice.number }}</h2>
    <mat-dialog-content data-testid="invoice-detail">
      <div class="parties">
        <div>
          <h3 i18n="@@billing.invoice.billedTo">Billed to</h3>
          <p data-testid="invoice-customer">
            <strong>{{ invoice.customerName }}</strong>
            @for (line of addressLines; track $index) {
              <br />{{ line }}
            }
            @if (invoice.customerVatNumber) {
              <br /><ng-container i18n="@@billing.invoice.vatNumber">VAT number {{ invoice.customerVatNumber }}</ng-container>
            }
          </p>
        </div>
        <div>
          <h3 i18n="@@billing.invoice.issued">Issued</h3>
          <p>{{ invoice.issuedAt | localDate }}</p>
          <!-- A partner's invoice for a client's order names the client; the client's own invoice would only repeat "Billed to". -->
          @if (invoice.clientName !== invoice.customerName) {
            <h3 i18n="@@billing.invoice.client">Client</h3>
            <p data-testid="invoice-client">{{ invoice.clientName }}</p>
          }
        </div>
      </div>
      <table class="lines">
        <caption class="visually-hidden" i18n="@@billing.invoice.lines">Invoice lines</caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@billing.column.description">Description</th>
            <th scope="col" class="numeric" i18n="@@billing.invoice.quantity">Qty</th>
            <th scope="col" class="numeric" i18n="@@billing.invoice.unitPrice">Unit price</th>
            <th scope="col" class="numeric" i18n="@@billing.column.amount">Amount</th>
          </tr>
        </thead>
        <tbody>
          @for (line of invoice.lines; track $index) {
            <tr data-testid="invoice-line">
              <td>{{ line.description | localText }}</td>
              <td class="numeric">{{ quantity(line.quantity) }}</td>
              <td class="numeric">{{ line.unitPrice | money }}</td>
              <td class="numeric">{{ line.amount | money }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="3" i18n="@@billing.invoice.subtotal">Subtotal</th>
            <td class="numeric">{{ invoice.subtotal | money }}</td>
          </tr>
          <tr>
            <th scope="row" colspan="3" i18n="@@billing.invoice.vatLine">VAT {{ rate }} · {{ treatment }}</th>
            <td class="numeric" data-testid="invoice-vat">{{ invoice.vat | money }}</td>
          </tr>
          <tr class="total">
            <th scope="row" colspan="3" i18n="@@billing.column.total">Total</th>
            <td class="numeric" data-testid="invoice-total">{{ invoice.total | money }}</td>
          </tr>
        </tfoot>
      </table>
      @if (invoice.vatNote) {
        <p class="note" data-testid="invoice-vat-note">{{ invoice.vatNote }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <a mat-stroked-button [href]="invoice.pdfUrl" target="_blank" rel="noopener" data-testid="invoice-pdf">
        <mat-icon svgIcon="download" aria-hidden="true" />
        PDF
      </a>
      <button mat-flat-button type="button" mat-dialog-close cdkFocusInitial i18n="@@billing.invoice.close">Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .parties {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 16px;
      margin-block-end: 16px;
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    p {
      margin: 0 0 8px;
    }
    .lines {
      inline-size: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: 8px;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    thead th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    tfoot th {
      font-weight: 400;
      text-align: end;
    }
    .total th,
    .total td {
      font-weight: 600;
      border-block-end: 0;
    }
    .numeric {
      text-align: end;
    }
    .note {
      margin-block-start: 16px;
      padding: 8px 12px;
      border-inline-start: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class InvoiceDialog {
  protected readonly invoice = inject<InvoiceDetailFragment>(MAT_DIALOG_DATA);
  private readonly locale = inject(DISPLAY_LOCALE);
  protected readonly rate = formatPercent(this.invoice.vatRate, this.locale);
  protected readonly treatment = vatTreatmentLabel(this.invoice.vatTreatment);
  protected readonly quantity = (n: number) => formatCount(n, this.locale);
  /** Each country once: the snapshot's closing country code written out (see invoiceAddressLines). */
  protected readonly addressLines = invoiceAddressLines(this.invoice.customerAddress, this.invoice.customerCountry, (code) => countryName(code, this.locale));
}
