import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { BlockPartnerApiTokenDocument, PartnerApiAccessDocument, UnblockPartnerApiTokenDocument } from '@manager/web-data-access';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { MatIconTestingModule, access, connection, text } from '../testing/token-fixtures';
import { PartnerApiAccessSection } from './partner-api-access-section';

const rows = [
  access({ tokenId: 't1', tokenName: 'CRM sync', lastUsedAt: new Date(Date.now() - 2 * 3_600_000).toISOString() }),
  access({ tokenId: 't2', tokenName: 'Invoicing', kind: 'PERSONAL', createdByName: null, blocked: true, blockedAt: new Date().toISOString() }),
];

function setup(canBlock: boolean, confirmed = true) {
  const query = jest.fn(() => of({ data: { organization: { id: 'client-1', partnerApiAccess: connection(rows) } } }));
  const mutate = jest.fn(({ mutation, variables }) => {
    const blocked = mutation === BlockPartnerApiTokenDocument;
    const row = { ...rows.find((r) => r.tokenId === variables.input.tokenId), blocked, blockedAt: blocked ? new Date().toISOString() : null };
    return of({ data: blocked ? { blockPartnerApiToken: { access: row } } : { unblockPartnerApiToken: { access: row } } });
  });
  const open = jest.fn(() => ({ afterClosed: () => of(confirmed) }));
  TestBed.configureTestingModule({
    providers: [
      importProvidersFrom(MatIconTestingModule),
      { provide: Apollo, useValue: { query, mutate } },
      { provide: MatDialog, useValue: { open } },
      { provide: MatSnackBar, useValue: { open: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(PartnerApiAccessSection);
  fixture.componentRef.setInput('organizationId', 'client-1');
  fixture.componentRef.setInput('canBlock', canBlock);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const button = (tokenId: string, label: string) =>
    Array.from(el.querySelectorAll(`[data-token-id=${tokenId}] button`)).find((b) => text(b) === label) as HTMLButtonElement | undefined;
  return { fixture, el, query, mutate, open, button };
}

describe('PartnerApiAccessSection', () => {
  it("lists each partner token with the partner, its name, scopes, creator and last use on this organization", () => {
    const { el, query } = setup(true);
    expect(query).toHaveBeenCalledWith(expect.objectContaining({ query: PartnerApiAccessDocument, variables: { id: 'client-1', first: 20, after: null } }));
    const [crm, invoicing] = Array.from(el.querySelectorAll('[data-testid=api-access-row]'));
    expect(text(crm)).toContain('Pixel Partners · Organization token');
    expect(text(crm)).toContain('Read: Products');
    expect(text(crm)).toContain('Sara Rochat');
    expect(text(crm.querySelector('[data-testid=api-access-last-used]'))).toMatch(/^2 hours ago \(/);
    expect(text(invoicing)).toContain('Blocked');
    expect(text(invoicing.querySelector('[data-testid=api-access-last-used]'))).toBe('Never');
  });

  it('blocks after the confirmation, and unblocks at once', async () => {
    const { fixture, mutate, open, button } = setup(true);
    button('t1', 'Block')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(open).toHaveBeenCalledTimes(1);
    expect(mutate).toHaveBeenCalledWith(expect.objectContaining({ mutation: BlockPartnerApiTokenDocument, variables: { input: { organizationId: 'client-1', tokenId: 't1' } } }));
    expect(button('t1', 'Unblock')).toBeDefined();

    button('t2', 'Unblock')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(mutate).toHaveBeenLastCalledWith(expect.objectContaining({ mutation: UnblockPartnerApiTokenDocument }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(button('t2', 'Block')).toBeDefined();
  });

  it('keeps the token when the block is cancelled, and offers no button to an administrator', async () => {
    const cancelled = setup(true, false);
    cancelled.button('t1', 'Block')?.click();
    await cancelled.fixture.whenStable();
    expect(cancelled.mutate).not.toHaveBeenCalled();
    TestBed.resetTestingModule();
    const { el } = setup(false);
    expect(el.querySelectorAll('[data-testid=api-access-row] button')).toHaveLength(0);
  });
});
