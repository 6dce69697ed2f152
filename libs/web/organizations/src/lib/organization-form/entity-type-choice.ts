import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { EntityType } from '@manager/domain';
import { Icon } from '@manager/web-ui/icons';

/** Company or individual, as two large cards (native radios underneath, so arrows and labels work). */
@Component({
  selector: 'mgr-entity-type-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, Icon],
  template: `
    <div class="choices" role="radiogroup" aria-label="Type of organization" i18n-aria-label="@@organizations.entityType.legend">
      @for (choice of choices; track choice.value) {
        <label class="choice" [attr.data-testid]="'entity-type-' + choice.value.toLowerCase()">
          <input type="radio" name="entityType" [value]="choice.value" [formControl]="control()" />
          <mat-icon [svgIcon]="choice.icon" aria-hidden="true" />
          <span class="label">{{ choice.label }}</span>
          <span class="description">{{ choice.description }}</span>
        </label>
      }
    </div>
  `,
  styles: `
    .choices {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 16px;
    }
    .choice {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 20px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
      cursor: pointer;
      transition: border-color 120ms, background-color 120ms;
    }
    .choice:hover {
      border-color: var(--mat-sys-outline);
    }
    .choice:has(input:checked) {
      border: 2px solid var(--mat-sys-primary);
      padding: 19px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .choice:has(input:focus-visible) {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    input {
      position: absolute;
      inset-block-start: 16px;
      inset-inline-end: 16px;
      margin: 0;
      accent-color: var(--mat-sys-primary);
      inline-size: 18px;
      block-size: 18px;
    }
    mat-icon {
      inline-size: 32px;
      block-size: 32px;
      color: var(--mat-sys-primary);
    }
    .label {
      font: var(--mat-sys-title-medium);
    }
    .description {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .choice:has(input:checked) .description {
      color: inherit;
    }
  `,
})
export class EntityTypeChoice {
  readonly control = input.required<FormControl<EntityType>>();

  protected readonly choices: readonly { value: EntityType; label: string; description: string; icon: string }[] = [
    {
      value: 'COMPANY',
      label: $localize`:@@organizations.entityType.company:A company`,
      description: $localize`:@@organizations.entityType.companyDescription:A business, an association or a public body.`,
      icon: 'business',
    },
    {
      value: 'INDIVIDUAL',
      label: $localize`:@@organizations.entityType.individual:An individual`,
      description: $localize`:@@organizations.entityType.individualDescription:Yourself, for personal use.`,
      icon: 'person',
    },
  ];
}
