import { LANGUAGE_STORAGE_KEY } from '@manager/web-ui';
import { followAccountLanguage, languageEnumOf, languageOfEnum } from './account-language';

describe("the account's language", () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    document.documentElement.lang = 'en';
  });

  it('maps the GraphQL enum both ways', () => {
    expect(languageEnumOf('de')).toBe('DE');
    expect(languageOfEnum('IT')).toBe('it');
    expect(languageOfEnum(null)).toBeNull();
    expect(languageOfEnum('XX')).toBeNull();
  });

  it('reloads once in the saved language when the app runs in another one', () => {
    const reload = jest.fn();
    expect(followAccountLanguage('FR', reload)).toBe(true);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    // The reload did not bring French (say, offline): no loop.
    expect(followAccountLanguage('FR', reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing when none is saved or it is already the active one', () => {
    const reload = jest.fn();
    expect(followAccountLanguage(null, reload)).toBe(false);
    document.documentElement.lang = 'de';
    expect(followAccountLanguage('DE', reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });
});
