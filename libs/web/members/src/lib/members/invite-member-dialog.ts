import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { InvitationFieldsFragment, InviteMemberDocument, apiError } from '@manager/web-data-access';
import { applyServerError, errorField } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { UNREACHABLE } from '../unreachable';
import { ASSIGNABLE_ROLES } from './member-permissions';
import { MemberRolePipe } from './member-role';
import { createInviteForm } from './invite-form';
import { GrantableProduct } from './products-dialog';

export interface InviteMemberDialogData {
  organizationId: string;
  products: readonly GrantableProduct[];
}

/** "Invite a member": email, role, and the products an external member will see. Sends the email itself. */
@Component({
  selector: 'mgr-invite-member-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatHint,
    MatSelect,
    MatOption,
    MemberRolePipe,
  ],
  template: `
    <h2 mat-dialog-title i18n="@@members.invite.title">Invite a member</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro" i18n="@@members.invite.intro">They receive an email with a link to join the organization.</p>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@members.invite.email">Email</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" required cdkFocusInitial />
          @if (form.controls.email.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          } @else if (form.controls.email.hasError('email')) {
            <mat-error i18n="@@members.invite.emailInvalid">Enter an email like name&#64;example.com.</mat-error>
          } @else {
            <mat-error i18n="@@members.invite.emailRequired">Enter the email of the person to invite.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@members.invite.role">Role</mat-label>
          <mat-select formControlName="role">
            @for (role of roles; track role) {
              <mat-option [value]="role">{{ role | memberRole }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{ roleHint() }}</mat-hint>
          @if (form.controls.role.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        @if (isExternal()) {
          <mat-form-field appearance="outline">
            <mat-label i18n="@@members.invite.products">Products</mat-label>
            <mat-select formControlName="productIds" multiple [errorStateMatcher]="productsError">
              @for (product of data.products; track product.id) {
                <mat-option [value]="product.id">{{ product.name }}</mat-option>
              }
            </mat-select>
            @if (data.products.length === 0) {
              <mat-hint i18n="@@members.invite.noProducts">This organization has no products to share yet.</mat-hint>
            } @else {
              <mat-hint i18n="@@members.invite.productsHint">An external member sees only these products.</mat-hint>
            }
            <mat-error>
              @if (form.controls.productIds.getError('server'); as message) {
                {{ message }}
              } @else {
                <ng-container i18n="@@members.invite.productsRequired">Choose at least one product.</ng-container>
              }
            </mat-error>
          </mat-form-field>
        }
        @if (error(); as text) {
          <p class="error" role="alert">{{ text }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@members.invite.cancel">Cancel</button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          @if (sending()) {
            <ng-container i18n="@@members.invite.sending">Sending…</ng-container>
          } @else {
            <ng-container i18n="@@members.invite.submit">Send invitation</ng-container>
          }
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-inline-size: min(420px, 80vw);
    }
    .intro {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-form-field {
      inline-size: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class InviteMemberDialog {
  private readonly apollo = inject(Apollo);
  private readonly dialogRef = inject<MatDialogRef<InviteMemberDialog, InvitationFieldsFragment>>(MatDialogRef);
  protected readonly data = inject<InviteMemberDialogData>(MAT_DIALOG_DATA);

  protected readonly roles = ASSIGNABLE_ROLES;
  protected readonly form = createInviteForm();
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly isExternal = signal(false);
  protected readonly roleHint = signal(ROLE_HINTS['USER']);
  protected readonly productsError = {
    isErrorState: () =>
      (this.form.hasError('productsRequired') || this.form.controls.productIds.hasError('server')) &&
      (this.form.controls.productIds.touched || this.submitted),
  };
  private submitted = false;

  constructor() {
    this.form.controls.role.valueChanges.subscribe((role) => {
      this.isExternal.set(role === 'EXTERNAL');
      this.roleHint.set(ROLE_HINTS[role] ?? '');
    });
  }

  protected async submit(): Promise<void> {
    this.submitted = true;
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    this.error.set(null);
    const v = this.form.getRawValue();
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: InviteMemberDocument,
          variables: {
            input: {
              organizationId: this.data.organizationId,
              email: v.email.trim(),
              role: v.role,
              ...(v.role === 'EXTERNAL' ? { productIds: v.productIds } : {}),
            },
          },
        }),
      );
      const invitation = result.data?.inviteMember.invitation;
      if (!invitation) throw new Error('inviteMember returned nothing');
      this.dialogRef.close(invitation);
    } catch (e) {
      const error = apiError(e);
      if (!error) this.error.set(UNREACHABLE);
      else if (!applyServerError(this.form, errorField(error.extensions), error.message)) this.error.set(error.message);
    } finally {
      this.sending.set(false);
    }
  }
}

const ROLE_HINTS: Record<string, string> = {
  ADMIN: $localize`:@@members.invite.hint.admin:Manages members, details and products.`,
  USER: $localize`:@@members.invite.hint.user:Sees the organization, its products and its members.`,
  EXTERNAL: $localize`:@@members.invite.hint.external:Sees only the products you choose.`,
};
