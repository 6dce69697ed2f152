import { Directive, afterNextRender, inject, input, output } from '@angular/core';
import { MatMenuTrigger } from '@angular/material/menu';

/**
 * Opens the menu of the trigger it sits on right after it is rendered, when asked to. The shell's
 * menus load their code (MatMenu, the CDK overlay: about 20 kB brotli) on the first click, inside
 * a `@defer` block whose placeholder is a look-alike button; the click that loaded the real
 * trigger must still open its menu.
 *
 * @example <button [matMenuTriggerFor]="menu" [appOpenMenuNow]="asked() === 'user'" (openedNow)="asked.set(null)">
 */
@Directive({ selector: '[appOpenMenuNow]' })
export class OpenMenuNow {
  private readonly trigger = inject(MatMenuTrigger);

  readonly appOpenMenuNow = input(false);
  readonly openedNow = output<void>();

  constructor() {
    afterNextRender(() => {
      if (!this.appOpenMenuNow()) return;
      this.trigger.openMenu();
      this.openedNow.emit();
    });
  }
}
