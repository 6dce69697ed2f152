import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { PartnershipAccess } from '@manager/domain';
import { Icon } from '@manager/web-ui/icons';

/**
 * LIMITED (left card) or COMPLETE (right card), as the reference Manager puts it. Each card is a
 * real radio button (keyboard and screen readers get a radio group for free).
 */
@Component({
  selector: 'mgr-access-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Icon],
  template: `
    <fieldset class="cards">
      <legend class="visually-hidden">{{ legend() }}</legend>
      <label class="card" [class.checked]="value() === 'LIMITED'" data-testid="access-card-limited">
        <input type="radio" [name]="name()" value="LIMITED" [checked]="value() === 'LIMITED'" (change)="value.set('LIMITED')" />
        <mat-icon svgIcon="lock" aria-hidden="true" />
        <span class="title" i18n="@@partners.access.limited">Limited access</span>
        <span class="text" i18n="@@partners.accessChoice.limitedExplained">{{ partyName() }} manages only the products you choose. Nothing else of your organization is visible: no members, no invoices, no details.</span>
      </label>
      <label class="card" [class.checked]="value() === 'COMPLETE'" data-testid="access-card-complete">
        <input type="radio" [name]="name()" value="COMPLETE" [checked]="value() === 'COMPLETE'" (change)="value.set('COMPLETE')" />
        <mat-icon svgIcon="visibility" aria-hidden="true" />
        <span class="title" i18n="@@partners.access.complete">Complete access</span>
        <span class="text" i18n="@@partners.accessChoice.completeExplained">{{ partyName() }} manages every product of your organization, present and future, sees its members and may order. You choose who pays.</span>
      </label>
    </fieldset>
  `,
  styleUrl: './choice-cards.scss',
})
export class AccessChoice {
  readonly value = model<PartnershipAccess | null>(null);
  /** Who gets the access, in the sentences ("The partner", "Pixel Partners"). */
  readonly partyName = input($localize`:@@partners.accessChoice.defaultParty:The partner`);
  readonly legend = input($localize`:@@partners.accessChoice.legend:Access`);
  readonly name = input('access');
}
