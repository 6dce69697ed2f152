import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import type { ApiScopeResource } from '@manager/domain';
import { SCOPE_CHOICE_LABELS, SCOPE_RESOURCES, SCOPE_RESOURCE_HINTS, SCOPE_RESOURCE_LABELS, type ScopeChoice } from '../shared/token-vocabulary';

const CHOICES: readonly ScopeChoice[] = ['NONE', 'READ', 'WRITE'];

/** Per resource: no access, read, or read and write (read by default, the API's default too). */
@Component({
  selector: 'mgr-scope-choices',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatButtonToggleGroup, MatButtonToggle],
  template: `
    <div class="quick">
      <button mat-button type="button" (click)="setAll('READ')" i18n="@@developer.scopes.readAll">Read everything</button>
      <button mat-button type="button" (click)="setAll('NONE')" i18n="@@developer.scopes.clearAll">Clear all</button>
    </div>
    <ul class="resources">
      @for (resource of resources; track resource) {
        <li class="resource" data-testid="scope-row" [attr.data-resource]="resource">
          <span class="text">
            <span class="label" [id]="'scope-' + resource">{{ labels[resource] }}</span>
            <span class="hint">{{ hints[resource] }}</span>
          </span>
          <mat-button-toggle-group
            hideSingleSelectionIndicator
            [attr.aria-labelledby]="'scope-' + resource"
            [value]="value()[resource]"
            (change)="set(resource, $event.value)"
          >
            @for (choice of choices; track choice) {
              <mat-button-toggle [value]="choice">{{ choiceLabels[choice] }}</mat-button-toggle>
            }
          </mat-button-toggle-group>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .quick {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0 0 8px -12px;
    }
    .resources {
      margin: 0;
      padding: 0;
      list-style: none;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .resource {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      padding: 10px 12px 10px 16px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      &:last-child {
        border-block-end: 0;
      }
    }
    .text {
      display: flex;
      flex: 1 1 220px;
      flex-direction: column;
      min-inline-size: 0;
    }
    .label {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface);
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    mat-button-toggle-group {
      --mat-button-toggle-height: 36px;
      flex: none;
    }
    @media (max-width: 599.98px) {
      mat-button-toggle-group {
        flex: 1 1 100%;
        mat-button-toggle {
          flex: 1 1 0;
        }
      }
    }
  `,
})
export class ScopeChoices {
  readonly value = model.required<Record<ApiScopeResource, ScopeChoice>>();

  protected readonly resources = SCOPE_RESOURCES;
  protected readonly labels = SCOPE_RESOURCE_LABELS;
  protected readonly hints = SCOPE_RESOURCE_HINTS;
  protected readonly choices = CHOICES;
  protected readonly choiceLabels = SCOPE_CHOICE_LABELS;

  protected set(resource: ApiScopeResource, choice: ScopeChoice): void {
    this.value.update((value) => ({ ...value, [resource]: choice }));
  }

  protected setAll(choice: ScopeChoice): void {
    this.value.set(Object.fromEntries(this.resources.map((r) => [r, choice])) as Record<ApiScopeResource, ScopeChoice>);
  }
}
