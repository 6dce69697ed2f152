import { TestBed } from '@angular/core/testing';
import { LANGUAGE_STORAGE_KEY, startLanguage } from './language-preference';
import { LanguageSwitch } from './language-switch';
import { PAGE_RELOAD } from './page-reload';

describe('the language switch', () => {
  let reload: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    reload = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: PAGE_RELOAD, useValue: reload }] });
  });

  function render(save?: (language: string) => Promise<unknown>) {
    const fixture = TestBed.createComponent(LanguageSwitch);
    if (save) fixture.componentRef.setInput('save', save);
    fixture.detectChanges();
    const select = fixture.nativeElement.querySelector('select') as HTMLSelectElement;
    return { fixture, select };
  }

  async function pick(select: HTMLSelectElement, value: string) {
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve));
  }

  it('lists the four languages, each named in itself, the active one selected', () => {
    const { select } = render();
    expect([...select.options].map((o) => [o.value, o.textContent?.trim(), o.lang])).toEqual([
      ['en', 'English', 'en'],
      ['fr', 'Français', 'fr'],
      ['de', 'Deutsch', 'de'],
      ['it', 'Italiano', 'it'],
    ]);
    expect(select.value).toBe('en');
  });

  it('keeps the choice on this device and reloads (signed out)', async () => {
    const { select } = render();
    await pick(select, 'de');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(startLanguage(['fr-CH'])).toBe('de');
  });

  it('saves on the account first when signed in, and changes nothing when that fails', async () => {
    const saved: string[] = [];
    const ok = render(async (language) => saved.push(language));
    await pick(ok.select, 'it');
    expect(saved).toEqual(['it']);
    expect(reload).toHaveBeenCalledTimes(1);

    localStorage.clear();
    reload.mockClear();
    const failing = render(() => Promise.reject(new Error('offline')));
    await pick(failing.select, 'fr');
    failing.fixture.detectChanges();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
    expect(reload).not.toHaveBeenCalled();
    expect(failing.select.value).toBe('en');
    expect(failing.fixture.nativeElement.querySelector('[role=alert]')).not.toBeNull();
  });

  it('starts in the browser language when nothing is chosen, English when none is known', () => {
    expect(startLanguage(['de-CH', 'en'])).toBe('de');
    expect(startLanguage(['es-ES'])).toBe('en');
  });
});
