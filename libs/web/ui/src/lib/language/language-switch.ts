import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { LANGUAGES, LANGUAGE_NAMES, type Language, isLanguage } from '@manager/domain/languages';
import { activeLanguage, storeLanguage } from './language-preference';
import { PAGE_RELOAD } from './page-reload';

/**
 * The language switch: the four languages, each named in itself (and tagged with its `lang`, so
 * a screen reader says "Deutsch" in German). Choosing one saves it (on the account first when
 * `save` is given: signed in), keeps it on this device and reloads the page in it.
 *
 * A native `<select>`: the smallest control that works by keyboard and touch everywhere, and
 * that the signed-out pages can carry without Material. (The account menu lists the languages as
 * menu items instead: a select inside a menu is skipped by the menu's arrow keys.)
 *
 * @example <mgr-language-switch [save]="saveOnAccount" />
 */
@Component({
  selector: 'mgr-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'mgr-language-switch' },
  template: `
    <label class="field">
      <span class="label" i18n="@@ui.languageSwitch.label">Language</span>
      <select data-testid="language-switch" [disabled]="saving()" (change)="choose($event)">
        @for (language of languages; track language) {
          <option [value]="language" [attr.lang]="language" [selected]="language === active">{{ names[language] }}</option>
        }
      </select>
    </label>
    @if (failed()) {
      <span class="error" role="alert" i18n="@@ui.languageSwitch.notSaved">The language could not be saved. Try again.</span>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      font: var(--mat-sys-body-medium, 14px/1.4 system-ui, sans-serif);
    }
    select {
      min-block-size: 32px;
      padding-inline: 8px;
      border: 1px solid var(--mat-sys-outline, currentColor);
      border-radius: 4px;
      background: var(--mat-sys-surface, Canvas);
      color: var(--mat-sys-on-surface, CanvasText);
      font: inherit;
    }
    .error {
      display: block;
      margin-block-start: 4px;
      color: var(--mat-sys-error, #b3261e);
      font: var(--mat-sys-body-small, 12px/1.4 system-ui, sans-serif);
    }
  `,
})
export class LanguageSwitch {
  private readonly reload = inject(PAGE_RELOAD);

  /** Saves the choice on the account (signed in); the page reloads once it resolves. */
  readonly save = input<((language: Language) => Promise<unknown>) | null>(null);

  protected readonly languages = LANGUAGES;
  protected readonly names = LANGUAGE_NAMES;
  protected readonly active = activeLanguage();
  protected readonly saving = signal(false);
  protected readonly failed = signal(false);

  protected async choose(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const language = select.value;
    if (!isLanguage(language) || language === this.active) return;
    this.saving.set(true);
    this.failed.set(false);
    try {
      await this.save()?.(language);
    } catch {
      // Not on the account: the next sign-in would switch back, so nothing changes here either.
      select.value = this.active;
      this.saving.set(false);
      this.failed.set(true);
      return;
    }
    storeLanguage(language);
    this.reload();
  }
}
