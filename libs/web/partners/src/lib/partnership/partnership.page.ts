import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { BillingOwner, PartnershipAccess } from '@manager/domain';
import { BillingOwnerEdit } from '@manager/web-billing/partnership';
import {
  AcceptPartnerRequestDocument,
  CancelPartnerInvitationDocument,
  PartnershipActivityDocument,
  PartnershipActivityQuery,
  PartnershipDetailDocument,
  PartnershipDetailFragment,
  RefusePartnerRequestDocument,
  ResendPartnerInvitationDocument,
  ScopeProductsDocument,
  SetPartnershipEndDateDocument,
  UpdatePartnershipScopeDocument,
  apiError,
  ViewerAccessLike,
  hasPermission,
  pageQuery,
} from '@manager/web-data-access';
import { EmptyState, KeysetList, LoadMore, LocalDatePipe, LocalTextPipe, Skeleton, PageStateView, ProductCategoryPipe, injectRouteParam } from '@manager/web-ui';
import { ConfirmDialog, ConfirmDialogData } from '@manager/web-ui/dialogs';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { AccessChoice } from '../shared/access-choice';
import { BillingOwnerChoice } from '../shared/billing-owner-choice';
import { EndPartnershipDialog, EndPartnershipDialogData } from '../shared/end-partnership-dialog';
import { ACCESS_LABELS, BILLING_OWNER_LABELS, billingOwnerExplanation, unreachableMessage } from '../shared/partner-labels';
import { ProductScopePicker } from '../shared/product-scope-picker';
import { ScopeProduct, endOfDayIso, scopeInput, scopeProblem, toDateInput, tomorrowDateInput } from '../shared/scope-selection';
import { StatusChip } from '../shared/status-chip';

type ActivityEvent = PartnershipActivityQuery['partnership']['activity']['edges'][number]['node'];

const ACTIVITY_PAGE_SIZE = 20;
const PARTNERSHIP_NOT_FOUND = {
  icon: 'handshake',
  heading: $localize`:@@partners.partnership.notFound.heading:Partnership not found`,
  message: $localize`:@@partners.partnership.notFound.message:This partnership does not exist or you do not have access to it.`,
};

/**
 * One partnership, from the client side (also the email link target for a partner's request):
 * what it covers, who pays, its end date, what the partner's people did; the legal responsible
 * changes the access, reviews a request, or ends it. The partner side reads it and may end it.
 */
