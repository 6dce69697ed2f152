import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MemberFieldsFragment, SetExternalProductsDocument, apiError } from '@manager/web-data-access';
import { ProductCategoryPipe } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UNREACHABLE } from '../unreachable';

export interface GrantableProduct {
  id: string;
  name: string;
  category: string;
}

export interface ProductsDialogData {
  membershipId: string;
  name: string;
  selected: readonly string[];
  products: readonly GrantableProduct[];
}

/** The products an external member may see: a checkbox per product of the organization, at least one. */
@Component({
  selector: 'mgr-products-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatCheckbox, ProductCategoryPipe],
  template: `
    <h2 mat-dialog-title i18n="@@members.products.title">Products for {{ data.name }}</h2>
    <mat-dialog-content>
      <p class="intro" i18n="@@members.products.intro">An external member sees only the products checked here.</p>
      @if (data.products.length === 0) {
        <p i18n="@@members.products.none">This organization has no products yet.</p>
      }
      <ul role="group" aria-label="Products" i18n-aria-label="@@members.products.listLabel">
        @for (product of data.products; track product.id) {
          <li>
            <mat-checkbox [checked]="isChecked(product.id)" (change)="toggle(product.id, $event.checked)">
              {{ product.name }} <span class="category">{{ product.category | productCategory }}</span>
            </mat-checkbox>
          </li>
        }
      </ul>
      @if (selected.invalid && touched()) {
        <p class="error" role="alert" i18n="@@members.products.required">Choose at least one product.</p>
      }
      @if (error(); as text) {
        <p class="error" role="alert">{{ text }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close i18n="@@members.products.cancel">Cancel</button>
      <button mat-flat-button type="button" (click)="save()" [disabled]="saving()">
        @if (saving()) {
          <ng-container i18n="@@members.products.saving">Saving…</ng-container>
        } @else {
          <ng-container i18n="@@members.products.save">Save</ng-container>
        }
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .intro {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .category {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ProductsDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<ProductsDialog, MemberFieldsFragment>>(MatDialogRef);
  protected readonly data = inject<ProductsDialogData>(MAT_DIALOG_DATA);
  protected readonly selected = new FormControl<string[]>([...this.data.selected], {
    nonNullable: true,
    validators: [Validators.required, (c) => (c.value.length ? null : { required: true })],
  });
  protected readonly touched = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected isChecked(id: string): boolean {
    return this.selected.value.includes(id);
  }

  protected toggle(id: string, checked: boolean): void {
    const next = this.selected.value.filter((p) => p !== id);
    this.selected.setValue(checked ? [...next, id] : next);
    this.touched.set(true);
  }

  protected async save(): Promise<void> {
    this.touched.set(true);
    if (this.selected.invalid || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: SetExternalProductsDocument,
          variables: { input: { membershipId: this.data.membershipId, productIds: this.selected.value } },
        }),
      );
      const membership = result.data?.setExternalProducts.membership;
      if (!membership) throw new Error('setExternalProducts returned nothing');
      this.dialogRef.close(membership);
    } catch (e) {
      this.error.set(apiError(e)?.message ?? UNREACHABLE);
    } finally {
      this.saving.set(false);
    }
  }
}
