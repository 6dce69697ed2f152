import { ChangeDetectionStrategy, ChangeDetectorRef, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { EntityType, VatErrorCode } from '@manager/domain';
import { DISPLAY_LOCALE } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { vatFieldState } from './organization-form';
import { vatErrorText, vatNoteText } from './vat-messages';

/** Errors show while typing (dirty), not only after leaving the field: the check is instant. */
const AS_YOU_TYPE: ErrorStateMatcher = {
  isErrorState: (control) => !!control && control.invalid && (control.dirty || control.touched),
};

/**
 * The VAT number of an organization: a field with instant checks (format, prefix, check digit,
 * with the domain's messages) for a company in the EU VAT area; for a company elsewhere a short
 * note saying why there is none; nothing for an individual.
 */
@Component({
  selector: 'mgr-vat-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatHint, Icon],
  template: `
    @switch (state().kind) {
      @case ('input') {
        <mat-form-field appearance="outline" class="field" subscriptSizing="dynamic">
          <mat-label i18n="@@organizations.vat.label">VAT number (optional)</mat-label>
          <input
            matInput
            type="text"
            [formControl]="control()"
            [errorStateMatcher]="asYouType"
            [placeholder]="example()"
            autocomplete="off"
            spellcheck="false"
            data-testid="vat-number"
          />
          @if (status() === 'VALID' && value().trim()) {
            <mat-hint class="ok" data-testid="vat-ok">
              <mat-icon svgIcon="check" aria-hidden="true" /> <ng-container i18n="@@organizations.vat.validFormat">Valid format</ng-container>
            </mat-hint>
          } @else {
            <mat-hint i18n="@@organizations.vat.hint">For intra-Community invoicing, e.g. {{ example() }}</mat-hint>
          }
          @if (control().getError('server'); as message) {
            <mat-error data-testid="vat-error">{{ message }}</mat-error>
          } @else if (control().getError('vat'); as error) {
            <mat-error data-testid="vat-error">{{ vatMessage(error) }}</mat-error>
          }
        </mat-form-field>
      }
      @case ('note') {
        <p class="note" data-testid="vat-note">
          <mat-icon svgIcon="info" aria-hidden="true" />
          <span>{{ noteMessage() }}</span>
        </p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      inline-size: 100%;
      margin-block-end: 16px;
    }
    .ok {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-primary);
      mat-icon {
        inline-size: 16px;
        block-size: 16px;
      }
    }
    mat-error {
      /* The domain's messages are full sentences: let them wrap under the field. */
      white-space: normal;
    }
    .note {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 0 0 20px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      mat-icon {
        flex: none;
        color: var(--mat-sys-primary);
      }
    }
  `,
})
export class VatField {
  readonly control = input.required<FormControl<string>>();
  readonly country = input.required<string>();
  readonly entityType = input.required<EntityType>();

  private readonly locale = inject(DISPLAY_LOCALE);
  protected readonly asYouType = AS_YOU_TYPE;
  protected readonly state = computed(() => vatFieldState(this.country(), this.entityType()));
  protected readonly example = computed(() => {
    const s = this.state();
    return s.kind === 'input' ? s.example : '';
  });
  protected readonly noteMessage = computed(() => {
    const s = this.state();
    return s.kind === 'note' ? vatNoteText(this.country(), this.locale, s.message) : '';
  });

  protected readonly status = signal('VALID');
  protected readonly value = signal('');

  private readonly cdr = inject(ChangeDetectorRef);

  /** The validator's refusal in the reader's language. */
  protected vatMessage(error: { code: VatErrorCode; message: string }): string {
    return vatErrorText(error, this.country(), this.value(), this.locale);
  }

  constructor() {
    // Follow the bound control (status and value) so the "valid" hint updates as you type.
    effect((onCleanup) => {
      const control = this.control();
      const sync = () => {
        this.status.set(control.status);
        this.value.set(control.value ?? '');
        this.cdr.markForCheck();
      };
      sync();
      const sub = control.events.subscribe(sync);
      onCleanup(() => sub.unsubscribe());
    });
  }
}
