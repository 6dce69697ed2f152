import type { BillingOwner, Currency, OrderKind, PartnershipAccess, ProductCategory } from '@manager/domain';
// The money rules alone, not the domain's index: the dashboard loads this file, and the index
// reaches the VAT rules and their check-digit library (about 14 kB brotli).
import {
  BASIS_POINTS,
  CommissionKind,
  NEW_PRODUCT_OFFERS,
  OrderPricing,
  applyBasisPoints,
  commissionAmount,
  convertMinor,
  priceIn,
} from '@manager/domain/billing';
import { formatMoney, formatPercent } from '@manager/web-ui';
import { MoneyValue } from './money';

/** Rates as the API sends them on a partner profile (0.15 = 15 %). */
export interface PartnerRatesView {
  resellerDiscountRate: number;
  commissionRate: number;
}

/** Who is about to order, and what they know of the billing arrangement. */
export type OrderViewer =
  | {
      via: 'MEMBER';
      /** The partner of an ACTIVE COMPLETE partnership billed to the PARTNER, if any: it pays. */
      billingPartnerName: string | null;
    }
  | {
      via: 'PARTNER';
      partnerName: string;
      access: PartnershipAccess | null;
      billingOwner: BillingOwner | null;
      /** The acting partner's own currency and rates (its members read them); null if unknown. */
      partnerCurrency: Currency | null;
      rates: PartnerRatesView | null;
    };

export interface OrderSubject {
  kind: OrderKind;
  clientName: string;
  productName: string;
  /** The public price in the client's currency (product or offer), as the API gives it. */
  publicPrice: MoneyValue;
  /** For a new product: the offer's category, to take the partner's price from the price list. */
  category?: ProductCategory;
}

export interface PayerNotice {
  payer: 'CLIENT' | 'PARTNER';
  payerName: string;
  pricing: OrderPricing;
  /** What the payer is charged before VAT, in its currency; null when the viewer cannot know it. */
  charged: MoneyValue | null;
  /** The acting partner's commission on this order, when it earns one and knows its rate. */
  earned: { kind: CommissionKind; amount: MoneyValue } | null;
  /** The plain words shown in the dialog ("who pays, and how much"). */
  text: string;
}

const bp = (rate: number) => Math.round(rate * BASIS_POINTS);

/** The public price in another currency: a new product's own price list, a product's converted price. */
function publicPriceIn(subject: OrderSubject, currency: Currency): MoneyValue {
  const from = subject.publicPrice.currency as Currency;
  if (from === currency) return subject.publicPrice;
  if (subject.kind === 'NEW_PRODUCT' && subject.category) {
    const offer = NEW_PRODUCT_OFFERS.find((o) => o.category === subject.category && o.name === subject.productName);
    if (offer) return { amountMinor: priceIn(offer.publicPriceMinor, currency), currency };
  }
  return { amountMinor: convertMinor(subject.publicPrice.amountMinor, from, currency), currency };
}

// Whole sentences per kind (renewal or new order): a translation cannot splice "this renewal" into
// a sentence whose other words agree with it.

/**
 * Who pays an order and how much, in plain words, from what the viewer knows (the money rules of
 * issue 5: the payer follows the billing owner; a partner paying for its own order gets its
 * reseller price; a partner ordering for a paying client earns a cashback). Amounts before VAT.
 *
 * @example
 * payerNotice({ kind: 'RENEWAL', clientName: 'Léa Rossi', productName: 'Site', publicPrice: chf(12000) },
 *   { via: 'PARTNER', partnerName: 'Pixel Partners', access: 'LIMITED', billingOwner: null, partnerCurrency: 'CHF',
 *     rates: { resellerDiscountRate: 0.15, commissionRate: 0.1 } }, 'en-US').text
 * // "Léa Rossi pays for this renewal: the public price, CHF 120.00 plus VAT, from its wallet.
 * //  Pixel Partners earns a cashback of CHF 12.00."
 */
