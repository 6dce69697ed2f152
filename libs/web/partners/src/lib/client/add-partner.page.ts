import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { BillingOwner, PartnershipAccess } from '@manager/domain';
import {
  GrantPartnerAccessDocument,
  PartnerDirectoryDocument,
  PartnerDirectoryQuery,
  ScopeProductsDocument,
  apiError,
  hasPermission,
  pageQuery,
} from '@manager/web-data-access';
import { CountryNamePipe, PageStateView, ProductCategoryPipe, Skeleton, accessRefused, injectRouteParam } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { AccessChoice } from '../shared/access-choice';
import { ADD_PARTNER_STEPS, ADD_PARTNER_STEP_TITLES, AddPartnerStep, nextStep, previousStep, stepProblem } from '../shared/add-partner-steps';
import { BillingOwnerChoice } from '../shared/billing-owner-choice';
import { ACCESS_LABELS, BILLING_OWNER_EXPLANATIONS, unreachableMessage } from '../shared/partner-labels';
import { ProductScopePicker } from '../shared/product-scope-picker';
import { ScopeProduct, endOfDayIso, scopeInput, tomorrowDateInput } from '../shared/scope-selection';

type Listing = PartnerDirectoryQuery['partnerDirectory']['edges'][number]['node'];
type Search = { state: 'idle' } | { state: 'loading' } | { state: 'done'; results: Listing[]; total: number } | { state: 'error'; message: string };

const SEARCH_MIN = 2;
const ONLY_THE_LEGAL_RESPONSIBLE = accessRefused(
  'handshake',
  $localize`:@@partners.addPartner.onlyLegalResponsible:Ask the legal responsible of your organization to add this partner.`,
);

/**
 * "Add a partner", step by step as in the reference Manager: find the partner in the directory,
 * LIMITED or COMPLETE, then the products (LIMITED) or who pays (COMPLETE), an optional end date,
 * and the invitation is emailed to the partner.
 */
@Component({
  selector: 'mgr-add-partner-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatPrefix,
    MatInput,
    Icon,
    Skeleton,
    PageStateView,
    CountryNamePipe,
    ProductCategoryPipe,
    AccessChoice,
    BillingOwnerChoice,
    ProductScopePicker,
  ],
  templateUrl: './add-partner.page.html',
  styleUrl: './add-partner.page.scss',
})
export class AddPartnerPage {
  private readonly apollo = inject(Apollo);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  protected readonly orgId = injectRouteParam('orgId');
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo.query({ query: ScopeProductsDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.organization)),
    refuse: (organization) => (hasPermission(organization.viewerAccess, 'PARTNERS_MANAGE') ? null : ONLY_THE_LEGAL_RESPONSIBLE),
    title: (organization) => $localize`:@@partners.addPartner.pageTitle:Add a partner · ${organization.name}:organizationName: · Manager`,
  });
  protected readonly products = computed<ScopeProduct[]>(() =>
    (this.page.data()?.products.edges ?? []).map((e) => ({ ...e.node, id: String(e.node.id) })),
  );

  protected readonly step = signal<AddPartnerStep>('partner');
  protected readonly search = signal('');
  protected readonly partner = signal<Listing | null>(null);
  protected readonly access = signal<PartnershipAccess | null>(null);
  protected readonly productIds = signal<readonly string[]>([]);
  protected readonly billingOwner = signal<BillingOwner | null>(null);
  protected readonly endsOn = signal('');
  protected readonly attempted = signal(false);
  protected readonly sending = signal(false);
  protected readonly sendError = signal<string | null>(null);

  protected readonly steps = ADD_PARTNER_STEPS;
  protected readonly minDate = tomorrowDateInput();
  protected readonly accessLabels = ACCESS_LABELS;
  protected readonly billingExplanations = BILLING_OWNER_EXPLANATIONS;
  protected readonly searchMin = SEARCH_MIN;
  protected readonly defaultPartyName = $localize`:@@partners.accessChoice.defaultParty:The partner`;
  protected readonly defaultPayerName = $localize`:@@partners.billingOwnerChoice.defaultParty:Your partner`;

  protected readonly state = computed(() => ({
    partnerId: this.partner()?.organizationId ?? null,
    access: this.access(),
    productIds: this.productIds(),
    billingOwner: this.billingOwner(),
    endsOn: this.endsOn(),
  }));
  protected readonly problem = computed(() => stepProblem(this.step(), this.state()));
  protected readonly stepIndex = computed(() => ADD_PARTNER_STEPS.indexOf(this.step()));
  protected readonly selectedProducts = computed(() => {
    const ids = new Set(this.productIds());
    return this.products().filter((p) => ids.has(p.id));
  });

  protected readonly results = signal<Search>({ state: 'idle' });
  protected readonly found = computed(() => {
    const r = this.results();
    return r.state === 'done' ? r.results : [];
  });
  /** "The first 10 of 24" when the page shows only part of what matches. */
  protected readonly moreThanShown = computed(() => {
    const r = this.results();
    return r.state === 'done' && r.total > r.results.length ? r.total : 0;
  });
  protected readonly searchError = computed(() => {
    const r = this.results();
    return r.state === 'error' ? r.message : '';
  });

  constructor() {
    const sub = toObservable(this.search)
      .pipe(
        map((text) => text.trim()),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((text) => {
          // Nothing typed: the directory itself (its first page, by name); one character: wait for more.
          if (text.length > 0 && text.length < SEARCH_MIN) return of<Search>({ state: 'idle' });
          return this.apollo.query({ query: PartnerDirectoryDocument, variables: { search: text, first: 10 }, fetchPolicy: 'network-only' }).pipe(
            map((r): Search => ({
              state: 'done',
              results: r.data?.partnerDirectory.edges.map((e) => e.node) ?? [],
              total: r.data?.partnerDirectory.totalCount ?? 0,
            })),
            catchError((e: unknown) => of<Search>({ state: 'error', message: apiError(e)?.message ?? unreachableMessage() })),
            startWith<Search>({ state: 'loading' }),
          );
        }),
      )
      .subscribe((s) => this.results.set(s));
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
  }

  protected stepTitle(step: AddPartnerStep): string {
    return step === 'sent' ? '' : ADD_PARTNER_STEP_TITLES[step];
  }

  protected choosePartner(listing: Listing): void {
    this.partner.set(listing);
  }

  protected back(): void {
    this.attempted.set(false);
    this.sendError.set(null);
    this.go(previousStep(this.step()));
  }

  protected async continue(): Promise<void> {
    this.attempted.set(true);
    if (this.problem()) return;
    if (this.step() === 'review') {
      await this.send();
      return;
    }
    this.attempted.set(false);
    this.go(nextStep(this.step()));
  }

  private go(step: AddPartnerStep): void {
    this.step.set(step);
    // Move focus to the new step's heading so keyboard and screen-reader users follow.
    setTimeout(() => this.heading()?.nativeElement.focus());
  }

  private async send(): Promise<void> {
    const partner = this.partner();
    if (!partner || this.sending()) return;
    this.sending.set(true);
    this.sendError.set(null);
    try {
      const scope = scopeInput(this.state());
      await firstValueFrom(
        this.apollo.mutate({
            mutation: GrantPartnerAccessDocument,
            variables: {
              input: {
                clientOrganizationId: this.orgId(),
                partnerOrganizationId: partner.organizationId,
                ...scope,
                endsAt: endOfDayIso(this.endsOn()),
              },
          },
        }),
      );
      this.go('sent');
    } catch (e) {
      this.sendError.set(apiError(e)?.message ?? unreachableMessage());
    } finally {
      this.sending.set(false);
    }
  }
}
