import { registerLocaleData } from '@angular/common';
import { LOCALE_ID } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Language } from '@manager/domain/languages';
import { startLanguage } from '@manager/web-ui/language';
import { App } from './app/app';
import { appConfig } from './app/app.config';

/**
 * One build for every language: the translations are loaded before any module that translates
 * when it is evaluated (a route's `title`, a `$localize` at a file's top level), so the routes
 * are imported dynamically, after `loadTranslations`. Everything imported statically here is
 * the initial chunk, loaded while the translations (/i18n/<lang>.json, merged by tools/i18n at
 * build time, preloaded by index.html) and the locale data load: Angular, the router, and the
 * root component with its providers (the footer, the cookie choices, the signed-out pages' data
 * access), which every screen needs and which translate only when they render. Bundled here,
 * they are one response instead of a chunk each, requested after this one. Keep `$localize` out
 * of the top level of app.ts, app.config.ts and what they import (app.spec.ts checks it).
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

/**
 * The language's texts and locale data; English (the source) when they cannot be had. The
 * translation loader of `@angular/localize` (parsing every text once) comes with them, in a chunk
 * of its own: English, the source, needs only the `$localize` tag of the polyfills.
 */
async function loadLanguage(wanted: Language): Promise<Language> {
  if (wanted === 'en') return 'en';
  try {
    const [translations, localeData, { loadTranslations }] = await Promise.all([
      fetchTranslations(wanted),
      LOCALE_DATA[wanted](),
      import('@angular/localize'),
    ]);
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
  const { appRoutes } = await import('./app/app.routes');
  await bootstrapApplication(App, {
    providers: [...appConfig.providers, provideRouter(appRoutes, withComponentInputBinding()), { provide: LOCALE_ID, useValue: language }],
  });
}

start().catch((err) => console.error(err));
