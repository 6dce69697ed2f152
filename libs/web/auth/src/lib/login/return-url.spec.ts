import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps paths inside the app', () => {
    expect(safeReturnUrl('/org/7')).toBe('/org/7');
    expect(safeReturnUrl('/org/7?tab=products')).toBe('/org/7?tab=products');
  });

  it('sends everything else home', () => {
    for (const bad of [undefined, null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/login', '/change-user']) {
      expect(safeReturnUrl(bad)).toBe('/');
    }
  });
});