export function payerNotice(subject: OrderSubject, viewer: OrderViewer, locale: string): PayerNotice {
  const money = (value: MoneyValue) => formatMoney(value, locale);
  const price = money(subject.publicPrice);
  if (viewer.via === 'MEMBER') {
    if (viewer.billingPartnerName) {
      return {
        payer: 'PARTNER',
        payerName: viewer.billingPartnerName,
        pricing: 'PARTNER_PAYS_CLIENT_ORDER',
        charged: null,
        earned: null,
        text:
          subject.kind === 'RENEWAL'
            ? $localize`:@@billing.payer.partnerHandlesBilling.renewal:${viewer.billingPartnerName}:partner: pays for this renewal, because it handles your billing. Nothing is taken from your wallet. The public price is ${price}:price:.`
            : $localize`:@@billing.payer.partnerHandlesBilling.order:${viewer.billingPartnerName}:partner: pays for this order, because it handles your billing. Nothing is taken from your wallet. The public price is ${price}:price:.`,
      };
    }
    return {
      payer: 'CLIENT',
      payerName: subject.clientName,
      pricing: 'CLIENT_DIRECT',
      charged: subject.publicPrice,
      earned: null,
      text: clientPays(subject, price),
    };
  }

  const partnerPays = viewer.access === 'COMPLETE' && viewer.billingOwner === 'PARTNER';
  const currency = viewer.partnerCurrency ?? (subject.publicPrice.currency as Currency);
  if (partnerPays) {
    const publicInPartner = publicPriceIn(subject, currency);
    if (!viewer.rates) {
      return {
        payer: 'PARTNER',
        payerName: viewer.partnerName,
        pricing: 'PARTNER_PAYS_PARTNER_ORDER',
        charged: null,
        earned: null,
        text:
          subject.kind === 'RENEWAL'
            ? $localize`:@@billing.payer.partnerPaysReseller.renewal:${viewer.partnerName}:partner: pays for this renewal at its reseller price (public price ${money(publicInPartner)}:publicPrice:), from its wallet.`
            : $localize`:@@billing.payer.partnerPaysReseller.order:${viewer.partnerName}:partner: pays for this order at its reseller price (public price ${money(publicInPartner)}:publicPrice:), from its wallet.`,
      };
    }
    const discountBp = bp(viewer.rates.resellerDiscountRate);
    const charged = { amountMinor: applyBasisPoints(publicInPartner.amountMinor, BASIS_POINTS - discountBp), currency };
    return {
      payer: 'PARTNER',
      payerName: viewer.partnerName,
      pricing: 'PARTNER_PAYS_PARTNER_ORDER',
      charged,
      earned: null,
      text: partnerPaysDiscounted(subject, viewer.partnerName, money(charged), money(publicInPartner), formatPercent(discountBp / BASIS_POINTS, locale)),
    };
  }

  let text = clientPays(subject, price);
  let earned: PayerNotice['earned'] = null;
  if (viewer.rates) {
    const rateBp = bp(viewer.rates.commissionRate);
    const amount = { amountMinor: commissionAmount(publicPriceIn(subject, currency).amountMinor, rateBp), currency };
    if (amount.amountMinor > 0) {
      earned = { kind: 'CASHBACK', amount };
      text += ' ' + $localize`:@@billing.payer.partnerEarnsCashback:${viewer.partnerName}:partner: earns a cashback of ${money(amount)}:amount:.`;
    }
  }
  return { payer: 'CLIENT', payerName: subject.clientName, pricing: 'PARTNER_FOR_PAYING_CLIENT', charged: subject.publicPrice, earned, text };
}

function clientPays(subject: OrderSubject, price: string): string {
  const client = subject.clientName;
  return subject.kind === 'RENEWAL'
    ? $localize`:@@billing.payer.clientPays.renewal:${client}:client: pays for this renewal: the public price, ${price}:price: plus VAT, from its wallet.`
    : $localize`:@@billing.payer.clientPays.order:${client}:client: pays for this order: the public price, ${price}:price: plus VAT, from its wallet.`;
}

function partnerPaysDiscounted(subject: OrderSubject, partner: string, charged: string, publicPrice: string, discount: string): string {
  const client = subject.clientName;
  return subject.kind === 'RENEWAL'
    ? $localize`:@@billing.payer.partnerPaysDiscounted.renewal:${partner}:partner: pays for this renewal at its reseller price, ${charged}:charged: plus VAT (public price ${publicPrice}:publicPrice: less ${discount}:discount:), from its wallet. ${client}:client: pays nothing.`
    : $localize`:@@billing.payer.partnerPaysDiscounted.order:${partner}:partner: pays for this order at its reseller price, ${charged}:charged: plus VAT (public price ${publicPrice}:publicPrice: less ${discount}:discount:), from its wallet. ${client}:client: pays nothing.`;
}
