import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiScopeResource, type MembershipRole } from '@manager/domain';
import { ApiTokenClientChoicesDocument, ApiTokensPageDocument, CreateApiTokenDocument, memberAccess } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';
import { MatIconTestingModule, connection, text, token, tokensPageOrganization } from '../testing/token-fixtures';
import { EXPIRY_CHOICES, NewApiTokenPage, expiryDate } from './new-api-token.page';

const SECRET = 'mgro_AbCdEfGhIjKlMnOp0123456789abcdefghijklmnopqrstuvWXYZ12';
const clients = [
  { partnershipId: 'ps1', organization: { id: 'c1', name: 'Léa Rossi' } },
  { partnershipId: 'ps2', organization: { id: 'c2', name: 'Boulangerie Martin SAS' } },
];

function setup(role: MembershipRole, options: { partner?: boolean; mutate?: jest.Mock } = {}) {
  const query = jest.fn(({ query: document }) => {
    if (document === ApiTokensPageDocument) return of({ data: { organization: tokensPageOrganization(memberAccess(role), options.partner ?? true) } });
    if (document === ApiTokenClientChoicesDocument) return of({ data: { managedClients: connection(clients) } });
    throw new Error('unexpected query');
  });
  const mutate =
    options.mutate ??
    jest.fn(() =>
      of({
        data: {
          createApiToken: {
            secret: SECRET,
            token: token({ name: 'CRM sync', clientSelection: 'SELECTED', selectedClients: [{ id: 'c1', name: 'Léa Rossi' }] }),
          },
        },
      }),
    );
  TestBed.configureTestingModule({ providers: [importProvidersFrom(MatIconTestingModule), provideRouter([]), { provide: Apollo, useValue: { query, mutate } }] });
  const fixture = TestBed.createComponent(NewApiTokenPage);
  fixture.componentRef.setInput('orgId', 'org-1');
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const type = (testId: string, value: string) => {
    const input = el.querySelector(`[data-testid=${testId}]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const click = (selector: string) => {
    (el.querySelector(selector) as HTMLElement).click();
    fixture.detectChanges();
  };
  const submit = async () => {
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return { fixture, el, query, mutate, type, click, submit };
}

describe('NewApiTokenPage', () => {
  it('creates a read-only organization token for one chosen client, expiring in 90 days, then shows its text once', async () => {
    const { el, mutate, type, click, submit } = setup('ADMIN');
    expect((el.querySelector('[data-testid=kind-organization] input') as HTMLInputElement).checked).toBe(true);
    type('token-name', '  CRM sync ');
    click('[data-testid=clients-selected] input');
    const options = Array.from(el.querySelectorAll('[data-testid=token-client-option]'));
    expect(options.map(text)).toEqual(['Léa Rossi', 'Boulangerie Martin SAS']);
    click('[data-testid=token-client-option] input');
    type('token-password', 'my password');
    await submit();

    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.calls[0][0]).toMatchObject({ mutation: CreateApiTokenDocument });
    expect(mutate.mock.calls[0][0].variables.input).toEqual({
      organizationId: 'org-1',
      kind: 'ORGANIZATION',
      name: 'CRM sync',
      scopes: Object.values(ApiScopeResource).map((resource) => ({ resource, level: 'READ' })),
      clientSelection: 'SELECTED',
      clientOrganizationIds: ['c1'],
      expiresInDays: 90,
      password: 'my password',
    });
    const created = el.querySelector('[data-testid=api-token-created]');
    expect(text(created?.querySelector('[data-testid=token-secret]'))).toBe(SECRET);
    expect(text(created)).toContain('you will not see it again');
    expect(el.querySelector('form')).toBeNull();
  });

  it('asks for a client before calling the API when "only the clients I choose" has none', async () => {
    const { el, mutate, type, click, submit } = setup('ADMIN');
    type('token-name', 'CRM sync');
    type('token-password', 'my password');
    click('[data-testid=clients-selected] input');
    await submit();
    expect(mutate).not.toHaveBeenCalled();
    expect(text(el)).toContain('Choose at least one client, or all clients.');
  });

  it('puts a wrong password on the password field and keeps the form', async () => {
    const wrong = new CombinedGraphQLErrors({ errors: [{ message: 'This password is not right.', extensions: { code: 'BAD_USER_INPUT', field: 'password' } }] });
    const { el, type, submit } = setup('ADMIN', { mutate: jest.fn(() => throwError(() => wrong)) });
    type('token-name', 'CRM sync');
    type('token-password', 'not it');
    await submit();
    expect(text(el.querySelector('mat-error'))).toBe('This password is not right.');
    expect(el.querySelector('[data-testid=api-token-created]')).toBeNull();
  });

  it('offers a user of an organization that is no partner a personal token only, without a client choice', async () => {
    const { el, mutate, type, submit } = setup('USER', { partner: false });
    expect(el.querySelector('[data-testid=kind-organization]')).toBeNull();
    expect(el.querySelector('[data-testid=clients-all]')).toBeNull();
    type('token-name', 'My laptop');
    type('token-password', 'my password');
    await submit();
    expect(mutate.mock.calls[0][0].variables.input).toMatchObject({ kind: 'PERSONAL', clientSelection: 'ALL', clientOrganizationIds: null });
  });
});

describe('token lifetimes', () => {
  it('offers 90 days by default and never more than 365', () => {
    expect(EXPIRY_CHOICES).toContain(90);
    expect(Math.max(...EXPIRY_CHOICES)).toBe(365);
    expect(expiryDate(90, Date.parse('2026-03-01T12:00:00Z'))).toBe('2026-05-30T12:00:00.000Z');
  });
});
