import type { CommissionKind, OrderPricing } from './billing-vocabulary';
import { applyBasisPoints, BASIS_POINTS } from './money-rounding';

/**
 * Who pays an order and what everyone is charged or earns (contract issue 5, "money rules"):
 *
 * | who orders        | who pays (billing owner)  | pricing                     | payer charged (net)          | partner earns                       |
 * | ----------------- | ------------------------- | --------------------------- | ---------------------------- | ----------------------------------- |
 * | the client        | the client                | CLIENT_DIRECT               | public price                 | REBATE = commission × public, only with an ACTIVE COMPLETE partnership billed to the CLIENT |
 * | a partner         | the client                | PARTNER_FOR_PAYING_CLIENT   | public price                 | CASHBACK = commission × public (the ordering partner) |
 * | the paying partner| the partner (COMPLETE)    | PARTNER_PAYS_PARTNER_ORDER  | public × (1 − reseller discount) | nothing more (the discount is its margin) |
 * | the client        | the partner (COMPLETE)    | PARTNER_PAYS_CLIENT_ORDER   | public price                 | REIMBURSEMENT = reseller discount × public |
 *
 * Rates come from the partner's profile in basis points. Every amount is rounded half-up to the
 * minor unit once, from the public price (never from another rounded amount). VAT comes on top
 * of the net (see `vat-rules.ts`). An order placed by another partner (LIMITED, say) for a client
 * whose billing owner is a different partner is, for the paying partner, an order it did not
 * place: PARTNER_PAYS_CLIENT_ORDER (the acting partner earns nothing: one commission per order).
 */
export interface PartnerRates {
  /** Reseller discount, basis points (1500 = 15 %). */
  resellerDiscountBp: number;
  /** Commission (cashback and rebate), basis points. */
  commissionBp: number;
}

export interface PricingSituation {
  /** Public price in the payer's currency, minor units. */
  publicPriceMinor: number;
  /** The partner whose person placed the order; null when the client's own people did. */
  placedByPartner: { organizationId: string; rates: PartnerRates } | null;
  /** The partner that pays (ACTIVE COMPLETE partnership billed to the PARTNER); null when the client pays. */
  payingPartner: { organizationId: string; rates: PartnerRates } | null;
  /** When the client pays and orders itself: its ACTIVE COMPLETE partner billed to the CLIENT, if any (earns the rebate). */
  rebatePartner: { organizationId: string; rates: PartnerRates } | null;
}

export interface CommissionDecision {
  partnerOrganizationId: string;
  kind: CommissionKind;
  rateBp: number;
}

export interface PricingDecision {
  pricing: OrderPricing;
  /** What the payer is charged before VAT, in the payer's currency. */
  netMinor: number;
  /** The commission to credit, if any (its amount depends on the partner's currency: `commissionAmount`). */
  commission: CommissionDecision | null;
}

/**
 * @example
 * priceOrder({ publicPriceMinor: 10_000, placedByPartner: p, payingPartner: p, rebatePartner: null }).netMinor
 * // 8_500 with a 15 % reseller discount
 */
export function priceOrder(situation: PricingSituation): PricingDecision {
  const { publicPriceMinor: publicPrice, placedByPartner, payingPartner, rebatePartner } = situation;
  if (payingPartner) {
    if (placedByPartner?.organizationId === payingPartner.organizationId) {
      return {
        pricing: 'PARTNER_PAYS_PARTNER_ORDER',
        netMinor: applyBasisPoints(publicPrice, BASIS_POINTS - payingPartner.rates.resellerDiscountBp),
        commission: null,
      };
    }
    return {
      pricing: 'PARTNER_PAYS_CLIENT_ORDER',
      netMinor: publicPrice,
      commission: {
        partnerOrganizationId: payingPartner.organizationId,
        kind: 'REIMBURSEMENT',
        rateBp: payingPartner.rates.resellerDiscountBp,
      },
    };
  }
  if (placedByPartner) {
    return {
      pricing: 'PARTNER_FOR_PAYING_CLIENT',
      netMinor: publicPrice,
      commission: { partnerOrganizationId: placedByPartner.organizationId, kind: 'CASHBACK', rateBp: placedByPartner.rates.commissionBp },
    };
  }
  return {
    pricing: 'CLIENT_DIRECT',
    netMinor: publicPrice,
    commission: rebatePartner
      ? { partnerOrganizationId: rebatePartner.organizationId, kind: 'REBATE', rateBp: rebatePartner.rates.commissionBp }
      : null,
  };
}

/**
 * A commission's amount: rate × the public price (net, before VAT) in the partner's currency,
 * rounded half-up once.
 *
 * @example commissionAmount(12_345, 1000) // 1_235 (1,234.5 → 1,235)
 */
export function commissionAmount(publicPriceInPartnerCurrencyMinor: number, rateBp: number): number {
  return applyBasisPoints(publicPriceInPartnerCurrencyMinor, rateBp);
}
