import { ChangeDetectionStrategy, ChangeDetectorRef, Component, computed, effect, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { EntityType } from '@manager/domain';
import { BillingAddresses } from './billing-addresses';
import { CountryField } from './country-field';
import { NAME_MAX, OrganizationForm } from './organization-form';
import { VatField } from './vat-field';

/** Name, country, VAT number and billing addresses of an organization (its entity type is chosen elsewhere). */
@Component({
  selector: 'mgr-organization-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, CountryField, VatField, BillingAddresses],
  template: `
    <div class="fields" [formGroup]="form()">
      <mat-form-field appearance="outline">
        <mat-label>{{ nameLabel() }}</mat-label>
        <input matInput formControlName="name" autocomplete="organization" required data-testid="organization-name" />
        @if (form().controls.name.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else if (form().controls.name.hasError('maxlength')) {
          <mat-error i18n="@@organizations.fields.nameTooLong">Use at most {{ nameMax }} characters.</mat-error>
        } @else {
          <mat-error i18n="@@organizations.fields.nameRequired">Enter the name.</mat-error>
        }
      </mat-form-field>
      <mgr-country-field [control]="form().controls.country" testId="organization-country" />
      <mgr-vat-field [control]="form().controls.vatNumber" [country]="country()" [entityType]="entityType()" />
      <mgr-billing-addresses [list]="form().controls.billingAddresses" [defaultCountry]="country()" />
    </div>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
    }
    mat-form-field {
      inline-size: 100%;
    }
    mgr-billing-addresses {
      margin-block-start: 8px;
    }
  `,
})
export class OrganizationFields {
  private readonly cdr = inject(ChangeDetectorRef);
  readonly form = input.required<OrganizationForm>();

  protected readonly nameMax = NAME_MAX;
  protected readonly country = signal('');
  protected readonly entityType = signal<EntityType>('COMPANY');
  protected readonly nameLabel = computed(() =>
    this.entityType() === 'INDIVIDUAL'
      ? $localize`:@@organizations.fields.fullName:Full name`
      : $localize`:@@organizations.fields.companyName:Company name`,
  );

  constructor() {
    effect((onCleanup) => {
      const form = this.form();
      const sync = () => {
        this.country.set(form.controls.country.value);
        this.entityType.set(form.controls.entityType.value);
        this.cdr.markForCheck();
      };
      sync();
      const sub = form.events.subscribe(sync);
      onCleanup(() => sub.unsubscribe());
    });
  }
}
