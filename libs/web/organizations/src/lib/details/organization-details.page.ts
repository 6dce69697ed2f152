import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { vatApplies } from '@manager/domain';
import {
  OrganizationDetailsDocument,
  OrganizationDetailsFieldsFragment,
  UpdateOrganizationDocument,
  apiError,
  hasPermission,
  pageQuery,
} from '@manager/web-data-access';
import {
  CountryNamePipe,
  PageStateView,
  EntityTypePipe,
  LocalDatePipe,
  PageHeader,
  applyServerError,
  errorField,
  DISPLAY_LOCALE,
} from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { OrganizationFields } from '../organization-form/organization-fields';
import { createOrganizationForm, toOrganizationDetailsInput } from '../organization-form/organization-form';
import { TermsCheckbox } from '../organization-form/terms-checkbox';
import { unreachableMessage } from '../organization-labels';
import { SecondFactorPolicy } from './second-factor-policy';
import { vatVerificationText } from './vat-verification';

type Details = OrganizationDetailsFieldsFragment;


function detailsForm(org: Details) {
  return new FormGroup({
    organization: createOrganizationForm({
      entityType: org.entityType,
      name: org.name,
      country: org.country,
      vatNumber: org.vatNumber ?? '',
      billingAddresses: org.billingAddresses.map((a) => ({ ...a, id: String(a.id) })),
    }),
    acceptTerms: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
  });
}

/**
 * The organization's details: read-only for users, one form with one Save for those who may
 * update it (legal responsible, administrators). Saving needs the terms accepted again.
 */
@Component({
  selector: 'mgr-organization-details-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    Icon,
    PageHeader,
    PageStateView,
    CountryNamePipe,
    EntityTypePipe,
    LocalDatePipe,
    OrganizationFields,
    TermsCheckbox,
    SecondFactorPolicy,
  ],
  templateUrl: './organization-details.page.html',
  styleUrl: './organization-details.page.scss',
})
export class OrganizationDetailsPage {
  private readonly apollo = inject(Apollo);
  private readonly locale = inject(DISPLAY_LOCALE);

  readonly orgId = input.required<string>();

  protected readonly organization = signal<Details | null>(null);
  protected readonly termsVersion = signal('');
  protected readonly form = signal<ReturnType<typeof detailsForm> | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly canEdit = computed(() => hasPermission(this.organization()?.viewerAccess, 'ORGANIZATION_UPDATE'));
  /** The VAT row of the read-only view: only where a number applies or one is stored. */
  protected readonly showVat = computed(() => {
    const org = this.organization();
    return !!org && (!!org.vatNumber || vatApplies(org.country, org.entityType));
  });
  protected readonly verification = computed(() => {
    const v = this.organization()?.vatVerification;
    return v ? vatVerificationText(v, this.locale) : null;
  });

  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo
        // errorPolicy 'all': a field the role may not read (billing addresses for an external
        // member) must not hide the rest; without the organization, its error decides.
        .query({ query: OrganizationDetailsDocument, variables: { id }, fetchPolicy: 'network-only', errorPolicy: 'all' })
        .pipe(
          map((result) => {
            const organization = result.data?.organization;
            if (!organization) throw result.error ?? new Error('organization missing');
            return {
              organization: { ...organization, billingAddresses: organization.billingAddresses ?? [] } as Details,
              termsVersion: result.data?.termsOfUse?.version ?? '',
            };
          }),
        ),
    title: ({ organization }) => $localize`:@@organizations.details.pageTitle:Details · ${organization.name}:organizationName: · Manager`,
    onData: ({ organization, termsVersion }) => {
      this.saved.set(false);
      this.error.set(null);
      this.show(organization);
      this.termsVersion.set(termsVersion);
    },
  });

  private show(org: Details): void {
    this.organization.set(org);
    this.form.set(detailsForm(org));
  }

  protected async save(): Promise<void> {
    const form = this.form();
    const org = this.organization();
    if (!form || !org || this.saving()) return;
    this.saved.set(false);
    if (form.invalid) {
      form.markAllAsTouched();
      this.error.set($localize`:@@organizations.details.checkFields:Check the highlighted fields.`);
      setTimeout(() => document.querySelector<HTMLElement>('mgr-organization-details-page input.ng-invalid')?.focus());
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateOrganizationDocument,
          variables: {
            input: {
              organizationId: org.id,
              organization: toOrganizationDetailsInput(form.controls.organization),
              acceptTerms: form.controls.acceptTerms.value,
              termsVersion: this.termsVersion(),
            },
          },
        }),
      );
      const updated = result.data?.updateOrganization.organization;
      if (!updated) throw new Error('updateOrganization returned nothing');
      this.show(updated);
      this.saved.set(true);
    } catch (e) {
      const error = apiError(e);
      if (!error) this.error.set(unreachableMessage());
      else if (!applyServerError(form, errorField(error.extensions), error.message)) this.error.set(error.message);
      else this.error.set($localize`:@@organizations.details.checkFields:Check the highlighted fields.`);
    } finally {
      this.saving.set(false);
    }
  }
}
