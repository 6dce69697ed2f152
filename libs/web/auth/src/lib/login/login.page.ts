import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  ColorScheme,
  CompleteSignInDocument,
  FinishPasskeySignInDocument,
  LoginDocument,
  SessionCache,
  StartPasskeySignInDocument,
  apiError,
  postGraphql,
} from '@manager/web-data-access/fetch';
import { Icon } from '@manager/web-ui/icons';
import { Button, LanguageSwitch, SignalForm, TextField, TextInput, emailAddress, required } from '@manager/web-ui/native-form';
import { AuthLayout } from '../auth-layout/auth-layout';
import { RememberedAccountsStore } from '../remembered-accounts/remembered-accounts.store';
import { UNREACHABLE } from '../unreachable';
import { safeReturnUrl } from './return-url';
import { LoginSecondStep } from './second-step';
import type { CodeMethod, SecondFactorMethod } from './second-step';

const WRONG_CREDENTIALS = $localize`:@@auth.login.wrongCredentials:Incorrect email or password.`;
const EMAIL_REQUIRED = $localize`:@@auth.login.emailRequired:Enter your email.`;
const EMAIL_INVALID = $localize`:@@auth.login.emailInvalid:Enter an email like name@example.com.`;
const PASSWORD_REQUIRED = $localize`:@@auth.login.passwordRequired:Enter your password.`;
const CODE_REQUIRED = $localize`:@@auth.login.codeRequired:Enter the code.`;
const PASSKEY_FAILED = $localize`:@@auth.login.passkeyFailed:The passkey did not sign you in. Try again, or use another way.`;

/** The password was right; a second factor completes the sign-in (the token is not a session). */
interface PendingSignIn {
  token: string;
  methods: SecondFactorMethod[];
}

interface SignedInUser {
  displayName: string;
  email: string;
}

/**
 * The first screen most people see, so it loads as little as it can: one `fetch` for the login
 * mutation (`postGraphql`), no Apollo Client, no graphql-js (see `@manager/web-data-access/fetch`),
 * and neither `@angular/forms` nor Material: native fields and buttons styled like Material's,
 * their state in signals (`@manager/web-ui/native-form`).
 */
@Component({
  selector: 'mgr-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextField, TextInput, Button, Icon, RouterLink, AuthLayout, LanguageSwitch, LoginSecondStep],
  templateUrl: './login.page.html',
  styleUrls: ['../auth-layout/auth-form.scss', './login.page.scss'],
})
export class LoginPage implements OnInit {
  private readonly sessionCache = inject(SessionCache);
  private readonly router = inject(Router);
  private readonly accounts = inject(RememberedAccountsStore);
  private readonly destroyRef = inject(DestroyRef);

  /** `?email=` pre-fills the form (from "Change user"). */
  readonly email = input<string>();
  /** `?returnUrl=` is where the guard found the user. */
  readonly returnUrl = input<string>();

  protected readonly hasRememberedAccounts = computed(() => !this.accounts.isEmpty());
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly retryIn = signal(0);
  protected readonly message = computed(() =>
    this.retryIn() > 0 ? $localize`:@@auth.login.tooManyAttempts:Too many attempts. Try again in ${this.retryIn()}:seconds: s.` : this.error(),
  );

  protected readonly form = new SignalForm();
  protected readonly emailField = this.form.field('', required(EMAIL_REQUIRED), emailAddress(EMAIL_INVALID));
  protected readonly passwordField = this.form.field('', required(PASSWORD_REQUIRED));

  /** Set once the password was accepted and a second factor is due. */
  protected readonly pending = signal<PendingSignIn | null>(null);
  /** Which code the second step asks for. */
  protected readonly codeMethod = signal<CodeMethod>('TOTP');
  /** After a recovery code: how many are left (shown before going on). */
  protected readonly recoveryCodesLeft = signal<number | null>(null);
  protected readonly passkeysSupported = typeof window !== 'undefined' && 'PublicKeyCredential' in window;
  protected readonly codeForm = new SignalForm();
  protected readonly codeField = this.codeForm.field('', required(CODE_REQUIRED));
  private signedInUser: SignedInUser | null = null;

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private countdown: ReturnType<typeof setInterval> | undefined;

  constructor() {
    // Signed-out pages always follow the OS, whatever the last account chose.
    inject(ColorScheme).followSystem();
    afterNextRender(() => {
      const target = this.emailField.value() ? this.passwordInput() : this.emailInput();
      target.nativeElement.focus();
    });
    this.destroyRef.onDestroy(() => clearInterval(this.countdown));
  }

