import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton } from '@angular/material/radio';
import { Icon } from '@manager/web-ui/icons';
import { CountryField } from './country-field';
import { AddressList, addAddress, removeAddress, setDefaultAddress } from './organization-form';

let nextListId = 0;

/** The editable list of billing addresses: add, edit, remove, and one default picked with a radio. */
@Component({
  selector: 'mgr-billing-addresses',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatButton, MatIconButton, Icon, MatRadioButton, CountryField],
  template: `
    <fieldset class="addresses">
      <legend i18n="@@organizations.addresses.legend">Billing addresses</legend>
      <p class="help" i18n="@@organizations.addresses.help">Invoices go to the default address.</p>
      <div class="list">
        @for (address of list().controls; track address; let i = $index) {
          <div class="address" [formGroup]="address" data-testid="billing-address" role="group" [attr.aria-label]="addressLabel(i + 1)">
            <div class="address-head">
              <span class="title" i18n="@@organizations.addresses.title">Address {{ i + 1 }}</span>
              <mat-radio-button
                [name]="radioName"
                [checked]="address.controls.isDefault.value"
                (change)="chooseDefault(i)"
                data-testid="address-default"
                i18n="@@organizations.addresses.default"
                >Default</mat-radio-button
              >
              <span class="spacer"></span>
              <button
                mat-icon-button
                type="button"
                [disabled]="list().length === 1"
                [attr.aria-label]="removeLabel(i + 1)"
                data-testid="address-remove"
                (click)="remove(i)"
              >
                <mat-icon svgIcon="delete" aria-hidden="true" />
              </button>
            </div>
            <mat-form-field appearance="outline" class="wide">
              <mat-label i18n="@@organizations.addresses.recipient">Recipient (optional)</mat-label>
              <input matInput formControlName="recipient" autocomplete="off" placeholder="e.g. Accounts payable" i18n-placeholder="@@organizations.addresses.recipientPlaceholder" />
            </mat-form-field>
            <mat-form-field appearance="outline" class="wide">
              <mat-label i18n="@@organizations.addresses.street">Street and number</mat-label>
              <input matInput formControlName="street" autocomplete="street-address" required />
              <mat-error>{{ message(address.controls.street, 'street') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" class="postcode">
              <mat-label i18n="@@organizations.addresses.postcode">Postcode</mat-label>
              <input matInput formControlName="postcode" autocomplete="postal-code" required />
              <mat-error>{{ message(address.controls.postcode, 'postcode') }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline" class="city">
              <mat-label i18n="@@organizations.addresses.city">City</mat-label>
              <input matInput formControlName="city" autocomplete="address-level2" required />
              <mat-error>{{ message(address.controls.city, 'city') }}</mat-error>
            </mat-form-field>
            <mgr-country-field class="wide" [control]="address.controls.country" label="Address country" i18n-label="@@organizations.addresses.country" />
          </div>
        }
      </div>
      @if (list().hasError('server')) {
        <p class="error" role="alert">{{ list().getError('server') }}</p>
      }
      <button mat-stroked-button type="button" class="add" (click)="add()" data-testid="address-add">
        <mat-icon svgIcon="add" aria-hidden="true" />
        <ng-container i18n="@@organizations.addresses.add">Add an address</ng-container>
      </button>
    </fieldset>
  `,
  styles: `
    .addresses {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    legend {
      padding: 0;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
    }
    .help {
      margin: 4px 0 12px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .address {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
      column-gap: 12px;
      padding: 8px 16px 4px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
    }
    .address-head {
      grid-column: 1 / -1;
      display: flex;
      align-items: center;
      gap: 8px;
      margin-block-end: 4px;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .spacer {
      flex: 1;
    }
    .wide {
      grid-column: 1 / -1;
    }
    mat-form-field {
      inline-size: 100%;
      margin-block-end: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .add {
      margin-block-start: 12px;
    }
    @media (max-width: 520px) {
      .address {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class BillingAddresses {
  private readonly cdr = inject(ChangeDetectorRef);

  readonly list = input.required<AddressList>();
  /** The country of a new address: the organization's. */
  readonly defaultCountry = input('');

  constructor() {
    effect((onCleanup) => {
      const sub = this.list().events.subscribe(() => this.cdr.markForCheck());
      onCleanup(() => sub.unsubscribe());
    });
  }

  /** One radio name per list, so two lists on a page never uncheck each other. */
  protected readonly radioName = `default-address-${nextListId++}`;

  // Labels with a value: in TypeScript, because an i18n attribute with an interpolation is bound
  // as a DOM property, and `aria-label` has none (the attribute never reached the page).
  protected addressLabel(n: number): string {
    return $localize`:@@organizations.addresses.groupLabel:Billing address ${n}:INTERPOLATION:`;
  }

  protected removeLabel(n: number): string {
    return $localize`:@@organizations.addresses.remove:Remove address ${n}:INTERPOLATION:`;
  }

  protected chooseDefault(index: number): void {
    setDefaultAddress(this.list(), index);
  }

  protected add(): void {
    addAddress(this.list(), this.defaultCountry());
  }

  protected remove(index: number): void {
    removeAddress(this.list(), index);
  }

  protected message(control: { getError(name: string): unknown }, field: 'street' | 'postcode' | 'city'): string {
    const server = control.getError('server');
    if (typeof server === 'string') return server;
    if (control.getError('maxlength')) return $localize`:@@organizations.addresses.tooLong:This is too long.`;
    switch (field) {
      case 'street':
        return $localize`:@@organizations.addresses.streetRequired:Enter the street.`;
      case 'postcode':
        return $localize`:@@organizations.addresses.postcodeRequired:Enter the postcode.`;
      case 'city':
        return $localize`:@@organizations.addresses.cityRequired:Enter the city.`;
    }
  }
}