@Component({
  selector: 'mgr-partnership-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    Icon,
    Skeleton,
    EmptyState,
    PageStateView,
    LoadMore,
    LocalDatePipe,
    LocalTextPipe,
    ProductCategoryPipe,
    StatusChip,
    AccessChoice,
    BillingOwnerChoice,
    ProductScopePicker,
    BillingOwnerEdit,
  ],
  templateUrl: './partnership.page.html',
  styleUrl: './partnership.page.scss',
})
export class PartnershipPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly partnershipId = input.required<string>();
  protected readonly orgId = injectRouteParam('orgId');

  protected readonly partnership = signal<PartnershipDetailFragment | null>(null);
  /** How the viewer reaches the organization in the URL (the API's viewerAccess). */
  protected readonly viewer = signal<ViewerAccessLike | null>(null);
  protected readonly page = pageQuery({
    key: () => [this.partnershipId(), this.orgId()] as const,
    fetch: ([id, orgId]) =>
      this.apollo
        .query({ query: PartnershipDetailDocument, variables: { id, orgId }, fetchPolicy: 'network-only' })
        .pipe(map((r) => (r.data?.partnership ? r.data : null))),
    title: (data) => $localize`:@@partners.partnership.pageTitle:${this.nameOfOther(data.partnership, data.organization.id)}:otherName: · Partners · Manager`,
    onData: (data) => {
      this.editing.set(false);
      this.endDateOpen.set(false);
      this.partnership.set(data.partnership);
      this.viewer.set(data.organization.viewerAccess ?? null);
      this.matchSectionToSide();
      this.events.reload();
      if (this.isRequest() && this.canManage()) this.startEditing();
    },
  });
  protected readonly notFound = PARTNERSHIP_NOT_FOUND;
  protected readonly products = signal<ScopeProduct[]>([]);

  /** Which side of the partnership the organization in the URL is. */
  protected readonly side = computed<'CLIENT' | 'PARTNER'>(() =>
    this.partnership()?.partnerOrganizationId === this.orgId() ? 'PARTNER' : 'CLIENT',
  );
  protected readonly otherName = computed(() => {
    const p = this.partnership();
    return p ? this.nameOfOther(p, this.orgId()) : '';
  });
  protected readonly canManage = computed(() => hasPermission(this.viewer(), this.side() === 'CLIENT' ? 'PARTNERS_MANAGE' : 'CLIENTS_MANAGE'));
  protected readonly isRequest = computed(() => {
    const p = this.partnership();
    return p?.status === 'PENDING' && p.initiatedBy === 'PARTNER';
  });

  // The scope editor: "Change access" on an ACTIVE partnership, or the review of a request.
  protected readonly editing = signal(false);
  protected readonly editAccess = signal<PartnershipAccess | null>(null);
  protected readonly editProducts = signal<readonly string[]>([]);
  protected readonly editBilling = signal<BillingOwner | null>(null);
  protected readonly editEndsOn = signal('');
  protected readonly editAttempted = signal(false);
  protected readonly editProblem = computed(() =>
    scopeProblem({ access: this.editAccess(), productIds: this.editProducts(), billingOwner: this.editBilling() }),
  );

  // End date.
  protected readonly endDateOpen = signal(false);
  protected readonly endsOn = signal('');
  protected readonly endDateError = signal<string | null>(null);

  protected readonly saving = signal(false);
  protected readonly actionError = signal<string | null>(null);

  // Activity.
  protected readonly events = new KeysetList<ActivityEvent>({
    fetch: (after) =>
      this.apollo
        .query({ query: PartnershipActivityDocument, variables: { id: this.partnershipId(), first: ACTIVITY_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.partnership.activity)),
  });

  protected readonly accessLabels = ACCESS_LABELS;
  protected readonly billingLabels = BILLING_OWNER_LABELS;
  protected readonly minDate = tomorrowDateInput();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.events.destroy());
  }

  /**
   * Opens the access editor; `moveFocus` when a person asked for it ("Change access", which the
   * editor replaces): the focus goes to the editor's heading instead of falling to <body>.
   */
  protected startEditing(moveFocus = false): void {
    const p = this.partnership();
    if (!p) return;
    this.editAccess.set(p.access);
    this.editProducts.set(p.products.map((x) => String(x.id)));
    this.editBilling.set(p.billingOwner ?? null);
    this.editEndsOn.set(toDateInput(p.endsAt));
    this.editAttempted.set(false);
    this.actionError.set(null);
    this.editing.set(true);
    this.loadProducts();
    if (moveFocus) this.focusAfterRender('#editor-heading');
  }

  protected cancelEditing(): void {
    this.editing.set(false);
    this.actionError.set(null);
    this.focusAfterRender('[data-testid="change-access"]');
  }

  /** Focuses what `selector` finds once the next render put it in place (a heading is made focusable). */
  private focusAfterRender(selector: string): void {
    afterNextRender(
      () => {
        const target = this.host.nativeElement.querySelector<HTMLElement>(selector);
        if (target && !target.matches('a, button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  protected async saveScope(): Promise<void> {
    this.editAttempted.set(true);
    if (this.editProblem()) return;
    const scope = scopeInput({ access: this.editAccess(), productIds: this.editProducts(), billingOwner: this.editBilling() });
    await this.act(async () => {
      const r = await firstValueFrom(
        this.apollo.mutate({ mutation: UpdatePartnershipScopeDocument, variables: { input: { partnershipId: this.partnershipId(), ...scope } } }),
      );
      this.apply(r.data?.updatePartnershipScope.partnership);
      this.editing.set(false);
      this.focusAfterRender('[data-testid="change-access"]');
      this.snackBar.open($localize`:@@partners.partnership.accessChanged:Access changed. ${this.otherName()}:otherName: is told by email.`, undefined, { duration: 5000 });
    });
  }

  protected async acceptRequest(): Promise<void> {
    this.editAttempted.set(true);
    if (this.editProblem()) return;
    const scope = scopeInput({ access: this.editAccess(), productIds: this.editProducts(), billingOwner: this.editBilling() });
    await this.act(async () => {
      const r = await firstValueFrom(
        this.apollo.mutate({
          mutation: AcceptPartnerRequestDocument,
          variables: { input: { partnershipId: this.partnershipId(), ...scope, endsAt: endOfDayIso(this.editEndsOn()) } },
        }),
      );
      this.apply(r.data?.acceptPartnerRequest.partnership);
      this.editing.set(false);
      this.snackBar.open($localize`:@@partners.partnership.requestAccepted:${this.otherName()}:partnerName: now manages what you chose.`, undefined, { duration: 5000 });
      this.events.reload();
    });
  }

  protected async refuseRequest(): Promise<void> {
    const ok = await this.confirm({
      title: $localize`:@@partners.partnership.refuseConfirm.title:Refuse the request of ${this.otherName()}:partnerName:?`,
      message: $localize`:@@partners.partnership.refuseConfirm.message:The partner gets no access and is told by email. It can ask again later.`,
      confirmLabel: $localize`:@@partners.partnership.refuseConfirm.confirm:Refuse`,
      destructive: true,
    });
    if (!ok) return;
    await this.act(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: RefusePartnerRequestDocument, variables: { input: { partnershipId: this.partnershipId() } } }));
      this.apply(r.data?.refusePartnerRequest.partnership);
    });
  }

  protected async resend(): Promise<void> {
    await this.act(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: ResendPartnerInvitationDocument, variables: { input: { partnershipId: this.partnershipId() } } }));
      const p = r.data?.resendPartnerInvitation.partnership;
      if (p) this.partnership.update((old) => (old ? { ...old, ...p } : old));
      this.snackBar.open($localize`:@@partners.invitationResent:A new invitation was sent to ${this.otherName()}:partnerName:.`, undefined, { duration: 4000 });
    });
  }

  protected async cancelInvitation(): Promise<void> {
    const mine = (this.side() === 'CLIENT') === (this.partnership()?.initiatedBy === 'CLIENT');
    const ok = await this.confirm({
      title: mine
        ? $localize`:@@partners.partnership.deleteInvitationConfirm.title:Delete this invitation?`
        : $localize`:@@partners.withdrawConfirm.title:Withdraw this request?`,
      message: $localize`:@@partners.partnership.cancelConfirm.message:The link in the email stops working.`,
      confirmLabel: mine
        ? $localize`:@@partners.partnership.deleteInvitationConfirm.confirm:Delete`
        : $localize`:@@partners.withdrawConfirm.confirm:Withdraw`,
      destructive: true,
    });
    if (!ok) return;
    await this.act(async () => {
      const r = await firstValueFrom(this.apollo.mutate({ mutation: CancelPartnerInvitationDocument, variables: { input: { partnershipId: this.partnershipId() } } }));
      const p = r.data?.cancelPartnerInvitation.partnership;
      if (p) this.partnership.update((old) => (old ? { ...old, ...p } : old));
    });
  }

  protected openEndDate(): void {
    this.endsOn.set(toDateInput(this.partnership()?.endsAt));
    this.endDateError.set(null);
    this.endDateOpen.set(true);
  }

  protected async saveEndDate(clear = false): Promise<void> {
    const endsAt = clear ? null : endOfDayIso(this.endsOn());
    if (!clear && !endsAt) {
      this.endDateError.set($localize`:@@partners.partnership.endDate.required:Choose a date, or remove the end date.`);
      return;
    }
    this.endDateError.set(null);
    this.saving.set(true);
    try {
      const r = await firstValueFrom(
        this.apollo.mutate({ mutation: SetPartnershipEndDateDocument, variables: { input: { partnershipId: this.partnershipId(), endsAt } } }),
      );
      this.apply(r.data?.setPartnershipEndDate.partnership);
      this.endDateOpen.set(false);
      this.snackBar.open(
        clear
          ? $localize`:@@partners.partnership.endDate.removed:The end date was removed.`
          : $localize`:@@partners.partnership.endDate.saved:End date saved.`, undefined, { duration: 4000 });
    } catch (e) {
      this.endDateError.set(apiError(e)?.message ?? unreachableMessage());
    } finally {
      this.saving.set(false);
    }
  }

  protected async end(): Promise<void> {
    const p = this.partnership();
    if (!p) return;
    const ended = await firstValueFrom(
      this.dialog
        .open<EndPartnershipDialog, EndPartnershipDialogData, boolean>(EndPartnershipDialog, {
          data: { partnershipId: p.id, otherName: this.otherName(), side: this.side() },
          injector: this.injector,
          width: '480px',
        })
        .afterClosed(),
    );
    if (!ended) return;
    this.snackBar.open($localize`:@@partners.partnershipEnded:The partnership with ${this.otherName()}:otherName: has ended.`, undefined, { duration: 5000 });
    await this.router.navigate(['/org', this.orgId(), this.side() === 'CLIENT' ? 'partners' : 'clients']);
  }

  /**
   * LIMITED access has no payment method (no billing owner, as in the reference Manager): the
   * client pays for its products, also when the partner renews one. Worded for the reader's side.
   */
  protected readonly limitedPaymentNote = computed(() => {
    const p = this.partnership();
    if (!p) return '';
    return this.side() === 'CLIENT'
      ? $localize`:@@partners.partnership.limitedPaymentForClient:Limited access has no payment method: you pay for your products and keep the invoices, also for the renewals ${p.partnerName}:partnerName: places.`
      : $localize`:@@partners.partnership.limitedPaymentForPartner:Limited access has no payment method: ${p.clientName}:clientName: pays for its products and keeps the invoices, also for the renewals you place.`;
  });

  /** The payment method explained to the side reading the page. */
  protected explanation(owner: BillingOwner): string {
    return billingOwnerExplanation(owner, this.side());
  }

  /** The payment method was switched (billing, issue 5): show it, and the change in the activity. */
  protected billingOwnerChanged(billingOwner: BillingOwner): void {
    this.partnership.update((p) => (p ? { ...p, billingOwner } : p));
    this.snackBar.open($localize`:@@partners.partnership.paymentMethodChanged:Payment method changed. ${this.otherName()}:otherName: is told by email.`, undefined, { duration: 5000 });
    this.events.reload();
  }

  /**
   * The partner side reads a partnership under Clients, the client side under Partners, so the
   * active tab and the back link agree; an older link (an email) to the other section is
   * replaced in place, without a history entry.
   */
  private matchSectionToSide(): void {
    const section = this.side() === 'CLIENT' ? 'partners' : 'clients';
    const inUrl = /^\/org\/[^/]+\/(partners|clients)\//.exec(this.router.url)?.[1];
    if (inUrl && inUrl !== section) {
      void this.router.navigate(['/org', this.orgId(), section, this.partnershipId()], { replaceUrl: true });
    }
  }

  /** The other side's name, seen from the organization in the URL. */
  private nameOfOther(p: PartnershipDetailFragment, orgId: string): string {
    return p.partnerOrganizationId === orgId ? p.clientName : p.partnerName;
  }

  private apply(p: PartnershipDetailFragment | undefined): void {
    if (p) this.partnership.set(p);
  }

  private async act(action: () => Promise<void>): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    this.actionError.set(null);
    try {
      await action();
    } catch (e) {
      this.actionError.set(apiError(e)?.message ?? unreachableMessage());
    } finally {
      this.saving.set(false);
    }
  }

  private confirm(data: ConfirmDialogData): Promise<boolean | undefined> {
    return firstValueFrom(
      this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, injector: this.injector }).afterClosed(),
    );
  }

  private loadProducts(): void {
    const clientId = this.partnership()?.clientOrganizationId;
    if (!clientId || this.products().length) return;
    this.apollo.query({ query: ScopeProductsDocument, variables: { id: clientId }, fetchPolicy: 'network-only' }).subscribe({
      next: (r) => this.products.set((r.data?.organization.products.edges ?? []).map((e) => ({ ...e.node, id: String(e.node.id) }))),
      error: () => this.actionError.set($localize`:@@partners.partnership.productsFailed:The products could not be loaded.`),
    });
  }
}
