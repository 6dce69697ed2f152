import { OrderSubject, OrderViewer, payerNotice } from './payer-notice';

/** Intl puts a no-break space between the currency and the amount. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

const chf = (amountMinor: number) => ({ amountMinor, currency: 'CHF' });
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const renewal: OrderSubject = { kind: 'RENEWAL', clientName: 'Léa Rossi', productName: 'kDrive Photos', publicPrice: chf(14_400) };
const rates = { resellerDiscountRate: 0.15, commissionRate: 0.1 };
const partner = (over: Partial<Extract<OrderViewer, { via: 'PARTNER' }>>): OrderViewer => ({
  via: 'PARTNER',
  partnerName: 'Pixel Partners',
  access: 'LIMITED',
  billingOwner: null,
  partnerCurrency: 'CHF',
  rates,
  ...over,
});

describe('payerNotice (who pays, in plain words)', () => {
  it('the client orders itself and pays: public price from its wallet', () => {
    const n = payerNotice(renewal, { via: 'MEMBER', billingPartnerName: null }, 'en-US');
    expect(n.payer).toBe('CLIENT');
    expect(n.pricing).toBe('CLIENT_DIRECT');
    expect(n.charged).toEqual(chf(14_400));
    expect(plain(n.text)).toBe('Léa Rossi pays for this renewal: the public price, CHF 144.00 plus VAT, from its wallet.');
  });

  it('the client orders, its COMPLETE partner billed to the PARTNER pays', () => {
    const n = payerNotice(renewal, { via: 'MEMBER', billingPartnerName: 'Pixel Partners' }, 'en-US');
    expect(n.payer).toBe('PARTNER');
    expect(n.pricing).toBe('PARTNER_PAYS_CLIENT_ORDER');
    expect(plain(n.text)).toBe(
      'Pixel Partners pays for this renewal, because it handles your billing. Nothing is taken from your wallet. The public price is CHF 144.00.',
    );
  });

  it('a LIMITED partner renews for a paying client: public price, cashback for the partner', () => {
    const n = payerNotice(renewal, partner({}), 'en-US');
    expect(n.payer).toBe('CLIENT');
    expect(n.pricing).toBe('PARTNER_FOR_PAYING_CLIENT');
    expect(n.earned).toEqual({ kind: 'CASHBACK', amount: chf(1_440) });
    expect(plain(n.text)).toBe(
      'Léa Rossi pays for this renewal: the public price, CHF 144.00 plus VAT, from its wallet. Pixel Partners earns a cashback of CHF 14.40.',
    );
  });

  it('a COMPLETE partner with the client paying: same as LIMITED', () => {
    const n = payerNotice(renewal, partner({ access: 'COMPLETE', billingOwner: 'CLIENT' }), 'en-US');
    expect(n.payer).toBe('CLIENT');
    expect(n.earned?.amount).toEqual(chf(1_440));
  });

  it('a COMPLETE partner billed to the PARTNER pays its reseller price', () => {
    const n = payerNotice(renewal, partner({ access: 'COMPLETE', billingOwner: 'PARTNER' }), 'en-US');
    expect(n.payer).toBe('PARTNER');
    expect(n.pricing).toBe('PARTNER_PAYS_PARTNER_ORDER');
    expect(n.charged).toEqual(chf(12_240));
    expect(n.earned).toBeNull();
    expect(plain(n.text)).toBe(
      'Pixel Partners pays for this renewal at its reseller price, CHF 122.40 plus VAT (public price CHF 144.00 less 15 %), from its wallet. Léa Rossi pays nothing.',
    );
  });

  it('converts a EUR product price for a CHF partner with the fixed rates, rounded once', () => {
    const n = payerNotice({ ...renewal, clientName: 'Boulangerie Martin SAS', publicPrice: eur(1_400) }, partner({ access: 'COMPLETE', billingOwner: 'PARTNER' }), 'en-US');
    // 14.00 EUR × 0.939 = 13.146 → CHF 13.15; less 15 % = 11.1775 → CHF 11.18
    expect(n.charged).toEqual(chf(1_118));
  });

  it('takes a new product from the partner currency price list (no conversion)', () => {
    const n = payerNotice(
      { kind: 'NEW_PRODUCT', clientName: 'Boulangerie Martin SAS', productName: 'Domain .ch', category: 'DOMAIN', publicPrice: eur(1_400) },
      partner({ access: 'COMPLETE', billingOwner: 'CLIENT' }),
      'en-US',
    );
    expect(n.earned?.amount).toEqual(chf(130));
    expect(plain(n.text)).toContain('pays for this order');
  });

  it('says who pays even when the partner rates are unknown', () => {
    expect(plain(payerNotice(renewal, partner({ rates: null }), 'en-US').text)).toBe(
      'Léa Rossi pays for this renewal: the public price, CHF 144.00 plus VAT, from its wallet.',
    );
    expect(payerNotice(renewal, partner({ access: 'COMPLETE', billingOwner: 'PARTNER', rates: null }), 'en-US').payer).toBe('PARTNER');
  });
});
