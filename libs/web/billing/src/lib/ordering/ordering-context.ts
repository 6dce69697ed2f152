import { Signal, effect, inject, signal, untracked } from '@angular/core';
import { Currency } from '@manager/domain';
import { GraphqlClient, OrderingContextDocument, OrderingPartnerDocument, hasPermission } from '@manager/web-data-access/light';
import { Subscription, catchError, map, of, switchMap } from 'rxjs';
import { ViewerAccessLike, canOrderNew, canRenew } from '../shared/billing-access';
import { OrderViewer } from '../shared/payer-notice';

/** What the dashboard's "Renew" and "Order a new product" need to know about the viewer and the client. */
export interface OrderingContext {
  organizationId: string;
  clientName: string;
  currency: Currency;
  viewer: ViewerAccessLike;
  orderViewer: OrderViewer;
  canRenew: boolean;
  canOrderNew: boolean;
  /** The payer's Billing page when the viewer may top up the payer's wallet; null otherwise. */
  topUpLink: readonly string[] | null;
  /** Who to ask for a top-up when the viewer may not ("Léa Rossi", "Pixel Partners"). */
  payerName: string;
}

/**
 * Reads, for the organization in `orgId`, how the viewer reaches it and who pays its orders (the
 * ACTIVE COMPLETE partnership billed to the partner, for its members; the partnership's billing
 * owner and the partner's own rates, for a partner acting in it). Call in an injection context.
 * Null while loading, or when it cannot be read (then no ordering button shows). Read with
 * `GraphqlClient`, not Apollo: the dashboard, where the buttons sit, loads no GraphQL client.
 */
export function injectOrderingContext(orgId: Signal<string>): Signal<OrderingContext | null> {
  const graphql = inject(GraphqlClient);
  const context = signal<OrderingContext | null>(null);
  let request: Subscription | undefined;
  effect((onCleanup) => {
    const id = orgId();
    untracked(() => {
      request?.unsubscribe();
      context.set(null);
      request = graphql
        .query(OrderingContextDocument, { id })
        .pipe(
          switchMap((data) => {
            const org = data.organization;
            const access = org?.viewerAccess;
            if (!org || !access) return of(null);
            if (access.via === 'MEMBER') return of(memberContext(org, access));
            const partnerId = access.partnerOrganizationId;
            const partner$ = partnerId
              ? graphql.query(OrderingPartnerDocument, { id: partnerId }).pipe(
                  map((p) => p.organization ?? null),
                  catchError(() => of(null)),
                )
              : of(null);
            return partner$.pipe(map((partner) => partnerContext(org, access, partner)));
          }),
          catchError(() => of(null)),
        )
        .subscribe((value) => context.set(value));
    });
    onCleanup(() => request?.unsubscribe());
  });
  return context.asReadonly();
}

interface ClientOrg {
  id: string;
  name: string;
  currency: Currency;
  partnerships: readonly { access: string; billingOwner?: string | null; partnerName: string }[];
}

function memberContext(org: ClientOrg, viewer: ViewerAccessLike): OrderingContext {
  const billingPartner = org.partnerships.find((p) => p.access === 'COMPLETE' && p.billingOwner === 'PARTNER') ?? null;
  const mayTopUp = !billingPartner && hasPermission(viewer, 'BILLING_MANAGE');
  return {
    organizationId: org.id,
    clientName: org.name,
    currency: org.currency,
    viewer,
    orderViewer: { via: 'MEMBER', billingPartnerName: billingPartner?.partnerName ?? null },
    canRenew: canRenew(viewer),
    canOrderNew: canOrderNew(viewer),
    topUpLink: mayTopUp ? ['/org', org.id, 'billing'] : null,
    payerName: billingPartner?.partnerName ?? org.name,
  };
}

function partnerContext(
  org: ClientOrg,
  access: { permissions: ViewerAccessLike['permissions']; access?: 'LIMITED' | 'COMPLETE' | null; billingOwner?: 'CLIENT' | 'PARTNER' | null; partnerName?: string | null; partnerOrganizationId?: string | null },
  partner: { currency: Currency; viewerAccess?: ViewerAccessLike | null; partnerProfile?: { resellerDiscountRate: number; commissionRate: number } | null } | null,
): OrderingContext {
  const viewer: ViewerAccessLike = { via: 'PARTNER', access: access.access ?? null, permissions: access.permissions };
  const partnerName = access.partnerName ?? $localize`:@@billing.order.yourPartner:Your partner organization`;
  const partnerPays = access.access === 'COMPLETE' && access.billingOwner === 'PARTNER';
  // Topping up the partner's wallet is its own members' right in the partner organization.
  const mayTopUp = partnerPays && hasPermission(partner?.viewerAccess, 'BILLING_MANAGE');
  return {
    organizationId: org.id,
    clientName: org.name,
    currency: org.currency,
    viewer,
    orderViewer: {
      via: 'PARTNER',
      partnerName,
      access: access.access ?? null,
      billingOwner: access.billingOwner ?? null,
      partnerCurrency: partner?.currency ?? null,
      rates: partner?.partnerProfile ?? null,
    },
    canRenew: canRenew(viewer),
    canOrderNew: canOrderNew(viewer),
    topUpLink: mayTopUp && access.partnerOrganizationId ? ['/org', access.partnerOrganizationId, 'billing'] : null,
    payerName: partnerPays ? partnerName : org.name,
  };
}
