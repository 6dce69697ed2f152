import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AccountSecurityDocument, ChangePasswordDocument, MeDocument, apiError } from '@manager/web-data-access';
import { PageHeader, applyServerError, errorField } from '@manager/web-ui';
import { NewPasswordField } from '@manager/web-ui/password';
import { Apollo, onlyCompleteData } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { SecondFactorsCard } from './second-factors-card';
import { UNREACHABLE } from '../unreachable';
import { SessionsCard } from './sessions-card';


/**
 * The signed-in person's security page (user menu → Security): two-step verification (passkeys,
 * authenticator app, recovery codes), changing the password (the current one confirms it; every
 * other device signed in to the account is signed out, this one stays; the account's email gets
 * a notice), where the account is logged in, and its security activity.
 */
@Component({
  selector: 'mgr-account-security-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatButton, Icon, PageHeader, NewPasswordField, SecondFactorsCard, SessionsCard],
  template: `
    <div class="page">
      <mgr-page-header heading="Security" i18n-heading="@@auth.security.heading" description="How you log in to the Manager." i18n-description="@@auth.security.description" />
      @if (security(); as current) {
        <mgr-second-factors-card [security]="current" (changed)="reload()" />
      }
      <section class="card" aria-labelledby="password-heading">
        <h2 id="password-heading" i18n="@@auth.security.password.heading">Change your password</h2>
        @if (me()?.email; as email) {
          <p class="intro" i18n="@@auth.security.password.intro">
            After the change, every other device logged in as {{ email }} is logged out; this one stays. We email you a notice.
          </p>
        } @else {
          <p class="intro" i18n="@@auth.security.password.introNoEmail">
            After the change, every other device logged in as you is logged out; this one stays. We email you a notice.
          </p>
        }
        <form [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate>
          <!-- For password managers: which account the new password belongs to. -->
          <input class="username" type="email" name="username" autocomplete="username" [value]="me()?.email ?? ''" readonly tabindex="-1" aria-hidden="true" />
          <mat-form-field appearance="outline">
            <mat-label i18n="@@auth.security.password.current">Current password</mat-label>
            <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
            <mat-error>
              @if (form.controls.currentPassword.getError('server'); as message) {
                {{ message }}
              } @else {
                <ng-container i18n="@@auth.security.password.currentRequired">Enter your current password.</ng-container>
              }
            </mat-error>
          </mat-form-field>
          <mgr-new-password-field
            [control]="form.controls.newPassword"
            label="New password"
            i18n-label="@@auth.security.password.new"
            [email]="me()?.email"
            [name]="me()?.displayName"
          />

          <div class="message" role="alert" aria-live="assertive">
            @if (error(); as text) {
              <mat-icon svgIcon="error" aria-hidden="true" />
              <span data-testid="change-password-error">{{ text }}</span>
            }
          </div>
          <div class="done" role="status" aria-live="polite">
            @if (changed()) {
              <mat-icon svgIcon="verified" aria-hidden="true" />
              <span data-testid="password-changed" i18n="@@auth.security.password.changed">Password changed. Every other device was logged out.</span>
            }
          </div>

          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="submitting()">
              @if (submitting()) {
                <ng-container i18n="@@auth.security.password.changing">Changing…</ng-container>
              } @else {
                <ng-container i18n="@@auth.security.password.submit">Change password</ng-container>
              }
            </button>
          </div>
        </form>
      </section>
      @if (security(); as current) {
        <mgr-sessions-card [security]="current" (changed)="reload()" />
      }
    </div>
  `,
  styleUrl: './account-security.page.scss',
})
export class AccountSecurityPage {
  private readonly apollo = inject(Apollo);

  protected readonly me = toSignal(
    this.apollo.watchQuery({ query: MeDocument }).valueChanges.pipe(
      onlyCompleteData(),
      map((result) => result.data.me),
    ),
  );
  private readonly securityQuery = this.apollo.watchQuery({ query: AccountSecurityDocument, fetchPolicy: 'network-only' });
  protected readonly security = toSignal(
    this.securityQuery.valueChanges.pipe(
      onlyCompleteData(),
      map((result) => result.data.accountSecurity),
    ),
  );
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly changed = signal(false);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected reload(): void {
    void this.securityQuery.refetch();
  }

  protected async submit(formDirective: FormGroupDirective): Promise<void> {
    if (this.submitting()) return;
    this.changed.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { input: { currentPassword, newPassword } } }),
      );
      // Both fields emptied and untouched: no red errors on a form that just succeeded.
      formDirective.resetForm();
      this.changed.set(true);
      this.reload(); // the other sessions just ended
    } catch (e) {
      const error = apiError(e);
      if (!error) this.error.set(UNREACHABLE);
      else if (error.code === 'TOO_MANY_REQUESTS') this.error.set(error.message);
      else if (!applyServerError(this.form, errorField(error.extensions), error.message)) this.error.set(error.message);
    } finally {
      this.submitting.set(false);
    }
  }
}
