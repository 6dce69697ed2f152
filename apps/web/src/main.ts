import { registerLocaleData } from '@angular/common';
import { LOCALE_ID } from '@angular/core';
import { loadTranslations } from '@angular/localize';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Language } from '@manager/domain/languages';
import { startLanguage } from '@manager/web-ui/language';

/**
 * One build for every language: the translations are loaded before any of the app's code runs
 * (`$localize` in a module's top level, a route's title, translates when the module is
 * evaluated), so the app is imported dynamically, after `loadTranslations`, in one `import()`
 * (`app.entry.ts`). Angular, the router and this file are the initial chunk: they translate
 * nothing, every screen needs them, and what this file imports statically is bundled with it
 * (which is why the router is provided here, not in app.config.ts: imported there, it was a
 * chunk of its own, requested after this one). The translations (/i18n/<lang>.json, merged by
 * tools/i18n at build time) and the locale data load together while it parses.
 */
type Translated = Exclude<Language, 'en'>;

/** Angular's locale data, for ICU plural categories and LOCALE_ID (one small chunk each). */
const LOCALE_DATA: Record<Translated, () => Promise<{ default: unknown }>> = {
  fr: () => import('@angular/common/locales/fr'),
  de: () => import('@angular/common/locales/de'),
  it: () => import('@angular/common/locales/it'),
};

async function fetchTranslations(language: Translated): Promise<Record<string, string>> {
  // Revalidated on every start (the API sends no-cache and an ETag): a new build's texts, never
  // stale ones. No options: the request must match the preload index.html starts (same URL,
  // mode, credentials and headers), or the browser fetches twice.
  const response = await fetch(`/i18n/${language}.json`);
  if (!response.ok) throw new Error(`translations ${language}: HTTP ${response.status}`);
  return response.json();
}

/** The language's texts and locale data; English (the source) when they cannot be had. */
async function loadLanguage(wanted: Language): Promise<Language> {
  if (wanted === 'en') return 'en';
  try {
    const [translations, localeData] = await Promise.all([fetchTranslations(wanted), LOCALE_DATA[wanted]()]);
    loadTranslations(translations);
    registerLocaleData(localeData.default, wanted);
    return wanted;
  } catch (error) {
    console.error(error);
    return 'en';
  }
}

async function start(): Promise<void> {
  const language = await loadLanguage(startLanguage());
  document.documentElement.lang = language;
  const { App, appConfig, appRoutes } = await import('./app/app.entry');
  await bootstrapApplication(App, {
    providers: [...appConfig.providers, provideRouter(appRoutes, withComponentInputBinding()), { provide: LOCALE_ID, useValue: language }],
  });
}

start().catch((err) => console.error(err));
