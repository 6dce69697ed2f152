import { convertMinor, priceIn } from './exchange-rates';
import { applyBasisPoints, divideHalfUp } from './money-rounding';
import { findNewProductOffer, NEW_PRODUCT_OFFERS } from './new-product-offers';
import { commissionAmount, priceOrder } from './pricing';

const partner = { organizationId: 'p', rates: { resellerDiscountBp: 1500, commissionBp: 1000 } };
const other = { organizationId: 'q', rates: { resellerDiscountBp: 2000, commissionBp: 500 } };

describe('priceOrder: the four cases of the contract', () => {
  it('client pays, client orders: public price; no partner → no commission', () => {
    expect(priceOrder({ publicPriceMinor: 12_345, placedByPartner: null, payingPartner: null, rebatePartner: null })).toEqual({
      pricing: 'CLIENT_DIRECT',
      netMinor: 12_345,
      commission: null,
    });
  });

  it('client pays, client orders, COMPLETE partner billed to the client: REBATE = commission × public', () => {
    const decision = priceOrder({ publicPriceMinor: 12_345, placedByPartner: null, payingPartner: null, rebatePartner: partner });
    expect(decision).toEqual({
      pricing: 'CLIENT_DIRECT',
      netMinor: 12_345,
      commission: { partnerOrganizationId: 'p', kind: 'REBATE', rateBp: 1000 },
    });
    expect(commissionAmount(12_345, 1000)).toBe(1_235); // 1,234.5 → 1,235
  });

  it('client pays, partner orders: public price; CASHBACK = commission × public for the ordering partner', () => {
    const decision = priceOrder({ publicPriceMinor: 9_999, placedByPartner: partner, payingPartner: null, rebatePartner: other });
    expect(decision).toEqual({
      pricing: 'PARTNER_FOR_PAYING_CLIENT',
      netMinor: 9_999,
      commission: { partnerOrganizationId: 'p', kind: 'CASHBACK', rateBp: 1000 },
    });
    expect(commissionAmount(9_999, 1000)).toBe(1_000); // 999.9
  });

  it('partner pays, partner orders: discounted price = public × (1 − discount), rounded once; no commission', () => {
    expect(priceOrder({ publicPriceMinor: 12_345, placedByPartner: partner, payingPartner: partner, rebatePartner: null })).toEqual({
      pricing: 'PARTNER_PAYS_PARTNER_ORDER',
      netMinor: 10_493, // 10,493.25
      commission: null,
    });
    // Rounded once from the public price: 1,999 × 0.85 = 1,699.15 → 1,699.
    expect(priceOrder({ publicPriceMinor: 1_999, placedByPartner: partner, payingPartner: partner, rebatePartner: null }).netMinor).toBe(1_699);
    // An exact half rounds up: 1,010 × 0.85 = 858.5 → 859 (public − rounded discount would give 858).
    expect(priceOrder({ publicPriceMinor: 1_010, placedByPartner: partner, payingPartner: partner, rebatePartner: null }).netMinor).toBe(859);
  });

  it('partner pays, client orders: public price; REIMBURSEMENT = discount × public', () => {
    expect(priceOrder({ publicPriceMinor: 12_345, placedByPartner: null, payingPartner: partner, rebatePartner: null })).toEqual({
      pricing: 'PARTNER_PAYS_CLIENT_ORDER',
      netMinor: 12_345,
      commission: { partnerOrganizationId: 'p', kind: 'REIMBURSEMENT', rateBp: 1500 },
    });
    expect(commissionAmount(12_345, 1500)).toBe(1_852); // 1,851.75
  });

  it('another partner ordering for a client billed to a partner: the paying partner treats it as a client order', () => {
    const decision = priceOrder({ publicPriceMinor: 1_000, placedByPartner: other, payingPartner: partner, rebatePartner: null });
    expect(decision.pricing).toBe('PARTNER_PAYS_CLIENT_ORDER');
    expect(decision.commission).toEqual({ partnerOrganizationId: 'p', kind: 'REIMBURSEMENT', rateBp: 1500 });
  });
});

describe('rounding', () => {
  it('half-up to the minor unit, symmetric for negatives', () => {
    expect(divideHalfUp(15, 10)).toBe(2);
    expect(divideHalfUp(14, 10)).toBe(1);
    expect(divideHalfUp(-15, 10)).toBe(-2);
    expect(applyBasisPoints(1_999, 1000)).toBe(200);
    expect(applyBasisPoints(5, 1000)).toBe(1); // 0.5
    expect(applyBasisPoints(4, 1000)).toBe(0); // 0.4
  });

  it('refuses what it cannot compute exactly', () => {
    expect(() => divideHalfUp(1.5, 10)).toThrow(RangeError);
    expect(() => divideHalfUp(1, 0)).toThrow(RangeError);
  });
});

describe('fixed conversion rates', () => {
  it('converts at the operator rates, rounded once', () => {
    expect(convertMinor(10_000, 'CHF', 'EUR')).toBe(10_650);
    expect(convertMinor(10_000, 'EUR', 'CHF')).toBe(9_390);
    expect(convertMinor(1_999, 'CHF', 'EUR')).toBe(2_129); // 2,128.935
    expect(convertMinor(1_234, 'CHF', 'CHF')).toBe(1_234);
  });

  it('a price list uses its own price in the currency, else converts', () => {
    expect(priceIn({ CHF: 1_000, EUR: 1_100 }, 'EUR')).toBe(1_100);
    expect(priceIn({ CHF: 1_000 }, 'EUR')).toBe(1_065);
    expect(priceIn({ EUR: 1_000 }, 'CHF')).toBe(939);
  });
});

describe('new-product offers', () => {
  it('every category has an offer, names unique per category, prices positive in both currencies', () => {
    const categories = new Set(NEW_PRODUCT_OFFERS.map((o) => o.category));
    expect(categories.size).toBe(7);
    const keys = NEW_PRODUCT_OFFERS.map((o) => `${o.category}/${o.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of NEW_PRODUCT_OFFERS) {
      expect(o.publicPriceMinor.CHF).toBeGreaterThan(0);
      expect(o.publicPriceMinor.EUR).toBeGreaterThan(0);
    }
  });

  it('finds an offer by exact category and name only', () => {
    expect(findNewProductOffer('DOMAIN', 'Domain .ch')?.publicPriceMinor.CHF).toBe(1_300);
    expect(findNewProductOffer('DOMAIN', 'domain .ch')).toBeNull();
    expect(findNewProductOffer('VPS', 'Domain .ch')).toBeNull();
  });
});
