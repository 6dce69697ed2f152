import { SignalForm, emailAddress, required } from './form-state';

describe('SignalForm', () => {
  function loginForm() {
    const form = new SignalForm();
    const email = form.field('', required('Enter your email.'), emailAddress('Enter an email like name@example.com.'));
    const password = form.field('', required('Enter your password.'));
    return { form, email, password };
  }

  it('shows no error before a submit, nor for a field only tabbed past', () => {
    const { email } = loginForm();
    expect(email.error()).toBe('Enter your email.');
    email.touched.set(true);
    expect(email.shownError()).toBeNull();
  });

  it('shows a changed field\'s error once it is left, the first failing rule only', () => {
    const { email } = loginForm();
    email.value.set('ada');
    email.dirty.set(true);
    expect(email.shownError()).toBeNull();
    email.touched.set(true);
    expect(email.shownError()).toBe('Enter an email like name@example.com.');
    email.value.set('ada@example.com');
    expect(email.shownError()).toBeNull();
  });

  it('shows every error after a submit that it refuses, and accepts a valid form', () => {
    const { form, email, password } = loginForm();
    expect(form.submit()).toBe(false);
    expect([email.shownError(), password.shownError()]).toEqual(['Enter your email.', 'Enter your password.']);
    email.value.set('ada@example.com');
    password.value.set('secret');
    expect(form.submit()).toBe(true);
  });

  it('keeps "submitted" when a field is reset, as Angular does, and forgets it on restart', () => {
    const { form, password } = loginForm();
    password.value.set('wrong');
    form.submit();
    password.reset();
    expect(password.shownError()).toBe('Enter your password.');
    form.restart();
    expect(password.shownError()).toBeNull();
  });

  it('shows the API\'s refusal of a value until the person edits it', () => {
    const { form, email } = loginForm();
    email.value.set('ada@example.com');
    form.submit();
    email.serverError.set('No account may use this address.');
    expect(email.shownError()).toBe('No account may use this address.');
    expect(form.submit()).toBe(false);
    email.edit('ada@example.org');
    expect(email.shownError()).toBeNull();
  });

  it('accepts what Angular\'s email validator accepts, and leaves empty to "required"', () => {
    const rule = emailAddress('bad');
    expect(['', 'a@b', 'first.last+tag@sub.example.ch'].map(rule)).toEqual([null, null, null]);
    expect(['a', 'a@', '@b.ch', 'a b@c.ch', 'a@b..ch'].map(rule)).toEqual(['bad', 'bad', 'bad', 'bad', 'bad']);
  });
});
