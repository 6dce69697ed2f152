import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, NavigationEnd, Router, RouterLink } from '@angular/router';
import { PasswordResetLinkDocument, ResetPasswordDocument, ThemeService, apiError, pageQuery } from '@manager/web-data-access';
import { PageStateView, applyServerError, errorField } from '@manager/web-ui';
import { NewPasswordField } from '@manager/web-ui/password';
import { Apollo } from 'apollo-angular';
import { filter, firstValueFrom, map, take } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { AuthLayout } from '../auth-layout/auth-layout';
import { RememberedAccountsStore } from '../remembered-accounts/remembered-accounts.store';
import { UNREACHABLE } from '../unreachable';
import { resetTokenFromFragment } from './reset-token';


/**
 * Where a reset email leads (`/reset-password#token=…`, public). The token is taken out of the
 * address bar at once (it would otherwise stay in the history and on screen) and is only ever
 * sent to the API, in a request body. A new password ends every session of the account and signs
 * this browser in: the person just proved they read the account's email.
 */
@Component({
  selector: 'mgr-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatInput,
    MatButton,
    MatAnchor,
    Icon,
    PageStateView,
    AuthLayout,
    NewPasswordField,
  ],
  template: `
    <mgr-auth-layout heading="Choose a new password" i18n-heading="@@auth.resetPassword.heading" [subheading]="page.data() ? readySubheading : ''">
      <mgr-page-state [page]="page" loading="Checking the link" i18n-loading="@@auth.resetPassword.checking" [failure]="checkFailed" [inline]="true">
        <ng-container ngProjectAs="[pageNotFound]">
          <div class="notice" role="alert" data-testid="reset-link-invalid">
            <mat-icon svgIcon="error" aria-hidden="true" />
            <div>
              <p class="strong" i18n="@@auth.resetPassword.invalid">This link is no longer valid.</p>
              <p i18n="@@auth.resetPassword.invalidWhy">It was already used, a newer one was sent, or its 30 minutes are over. Ask for a new link.</p>
            </div>
          </div>
          <a mat-flat-button class="submit" routerLink="/forgot-password" i18n="@@auth.resetPassword.askAgain">Ask for a new link</a>
          <div class="switch">
            <a mat-button routerLink="/login" i18n="@@auth.resetPassword.backToLogin">Back to log in</a>
          </div>
        </ng-container>
      </mgr-page-state>
      @if (page.data()) {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label i18n="@@auth.resetPassword.email">Email</mat-label>
            <input matInput type="email" [value]="email()" readonly autocomplete="username" />
          </mat-form-field>
          <mgr-new-password-field [control]="form.controls.newPassword" label="New password" i18n-label="@@auth.resetPassword.newPassword" [email]="email()" />

          <div class="message" role="alert" aria-live="assertive">
            @if (error(); as text) {
              <mat-icon svgIcon="error" aria-hidden="true" />
              <span data-testid="reset-password-error">{{ text }}</span>
            }
          </div>

          <button mat-flat-button type="submit" class="submit" [disabled]="submitting()">
            @if (submitting()) {
              <ng-container i18n="@@auth.resetPassword.saving">Saving…</ng-container>
            } @else {
              <ng-container i18n="@@auth.resetPassword.submit">Save and log in</ng-container>
            }
          </button>
        </form>
      }
    </mgr-auth-layout>
  `,
  styleUrls: ['../auth-layout/auth-form.scss', './reset-password.page.scss'],
})
export class ResetPasswordPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly accounts = inject(RememberedAccountsStore);

  /** Kept in memory only: never in the address bar, storage or a log. */
  private readonly token = signal<string | null>(null);

  protected readonly checkFailed = $localize`:@@auth.resetPassword.checkFailed:The link could not be checked. The Manager cannot be reached right now. Try again in a moment.`;
  protected readonly page = pageQuery({
    key: () => this.token(),
    fetch: (token) =>
      this.apollo
        .query({ query: PasswordResetLinkDocument, variables: { token }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.passwordResetLink)),
  });
  protected readonly email = computed(() => this.page.data()?.email ?? '');
  protected readonly readySubheading = $localize`:@@auth.resetPassword.subheading:It replaces the old one, and every device logged in to this account is logged out.`;
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  constructor() {
    inject(ThemeService).followSystem();
    // Every fragment this page gets (opened from the email, or a link pasted into the same tab):
    // the token is kept in memory, and taken out of the address bar and the history entry.
    inject(ActivatedRoute)
      .fragment.pipe(takeUntilDestroyed())
      .subscribe((fragment) => {
        const token = resetTokenFromFragment(fragment);
        // Opened without a token (or it was already taken out): the page says the link is not valid.
        if (!token) return;
        this.token.set(token);
        this.stripFragment();
      });
  }

  /** After the navigation in progress (the router writes the URL at its end), or at once. */
  private stripFragment(): void {
    const strip = () => void this.router.navigate(['/reset-password'], { replaceUrl: true });
    if (!this.router.currentNavigation()) {
      strip();
      return;
    }
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        take(1),
      )
      .subscribe(strip);
  }

  protected async submit(): Promise<void> {
    const token = this.token();
    if (!token || this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ResetPasswordDocument,
          variables: { input: { token, newPassword: this.form.controls.newPassword.value } },
        }),
      );
      const user = result.data?.resetPassword.user;
      if (!user) throw new Error('resetPassword returned no user');
      this.accounts.record({ displayName: user.displayName, email: user.email });
      // A new session: nothing cached before it may leak into it.
      await this.apollo.client.clearStore();
      await this.router.navigateByUrl('/');
    } catch (e) {
      const error = apiError(e);
      const field = error ? errorField(error.extensions) : undefined;
      if (!error) this.error.set(UNREACHABLE);
      // The link stopped working meanwhile: asking again shows it is no longer valid.
      else if (field === 'token') this.page.reload();
      else if (!applyServerError(this.form, field, error.message)) this.error.set(error.message);
    } finally {
      this.submitting.set(false);
    }
  }
}
