import {
  MEMBERSHIP_ROLE_LABELS,
  MembershipRole,
  PRODUCT_CATEGORY_LABELS,
  ProductCategory,
  ROLE_READS_ALL_PRODUCTS,
} from './vocabulary';

describe('vocabulary', () => {
  it('gives every role a label and a product-reading decision', () => {
    for (const role of Object.values(MembershipRole)) {
      expect(MEMBERSHIP_ROLE_LABELS[role]).toEqual(expect.any(String));
      expect(typeof ROLE_READS_ALL_PRODUCTS[role]).toBe('boolean');
    }
    expect(Object.keys(ROLE_READS_ALL_PRODUCTS).sort()).toEqual(Object.values(MembershipRole).sort());
  });

  it('keeps EXTERNAL members away from the full product list', () => {
    expect(ROLE_READS_ALL_PRODUCTS.EXTERNAL).toBe(false);
  });

  it('labels every product category', () => {
    expect(Object.keys(PRODUCT_CATEGORY_LABELS).sort()).toEqual(Object.values(ProductCategory).sort());
  });
});
