import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SignalForm, required } from './form-state';
import { TextField, TextInput } from './text-field';

@Component({
  imports: [TextField, TextInput],
  template: `
    <mgr-text-field label="Email" [field]="email">
      <input mgrTextInput type="email" autocomplete="username" required />
    </mgr-text-field>
  `,
})
class Host {
  readonly form = new SignalForm();
  readonly email = this.form.field('', required('Enter your email.'));
}

describe('TextField', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element: HTMLElement = fixture.nativeElement;
    const input = element.querySelector('input') as HTMLInputElement;
    return { fixture, element, input };
  }

  it('labels its input and keeps the native attributes', () => {
    const { element, input } = render();
    const label = element.querySelector('label') as HTMLLabelElement;
    expect(label.textContent?.trim()).toBe('Email');
    expect(label.htmlFor).toBe(input.id);
    expect(input.labels?.[0]).toBe(label);
    expect([input.type, input.autocomplete, input.required]).toEqual(['email', 'username', true]);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('writes what is typed to the state, and the state to the input', () => {
    const { fixture, input } = render();
    input.value = 'ada@example.com';
    input.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.email.value()).toBe('ada@example.com');
    expect(fixture.componentInstance.email.dirty()).toBe(true);
    fixture.componentInstance.email.reset('bob@example.com');
    fixture.detectChanges();
    expect(input.value).toBe('bob@example.com');
  });

  it('after a submit, marks the input invalid and describes it with the error', () => {
    const { fixture, element, input } = render();
    fixture.componentInstance.form.submit();
    fixture.detectChanges();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = element.querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(error?.textContent?.trim()).toBe('Enter your email.');
  });
});
