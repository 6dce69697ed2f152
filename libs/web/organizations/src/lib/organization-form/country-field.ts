import { ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroupDirective, NgForm, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { DISPLAY_LOCALE } from '@manager/web-ui';
import { countrySearch } from './country-search';

/**
 * A searchable country picker over the full ISO list. The bound control always holds an ISO code
 * (or '' while nothing is chosen): the text box is separate, so typing "Fra" never leaves a
 * half-typed value in the form. Leaving the box with an exact name keeps it; anything else that
 * is not the chosen country clears the choice and says so.
 */
@Component({
  selector: 'mgr-country-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatHint, MatAutocomplete, MatAutocompleteTrigger, MatOption],
  template: `
    <mat-form-field appearance="outline" class="field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="errors"
        [attr.data-testid]="testId() || null"
        autocomplete="off"
        (blur)="commit()"
        [required]="required()"
      />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="choose($event)" [hideSingleSelectionIndicator]="true">
        @for (country of options(); track country.code) {
          <mat-option [value]="country.code">{{ country.name }}</mat-option>
        } @empty {
          <mat-option disabled i18n="@@organizations.country.noMatch">No country matches “{{ query() }}”</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (control().hasError('server')) {
        <mat-error>{{ control().getError('server') }}</mat-error>
      } @else {
        <mat-error i18n="@@organizations.country.required">Choose a country from the list.</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      inline-size: 100%;
    }
  `,
})
export class CountryField implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly cdr = inject(ChangeDetectorRef);

  readonly control = input.required<FormControl<string>>();
  readonly label = input($localize`:@@organizations.country.label:Country`);
  readonly hint = input('');
  readonly testId = input('');
  readonly required = input(true);

  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly query = signal('');
  /** Country names in the reader's language, and the search over them. */
  private readonly countries = countrySearch(inject(DISPLAY_LOCALE));
  protected readonly options = computed(() => this.countries.search(this.query()));

  protected readonly display = (value: string) => (value ? this.countries.name(value) : '');

  /** Shows the error of the bound control (the ISO code), not of the text box. */
  protected readonly errors: ErrorStateMatcher = {
    isErrorState: (_c: FormControl | null, form: FormGroupDirective | NgForm | null) => {
      const control = this.control();
      return control.invalid && (control.touched || this.text.touched || !!form?.submitted);
    },
  };

  ngOnInit(): void {
    const control = this.control();
    this.showName(control.value);
    const sub = control.valueChanges.subscribe((code) => {
      if (code !== (this.countries.exact(this.text.value)?.code ?? '')) this.showName(code);
    });
    // Errors set from outside (an API answer) must show without an interaction here.
    const statusSub = control.events.subscribe(() => {
      this.syncDisabled();
      this.cdr.markForCheck();
    });
    this.syncDisabled();
    const textSub = this.text.valueChanges.subscribe((value) => this.query.set(value));
    this.destroyRef.onDestroy(() => {
      sub.unsubscribe();
      statusSub.unsubscribe();
      textSub.unsubscribe();
    });
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const code = String(event.option.value);
    this.showName(code);
    const control = this.control();
    control.setValue(code);
    control.markAsDirty();
    control.markAsTouched();
  }

  protected commit(): void {
    const control = this.control();
    const typed = this.text.value;
    const match = this.countries.exact(typed);
    if (match) {
      if (control.value !== match.code) {
        control.setValue(match.code);
        control.markAsDirty();
      }
      this.showName(match.code);
    } else if (typed.trim() === '' || typed !== (control.value ? this.countries.name(control.value) : '')) {
      if (control.value !== '') {
        control.setValue('');
        control.markAsDirty();
      }
    }
    control.markAsTouched();
  }

  private showName(code: string): void {
    const name = code ? this.countries.name(code) : '';
    this.text.setValue(name, { emitEvent: false });
    this.query.set('');
  }

  private syncDisabled(): void {
    if (this.control().disabled) this.text.disable({ emitEvent: false });
    else this.text.enable({ emitEvent: false });
  }
}
