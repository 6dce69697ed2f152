import { ChangeDetectionStrategy, Component, ElementRef, OnInit, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ColorScheme, RequestPasswordResetDocument, apiError, postGraphql } from '@manager/web-data-access/fetch';
import { Icon } from '@manager/web-ui/icons';
import { Button, SignalForm, TextField, TextInput, emailAddress, required } from '@manager/web-ui/native-form';
import { AuthLayout } from '../auth-layout/auth-layout';
import { UNREACHABLE } from '../unreachable';
import { waitInWords } from './wait-in-words';


/**
 * "Forgot password?": asks for the email and says the same thing afterwards whether or not it has
 * an account (the API does too), so nobody learns here who is a customer. Signed out, so one
 * plain `fetch` (`postGraphql`) rather than Apollo.
 */
@Component({
  selector: 'mgr-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The login screen's native fields and buttons (web-ui/native-form): one design, and no Material to load.
  imports: [RouterLink, TextField, TextInput, Button, Icon, AuthLayout],
  template: `
    @if (sentTo(); as email) {
      <mgr-auth-layout heading="Check your email" i18n-heading="@@auth.forgotPassword.sentHeading">
        <div class="sent" data-testid="reset-link-sent">
          <mat-icon class="sent-icon" svgIcon="mail" aria-hidden="true" />
          <div>
            <p i18n="@@auth.forgotPassword.sent">
              If <strong>{{ email }}</strong> has a Manager account, we have sent it a link to choose a new password.
              The link works once, for 30 minutes.
            </p>
            <p class="hint" i18n="@@auth.forgotPassword.sentHint">Nothing after a few minutes? Look in the spam folder, or check the address and ask again.</p>
          </div>
        </div>
        <a mgrButton="filled" class="submit" routerLink="/login" [queryParams]="{ email }" i18n="@@auth.forgotPassword.backToLogin">Back to log in</a>
        <div class="switch">
          <button mgrButton="text" type="button" (click)="again()" i18n="@@auth.forgotPassword.useAnotherAddress">Use another address</button>
        </div>
      </mgr-auth-layout>
    } @else {
      <mgr-auth-layout
        heading="Forgot your password?"
        i18n-heading="@@auth.forgotPassword.heading"
        subheading="Enter your email: we will send you a link to choose a new one."
        i18n-subheading="@@auth.forgotPassword.subheading"
      >
        <form (submit)="submit($event)" novalidate>
          <mgr-text-field label="Email" i18n-label="@@auth.forgotPassword.email" [field]="emailField">
            <input #emailInput mgrTextInput type="email" autocomplete="username" required />
          </mgr-text-field>

          <div class="message" role="alert" aria-live="assertive">
            @if (error(); as text) {
              <mat-icon svgIcon="error" aria-hidden="true" />
              <span data-testid="forgot-password-error">{{ text }}</span>
            }
          </div>

          <button mgrButton="filled" type="submit" class="submit" [disabled]="submitting()">
            @if (submitting()) {
              <ng-container i18n="@@auth.forgotPassword.sending">Sending…</ng-container>
            } @else {
              <ng-container i18n="@@auth.forgotPassword.submit">Send the link</ng-container>
            }
          </button>
        </form>
        <div class="switch">
          <a mgrButton="text" routerLink="/login" [queryParams]="{ email: emailField.value() || null }" i18n="@@auth.forgotPassword.backToLogin">Back to log in</a>
        </div>
      </mgr-auth-layout>
    }
  `,
  styleUrls: ['../auth-layout/auth-form.scss', './forgot-password.page.scss'],
})
export class ForgotPasswordPage implements OnInit {
  /** `?email=` from the login form, so the person does not type it twice. */
  readonly email = input<string>();

  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly form = new SignalForm();
  protected readonly emailField = this.form.field(
    '',
    required($localize`:@@auth.forgotPassword.emailRequired:Enter your email.`),
    emailAddress($localize`:@@auth.forgotPassword.emailInvalid:Enter an email like name@example.com.`),
  );
  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');

  constructor() {
    inject(ColorScheme).followSystem();
    afterNextRender(() => this.emailInput()?.nativeElement.focus());
  }

  ngOnInit(): void {
    const email = this.email();
    if (email) this.emailField.value.set(email);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault(); // no native submission: the page posts itself
    if (this.submitting()) return;
    if (!this.form.submit()) return;
    this.submitting.set(true);
    this.error.set(null);
    const email = this.emailField.value().trim();
    try {
      await postGraphql(RequestPasswordResetDocument, { input: { email } });
      this.sentTo.set(email);
    } catch (e) {
      const error = apiError(e);
      if (!error) this.error.set(UNREACHABLE);
      else if (error.code === 'TOO_MANY_REQUESTS') {
        const wait = waitInWords(Number(error.extensions['retryAfterSeconds']));
        this.error.set($localize`:@@auth.forgotPassword.tooManyRequests:Too many links asked for. Try again in ${wait}:wait:.`);
      } else if (error.extensions['field'] === 'email') this.emailField.serverError.set(error.message);
      else this.error.set(error.message);
    } finally {
      this.submitting.set(false);
    }
  }

  protected again(): void {
    this.sentTo.set(null);
    this.form.submitted.set(false); // the form is on screen anew
    setTimeout(() => this.emailInput()?.nativeElement.select());
  }
}
