import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { ColorScheme, type Language, SessionCache, SignUpDocument, TermsVersionDocument, apiError, postGraphql } from '@manager/web-data-access/fetch';
import { activeLanguage } from '@manager/web-ui/language';
import { PublicPage, applyServerError, errorField } from '@manager/web-ui';
import { NewPasswordField } from '@manager/web-ui/password';
import { Icon } from '@manager/web-ui/icons';
import { EntityTypeChoice } from '../organization-form/entity-type-choice';
import { OrganizationFields } from '../organization-form/organization-fields';
import { createOrganizationForm, toOrganizationDetailsInput } from '../organization-form/organization-form';
import { StepIndicator } from '../organization-form/step-indicator';
import { TermsCheckbox } from '../organization-form/terms-checkbox';
import { unreachableMessage } from '../organization-labels';
import { stepOfField } from './signup-steps';


/**
 * Sign-up in three steps: company or individual, the organization, the person (and the terms).
 * Signed out, so its two calls are plain `fetch`es (`postGraphql`): the page loads no Apollo.
 */
@Component({
  selector: 'mgr-signup-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    MatButton,
    Icon,
    PublicPage,
    EntityTypeChoice,
    OrganizationFields,
    StepIndicator,
    TermsCheckbox,
    NewPasswordField,
  ],
  templateUrl: './signup.page.html',
  styleUrl: './signup.page.scss',
})
export class SignupPage {
  private readonly router = inject(Router);
  private readonly sessionCache = inject(SessionCache);

  protected readonly steps = [
    $localize`:@@organizations.signup.step.type:Type`,
    $localize`:@@organizations.signup.step.organization:Organization`,
    $localize`:@@organizations.signup.step.you:You`,
  ];
  protected readonly step = signal(0);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly form = new FormGroup({
    organization: createOrganizationForm(),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    // The password policy comes with <mgr-new-password-field>.
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    acceptTerms: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
  });

  protected readonly isCompany = signal(true);
  protected readonly stepHeading = computed(() => {
    switch (this.step()) {
      case 0:
        return $localize`:@@organizations.signup.heading.type:Who is the account for?`;
      case 1:
        return this.isCompany()
          ? $localize`:@@organizations.signup.heading.company:Your company`
          : $localize`:@@organizations.signup.heading.individual:Your details`;
      default:
        return $localize`:@@organizations.signup.heading.account:Your account`;
    }
  });

  private readonly heading = viewChild<ElementRef<HTMLElement>>('stepTitle');
  private termsVersion: Promise<string>;

  constructor() {
    inject(ColorScheme).followSystem();
    this.form.controls.organization.controls.entityType.valueChanges.subscribe((t) => this.isCompany.set(t === 'COMPANY'));
    this.termsVersion = postGraphql(TermsVersionDocument).then((data) => data.termsOfUse.version);
    this.termsVersion.catch(() => undefined);
  }

  protected next(): void {
    if (this.step() === 1) {
      const organization = this.form.controls.organization;
      if (organization.invalid) {
        organization.markAllAsTouched();
        this.focusFirstInvalid();
        return;
      }
    }
    this.goTo(this.step() + 1);
  }

  protected back(): void {
    this.goTo(this.step() - 1);
  }

  protected async submit(): Promise<void> {
    if (this.step() < 2) {
      this.next();
      return;
    }
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      if (this.form.controls.organization.invalid) this.goTo(1);
      else this.focusFirstInvalid();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const v = this.form.getRawValue();
    try {
      const termsVersion = await this.termsVersion;
      const data = await postGraphql(SignUpDocument, {
        input: {
          displayName: v.displayName.trim(),
          email: v.email.trim(),
          password: v.password,
          organization: toOrganizationDetailsInput(this.form.controls.organization),
          acceptTerms: v.acceptTerms,
          termsVersion,
          // The language the person signed up in becomes the account's (its emails, its next sign-ins).
          language: activeLanguage().toUpperCase() as Language,
        },
      });
      const organization = data.signUp.organization;
      if (!organization) throw new Error('signUp returned no organization');
      // A new session: nothing cached before it may leak into it.
      await this.sessionCache.clear();
      await this.router.navigate(['/org', organization.id]);
    } catch (e) {
      this.showError(e);
    } finally {
      this.submitting.set(false);
    }
  }

  private showError(e: unknown): void {
    const error = apiError(e);
    if (!error) {
      this.error.set(unreachableMessage());
      return;
    }
    const field = errorField(error.extensions);
    const control = applyServerError(this.form, field, error.message);
    if (control && field) {
      this.goTo(stepOfField(field));
      return;
    }
    this.error.set(error.message);
  }

  private goTo(step: number): void {
    this.step.set(Math.max(0, Math.min(2, step)));
    setTimeout(() => {
      const invalid = this.firstInvalidInput();
      (invalid ?? this.heading()?.nativeElement)?.focus();
    });
  }

  private focusFirstInvalid(): void {
    setTimeout(() => this.firstInvalidInput()?.focus());
  }

  private firstInvalidInput(): HTMLElement | null {
    return document.querySelector<HTMLElement>('mgr-signup-page .step input.ng-invalid.ng-touched');
  }
}
