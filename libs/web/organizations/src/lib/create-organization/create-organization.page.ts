import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { CreateOrganizationDocument, MeDocument, TermsVersionDocument, apiError } from '@manager/web-data-access';
import { PageHeader, applyServerError, errorField } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { unreachableMessage } from '../organization-labels';
import { EntityTypeChoice } from '../organization-form/entity-type-choice';
import { OrganizationFields } from '../organization-form/organization-fields';
import { createOrganizationForm, toOrganizationDetailsInput } from '../organization-form/organization-form';
import { StepIndicator } from '../organization-form/step-indicator';
import { TermsCheckbox } from '../organization-form/terms-checkbox';

/** A signed-in user adds an organization: company or individual, then its details and the terms. */
@Component({
  selector: 'mgr-create-organization-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, Icon, PageHeader, EntityTypeChoice, OrganizationFields, StepIndicator, TermsCheckbox],
  template: `
    <div class="page">
      <mgr-page-header
        heading="Create an organization"
        i18n-heading="@@organizations.create.title"
        description="You will be its legal responsible."
        i18n-description="@@organizations.create.description"
      />
      <mgr-step-indicator [steps]="steps" [current]="step()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="card">
        <h2 class="step-heading">{{ stepHeading() }}</h2>
        @if (step() === 0) {
          <mgr-entity-type-choice [control]="form.controls.organization.controls.entityType" />
        } @else {
          <mgr-organization-fields [form]="form.controls.organization" />
          <mgr-terms-checkbox [control]="form.controls.acceptTerms" />
        }
        <div class="message" role="alert" aria-live="assertive">
          @if (error(); as text) {
            <mat-icon svgIcon="error" aria-hidden="true" />
            <span data-testid="create-organization-error">{{ text }}</span>
          }
        </div>
        <div class="actions">
          @if (step() === 1) {
            <button mat-button type="button" (click)="step.set(0)" i18n="@@organizations.form.back">Back</button>
          }
          <span class="spacer"></span>
          @if (step() === 0) {
            <button mat-flat-button type="button" (click)="step.set(1)" i18n="@@organizations.form.continue">Continue</button>
          } @else {
            <button mat-flat-button type="submit" [disabled]="submitting()">
              @if (submitting()) {
                <ng-container i18n="@@organizations.form.creating">Creating…</ng-container>
              } @else {
                <ng-container i18n="@@organizations.create.submit">Create organization</ng-container>
              }
            </button>
          }
        </div>
      </form>
    </div>
  `,
  styles: `
    .page {
      max-inline-size: 760px;
    }
    .card {
      padding: 24px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-extra-large);
      background: var(--mat-sys-surface-container-low);
    }
    .step-heading {
      margin: 0 0 16px;
      font: var(--mat-sys-title-large);
    }
    .message {
      display: flex;
      gap: 8px;
      min-block-size: 24px;
      margin-block: 12px;
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .spacer {
      flex: 1;
    }
  `,
})
export class CreateOrganizationPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  protected readonly steps = [$localize`:@@organizations.signup.step.type:Type`, $localize`:@@organizations.signup.step.organization:Organization`];
  protected readonly step = signal(0);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    organization: createOrganizationForm(),
    acceptTerms: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
  });
  private readonly isCompany = signal(true);
  protected readonly stepHeading = computed(() =>
    this.step() === 0
      ? $localize`:@@organizations.create.heading.type:Who is the organization?`
      : this.isCompany()
        ? $localize`:@@organizations.create.heading.company:The company`
        : $localize`:@@organizations.create.heading.individual:The person`,
  );

  constructor() {
    this.form.controls.organization.controls.entityType.valueChanges.subscribe((t) => this.isCompany.set(t === 'COMPANY'));
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      const terms = await firstValueFrom(this.apollo.query({ query: TermsVersionDocument }));
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateOrganizationDocument,
          variables: {
            input: {
              organization: toOrganizationDetailsInput(this.form.controls.organization),
              acceptTerms: this.form.controls.acceptTerms.value,
              termsVersion: terms.data?.termsOfUse.version ?? '',
            },
          },
          // The organization switcher lists it at once.
          refetchQueries: [{ query: MeDocument }],
          awaitRefetchQueries: true,
        }),
      );
      const organization = result.data?.createOrganization.organization;
      if (!organization) throw new Error('createOrganization returned nothing');
      await this.router.navigate(['/org', organization.id]);
    } catch (e) {
      const error = apiError(e);
      if (!error) this.error.set(unreachableMessage());
      else if (!applyServerError(this.form, errorField(error.extensions), error.message)) this.error.set(error.message);
    } finally {
      this.submitting.set(false);
    }
  }
}