  ngOnInit(): void {
    const email = this.email();
    if (email) this.emailField.value.set(email);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault(); // no native submission: the page posts itself
    if (this.submitting() || this.retryIn() > 0) return;
    if (!this.form.submit()) return;
    this.submitting.set(true);
    this.error.set(null);
    const [email, password] = [this.emailField.value(), this.passwordField.value()];
    let user: SignedInUser | undefined;
    try {
      const data = await postGraphql(LoginDocument, { input: { email: email.trim(), password } });
      const secondFactor = data.login.secondFactor;
      if (secondFactor) {
        const methods = secondFactor.methods as SecondFactorMethod[];
        this.pending.set({ token: secondFactor.pendingToken, methods });
        this.codeMethod.set(methods.includes('TOTP') ? 'TOTP' : 'RECOVERY_CODE');
        this.passwordField.reset();
        this.codeForm.restart(); // a new form on screen
        this.submitting.set(false);
        // A passkey alone (no authenticator app): ask for it at once.
        if (!methods.includes('TOTP') && methods.includes('PASSKEY') && this.passkeysSupported) void this.signInWithPasskey();
        return;
      }
      user = data.login.user ?? undefined;
      if (!user) throw new Error('login returned no user');
    } catch (e) {
      this.showError(e);
      this.passwordField.reset();
      this.submitting.set(false);
      return;
    }
    await this.enter(user);
  }

  /** The second step with a code (authenticator app or recovery code). */
  protected async submitCode(event: Event): Promise<void> {
    event.preventDefault();
    const pending = this.pending();
    if (!pending || this.submitting() || this.retryIn() > 0) return;
    if (!this.codeForm.submit()) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      const { completeSignIn } = await postGraphql(CompleteSignInDocument, {
        input: { pendingToken: pending.token, method: this.codeMethod(), code: this.codeField.value().trim() },
      });
      if (completeSignIn.recoveryCodesLeft !== null && completeSignIn.recoveryCodesLeft !== undefined) {
        // Say how many are left before going on (and that new ones are on the security page).
        this.signedInUser = completeSignIn.user;
        this.recoveryCodesLeft.set(completeSignIn.recoveryCodesLeft);
        this.submitting.set(false);
        return;
      }
      await this.enter(completeSignIn.user);
    } catch (e) {
      this.showSecondStepError(e);
      this.codeField.reset();
      this.submitting.set(false);
    }
  }

  /** "Sign in with a passkey": alone on the first step, or as the second step after the password. */
  protected async signInWithPasskey(): Promise<void> {
    if (this.submitting()) return;
    this.submitting.set(true);
    this.error.set(null);
    const pendingToken = this.pending()?.token ?? null;
    try {
      const { startPasskeySignIn } = await postGraphql(StartPasskeySignInDocument, { input: { pendingToken } });
      // Loaded on demand: the login screen stays light for everybody typing a password.
      const { startAuthentication } = await import('@simplewebauthn/browser');
      const answer = await startAuthentication({ optionsJSON: JSON.parse(startPasskeySignIn.optionsJson) });
      const { finishPasskeySignIn } = await postGraphql(FinishPasskeySignInDocument, {
        input: { pendingToken, responseJson: JSON.stringify(answer) },
      });
      await this.enter(finishPasskeySignIn.user);
    } catch (e) {
      const error = apiError(e);
      if (error?.code === 'UNAUTHENTICATED') this.backToPassword(error.message);
      else this.error.set(error ? error.message : PASSKEY_FAILED); // NotAllowedError: cancelled or timed out
      this.submitting.set(false);
    }
  }

  protected useMethod(method: CodeMethod): void {
    this.codeMethod.set(method);
    this.codeField.reset();
    this.error.set(null);
  }

  protected continueAfterRecoveryCode(): void {
    if (this.signedInUser) void this.enter(this.signedInUser);
  }

  /** The pending sign-in expired or was used: start again from the password. */
  protected backToPassword(message: string | null = null): void {
    this.pending.set(null);
    this.codeField.reset();
    // The password form is on screen anew (its email kept): no error before the next submit.
    this.form.submitted.set(false);
    this.error.set(message);
  }

  private showSecondStepError(e: unknown): void {
    const error = apiError(e);
    if (error?.code === 'TOO_MANY_REQUESTS') return this.showError(e);
    if (error?.code === 'UNAUTHENTICATED') return this.backToPassword(error.message);
    this.error.set(error ? error.message : UNREACHABLE);
  }

  private async enter(user: SignedInUser): Promise<void> {
    this.submitting.set(true);
    // Signed in from here on: a failure below (a page's code that cannot load, say after a
    // deployment) is not a failed login, so go there with a full page load instead.
    this.accounts.record({ displayName: user.displayName, email: user.email });
    const target = safeReturnUrl(this.returnUrl());
    try {
      // A new session: nothing cached for the previous user may leak into this one.
      await this.sessionCache.clear();
      await this.router.navigateByUrl(target);
    } catch {
      window.location.assign(target);
    } finally {
      this.submitting.set(false);
    }
  }

  private showError(e: unknown): void {
    const error = apiError(e);
    if (error?.code === 'TOO_MANY_REQUESTS') {
      const seconds = Number(error.extensions['retryAfterSeconds']);
      this.startCountdown(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 30);
      return;
    }
    // One message for every credential problem: never tell which half was wrong.
    this.error.set(error ? WRONG_CREDENTIALS : UNREACHABLE);
  }

  private startCountdown(seconds: number): void {
    clearInterval(this.countdown);
    this.retryIn.set(seconds);
    this.countdown = setInterval(() => {
      this.retryIn.update((s) => Math.max(0, s - 1));
      if (this.retryIn() === 0) clearInterval(this.countdown);
    }, 1000);
  }
}
