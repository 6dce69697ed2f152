import { ChangeDetectionStrategy, Component, LOCALE_ID, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { roleCan, vatApplies } from '@manager/domain';
import {
  OrganizationDetailsDocument,
  OrganizationDetailsFieldsFragment,
  UpdateOrganizationDocument,
  apiError,
} from '@manager/web-data-access';
import {
  CountryNamePipe,
  EmptyState,
  EntityTypePipe,
  LocalDatePipe,
  PageHeader,
  applyServerError,
  errorField,
} from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { Subscription, firstValueFrom } from 'rxjs';
import { OrganizationFields } from '../organization-form/organization-fields';
import { createOrganizationForm, toOrganizationDetailsInput } from '../organization-form/organization-form';
import { TermsCheckbox } from '../organization-form/terms-checkbox';
import { vatVerificationText } from './vat-verification';

type Details = OrganizationDetailsFieldsFragment;

/** Codes that mean "you cannot see this organization", all shown the same. */
const HIDDEN = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

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
    MatIcon,
    MatProgressBar,
    PageHeader,
    EmptyState,
    CountryNamePipe,
    EntityTypePipe,
    LocalDatePipe,
    OrganizationFields,
    TermsCheckbox,
  ],
  templateUrl: './organization-details.page.html',
  styleUrl: './organization-details.page.scss',
})
export class OrganizationDetailsPage {
  private readonly apollo = inject(Apollo);
  private readonly title = inject(Title);
  private readonly locale = inject(LOCALE_ID);

  readonly orgId = input.required<string>();

  protected readonly status = signal<'loading' | 'ready' | 'not-found' | 'error'>('loading');
  protected readonly organization = signal<Details | null>(null);
  protected readonly termsVersion = signal('');
  protected readonly form = signal<ReturnType<typeof detailsForm> | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly canEdit = computed(() => {
    const role = this.organization()?.viewerRole;
    return !!role && roleCan(role, 'ORGANIZATION_UPDATE');
  });
  /** The VAT row of the read-only view: only where a number applies or one is stored. */
  protected readonly showVat = computed(() => {
    const org = this.organization();
    return !!org && (!!org.vatNumber || vatApplies(org.country, org.entityType));
  });
  protected readonly verification = computed(() => {
    const v = this.organization()?.vatVerification;
    return v ? vatVerificationText(v, this.locale) : null;
  });

  private request?: Subscription;

  constructor() {
    effect(() => {
      const id = this.orgId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected retry(): void {
    this.load(this.orgId());
  }

  private load(id: string): void {
    this.request?.unsubscribe();
    this.status.set('loading');
    this.saved.set(false);
    this.error.set(null);
    this.request = this.apollo
      // errorPolicy 'all': a field the role may not read (billing addresses for an external
      // member) must not hide the rest.
      .query({ query: OrganizationDetailsDocument, variables: { id }, fetchPolicy: 'network-only', errorPolicy: 'all' })
      .subscribe({
        next: (result) => {
          const organization = result.data?.organization;
          if (!organization) {
            const code = apiError(result.error)?.code;
            this.status.set(code && HIDDEN.has(code) ? 'not-found' : 'error');
            return;
          }
          const complete = { ...organization, billingAddresses: organization.billingAddresses ?? [] } as Details;
          this.show(complete);
          this.termsVersion.set(result.data?.termsOfUse?.version ?? '');
          this.status.set('ready');
          this.title.setTitle(`Details · ${organization.name} · Manager`);
        },
        error: (e: unknown) => {
          const code = apiError(e)?.code;
          this.status.set(code && HIDDEN.has(code) ? 'not-found' : 'error');
        },
      });
  }

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
      this.error.set('Check the highlighted fields.');
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
      if (!error) this.error.set('The Manager cannot be reached right now. Try again in a moment.');
      else if (!applyServerError(form, errorField(error.extensions), error.message)) this.error.set(error.message);
      else this.error.set('Check the highlighted fields.');
    } finally {
      this.saving.set(false);
    }
  }
}
