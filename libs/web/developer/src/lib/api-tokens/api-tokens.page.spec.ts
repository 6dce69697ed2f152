import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { ApiTokensDocument, ApiTokensPageDocument, RevokeApiTokenDocument, memberAccess } from '@manager/web-data-access';
import type { MembershipRole } from '@manager/domain';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { MatIconTestingModule, connection, text, token, tokensPageOrganization } from '../testing/token-fixtures';
import { ApiTokensPage } from './api-tokens.page';

const tokens = {
  ORGANIZATION: [
    token({ id: 'o1', name: 'CRM sync', clientSelection: 'SELECTED', selectedClients: [{ id: 'c1', name: 'Léa Rossi' }], lastUsedAt: new Date(Date.now() - 5 * 60_000).toISOString(), lastUsedIp: '203.0.113.0' }),
    token({ id: 'o2', name: 'Old invoicing job', status: 'REVOKED', revokedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() }),
  ],
  PERSONAL: [token({ id: 'p1', kind: 'PERSONAL', name: 'My laptop', displayPrefix: 'mgrp_QrStUvWxYz012345…' })],
};

function setup(role: MembershipRole, dialogAnswer: unknown = true) {
  const query = jest.fn(({ query: document, variables }) => {
    if (document === ApiTokensPageDocument) return of({ data: { organization: tokensPageOrganization(memberAccess(role)) } });
    if (document === ApiTokensDocument) {
      const kind = variables.kind as keyof typeof tokens;
      return of({ data: { organization: { id: 'org-1', apiTokens: connection(tokens[kind]) } } });
    }
    throw new Error('unexpected query');
  });
  const mutate = jest.fn(() => of({ data: { revokeApiToken: { token: { ...tokens.ORGANIZATION[0], status: 'REVOKED', revokedAt: new Date().toISOString() } } } }));
  const open = jest.fn(() => ({ afterClosed: () => of(dialogAnswer) }));
  TestBed.configureTestingModule({
    providers: [
      importProvidersFrom(MatIconTestingModule),
      provideRouter([]),
      { provide: Apollo, useValue: { query, mutate } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(ApiTokensPage);
  fixture.componentRef.setInput('orgId', 'org-1');
  fixture.detectChanges();
  fixture.detectChanges();
  return { fixture, query, mutate, open, el: fixture.nativeElement as HTMLElement };
}

describe('ApiTokensPage', () => {
  it('lists the organization tokens and the personal ones for an administrator, with kind, scopes, clients, creator, expiry and last use', () => {
    const { el, query } = setup('ADMIN');
    expect(query.mock.calls.filter((c) => c[0].query === ApiTokensDocument).map((c) => c[0].variables.kind)).toEqual(['ORGANIZATION', 'PERSONAL']);
    const rows = Array.from(el.querySelectorAll('[data-testid=api-token-row]'));
    expect(rows.map((r) => text(r.querySelector('[data-testid=api-token-name]')))).toEqual(['CRM sync', 'Old invoicing job', 'My laptop']);
    const crm = rows[0];
    expect(text(crm)).toContain('Organization token');
    expect(text(crm.querySelector('[data-testid=api-token-scopes]'))).toBe('Read everything');
    expect(text(crm.querySelector('[data-testid=api-token-clients]'))).toBe('Léa Rossi');
    expect(text(crm)).toContain('by Sara Rochat');
    expect(text(crm.querySelector('[data-testid=api-token-expiry]'))).toMatch(/^in 89 days \(/);
    expect(text(crm.querySelector('[data-testid=api-token-last-used]'))).toBe('5 minutes ago from 203.0.113.0');
    expect(text(rows[2])).toContain('Personal token');
  });

  it('greys a revoked token, says when, and offers neither rotation nor revocation for it', () => {
    const { el } = setup('ADMIN');
    const revoked = el.querySelector('[data-token-id=o2]') as HTMLElement;
    expect(revoked.classList).toContain('inactive');
    expect(text(revoked.querySelector('[data-testid=api-token-expiry]'))).toMatch(/^2 days ago \(/);
    expect(revoked.querySelector('button[aria-label^="Actions for"]')).toBeNull();
    expect(el.querySelector('[data-token-id=o1] button[aria-label="Actions for CRM sync"]')).not.toBeNull();
  });

  it('shows a user only their personal tokens: the organization list is never asked for', () => {
    const { el, query } = setup('USER');
    expect(query.mock.calls.filter((c) => c[0].query === ApiTokensDocument).map((c) => c[0].variables.kind)).toEqual(['PERSONAL']);
    expect(el.querySelector('[data-testid=organization-tokens]')).toBeNull();
    expect(el.querySelector('[data-testid=personal-tokens]')).not.toBeNull();
  });

  it('revokes after the confirmation and greys the row in place', async () => {
    const { fixture, el, mutate } = setup('LEGAL_RESPONSIBLE');
    await (fixture.componentInstance as unknown as { revoke(t: unknown): Promise<void> }).revoke(tokens.ORGANIZATION[0]);
    fixture.detectChanges();
    expect(mutate).toHaveBeenCalledWith(expect.objectContaining({ mutation: RevokeApiTokenDocument, variables: { input: { tokenId: 'o1' } } }));
    expect((el.querySelector('[data-token-id=o1]') as HTMLElement).dataset['status']).toBe('REVOKED');
  });

  it('does not revoke when the question is cancelled', async () => {
    const { fixture, mutate } = setup('LEGAL_RESPONSIBLE', false);
    await (fixture.componentInstance as unknown as { revoke(t: unknown): Promise<void> }).revoke(tokens.ORGANIZATION[0]);
    expect(mutate).not.toHaveBeenCalled();
  });
});
