import {
  addAddress,
  createOrganizationForm,
  removeAddress,
  setDefaultAddress,
  toOrganizationDetailsInput,
  vatFieldState,
} from './organization-form';

const defaults = (form: ReturnType<typeof createOrganizationForm>) =>
  form.controls.billingAddresses.controls.map((a) => a.controls.isDefault.value);

describe('VAT field', () => {
  it('is an input for a company in the EU, with an example', () => {
    expect(vatFieldState('FR', 'COMPANY')).toEqual({ kind: 'input', example: 'FR40303265045' });
    expect(vatFieldState('GR', 'COMPANY')).toEqual({ kind: 'input', example: 'EL094259216' });
  });

  it("is a note with the domain's reason for Swiss, Liechtenstein and other non-EU companies", () => {
    const ch = vatFieldState('CH', 'COMPANY');
    expect(ch.kind).toBe('note');
    expect(ch.kind === 'note' && ch.message).toMatch(/^Swiss companies are subject to Swiss VAT/);
    // No field is shown: the note must not ask to leave one empty.
    expect(ch.kind === 'note' && ch.message).not.toMatch(/field/);
    const li = vatFieldState('LI', 'COMPANY');
    expect(li.kind === 'note' && li.message).toMatch(/^Liechtenstein is not in the European Union/);
    expect(vatFieldState('US', 'COMPANY').kind).toBe('note');
  });

  it('is absent for individuals and before a country is chosen', () => {
    expect(vatFieldState('FR', 'INDIVIDUAL')).toEqual({ kind: 'none' });
    expect(vatFieldState('', 'COMPANY')).toEqual({ kind: 'none' });
  });

  it('refuses a bad check digit as you type, with the domain message', () => {
    const form = createOrganizationForm({ entityType: 'COMPANY', country: 'FR' });
    const vat = form.controls.vatNumber;
    vat.setValue('FR41303265045');
    expect(vat.getError('vat')).toEqual({
      code: 'BAD_CHECK_DIGIT',
      message: expect.stringContaining('check digit does not match'),
    });
    vat.setValue('fr 40 303 265 045');
    expect(vat.valid).toBe(true);
  });

  it('accepts an empty number, and re-checks when the country or entity type changes', () => {
    const form = createOrganizationForm({ entityType: 'COMPANY', country: 'FR' });
    const vat = form.controls.vatNumber;
    expect(vat.valid).toBe(true);
    vat.setValue('DE136695976');
    expect(vat.getError('vat')?.code).toBe('WRONG_PREFIX');
    form.controls.country.setValue('DE');
    expect(vat.valid).toBe(true);
    form.controls.country.setValue('CH');
    expect(vat.valid).toBe(true); // not shown, not sent
    form.controls.country.setValue('DE');
    form.controls.entityType.setValue('INDIVIDUAL');
    expect(vat.valid).toBe(true);
  });

  it('sends the normalized number only where one applies', () => {
    const form = createOrganizationForm({ entityType: 'COMPANY', country: 'FR', name: ' Acme ' });
    form.controls.vatNumber.setValue('fr 40-303.265 045');
    expect(toOrganizationDetailsInput(form)).toMatchObject({ name: 'Acme', vatNumber: 'FR40303265045' });
    form.controls.country.setValue('CH');
    expect(toOrganizationDetailsInput(form).vatNumber).toBeNull();
  });
});

describe('billing addresses', () => {
  it('starts with one default address following the organization country', () => {
    const form = createOrganizationForm();
    expect(defaults(form)).toEqual([true]);
    form.controls.country.setValue('FR');
    expect(form.controls.billingAddresses.at(0).controls.country.value).toBe('FR');
  });

  it('keeps an address country the person changed', () => {
    const form = createOrganizationForm({ country: 'FR' });
    form.controls.billingAddresses.at(0).controls.country.setValue('BE');
    form.controls.country.setValue('DE');
    expect(form.controls.billingAddresses.at(0).controls.country.value).toBe('BE');
  });

  it('has exactly one default: adding keeps it, choosing moves it', () => {
    const form = createOrganizationForm({ country: 'CH' });
    const list = form.controls.billingAddresses;
    addAddress(list, 'CH');
    addAddress(list, 'CH');
    expect(defaults(form)).toEqual([true, false, false]);
    setDefaultAddress(list, 2);
    expect(defaults(form)).toEqual([false, false, true]);
    expect(list.hasError('oneDefault')).toBe(false);
  });

  it('removing the default makes the first remaining one the default; the last one stays', () => {
    const form = createOrganizationForm({ country: 'CH' });
    const list = form.controls.billingAddresses;
    addAddress(list, 'CH');
    setDefaultAddress(list, 1);
    removeAddress(list, 1);
    expect(defaults(form)).toEqual([true]);
    removeAddress(list, 0);
    expect(list.length).toBe(1);
  });

  it('flags a list without exactly one default', () => {
    const form = createOrganizationForm({ country: 'CH' });
    const list = form.controls.billingAddresses;
    list.at(0).controls.isDefault.setValue(false);
    list.updateValueAndValidity();
    expect(list.hasError('oneDefault')).toBe(true);
  });

  it('sends existing ids, omits them for new addresses, and nulls an empty recipient', () => {
    const form = createOrganizationForm({
      entityType: 'INDIVIDUAL',
      country: 'CH',
      name: 'Ada',
      billingAddresses: [{ id: 'a1', recipient: '', street: 'Rue 1', postcode: '1200', city: 'Genève', country: 'CH', isDefault: true }],
    });
    addAddress(form.controls.billingAddresses, 'FR');
    const input = toOrganizationDetailsInput(form);
    expect(input.billingAddresses[0]).toEqual({
      id: 'a1',
      recipient: null,
      street: 'Rue 1',
      postcode: '1200',
      city: 'Genève',
      country: 'CH',
      isDefault: true,
    });
    expect(input.billingAddresses[1]).not.toHaveProperty('id');
  });

  it('refuses an unknown country code', () => {
    const form = createOrganizationForm();
    form.controls.country.setValue('XK');
    expect(form.controls.country.hasError('country')).toBe(true);
  });
});
