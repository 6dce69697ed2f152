import type { Currency, ProductCategory } from '../vocabulary';

/**
 * What can be ordered new: a small catalog of offers per category, with the operator's public
 * yearly prices in both billing currencies (minor units). Set independently per currency (as
 * price lists are), so no conversion applies to new products. A product's name after the order
 * is the offer's name.
 */
export interface NewProductOffer {
  category: ProductCategory;
  name: string;
  publicPriceMinor: Readonly<Record<Currency, number>>;
}

function offer(category: ProductCategory, name: string, chf: number, eur: number): NewProductOffer {
  return Object.freeze({ category, name, publicPriceMinor: Object.freeze({ CHF: chf, EUR: eur }) });
}

export const NEW_PRODUCT_OFFERS: readonly NewProductOffer[] = Object.freeze([
  offer('WEB_HOSTING', 'Web Hosting Starter', 6_000, 6_400),
  offer('WEB_HOSTING', 'Web Hosting Pro', 13_200, 14_000),
  offer('MAIL_SERVICE', 'Mail Service 5 addresses', 3_000, 3_200),
  offer('MAIL_SERVICE', 'Mail Service 20 addresses', 9_600, 10_200),
  offer('DOMAIN', 'Domain .ch', 1_300, 1_400),
  offer('DOMAIN', 'Domain .com', 1_699, 1_799),
  offer('KDRIVE', 'kDrive Solo 1 TB', 5_940, 6_300),
  offer('KDRIVE', 'kDrive Team 3 TB', 22_800, 24_200),
  offer('KCHAT', 'kChat Business', 4_800, 5_100),
  offer('SSL_CERTIFICATE', 'SSL certificate DV', 2_500, 2_650),
  offer('VPS', 'VPS Cloud 4 GB', 16_800, 17_800),
  offer('VPS', 'VPS Cloud 16 GB', 50_400, 53_500),
]);

/**
 * The offer a client picked (category and name must match exactly), or null.
 *
 * @example findNewProductOffer('DOMAIN', 'Domain .ch')?.publicPriceMinor.CHF // 1_300
 */
export function findNewProductOffer(category: ProductCategory, name: string): NewProductOffer | null {
  return NEW_PRODUCT_OFFERS.find((o) => o.category === category && o.name === name) ?? null;
}
