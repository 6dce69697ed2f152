import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ExportDialog, type ExportDialogData } from './export-dialog';

const encoder = new TextEncoder();

function setup(data: Partial<ExportDialogData> = {}) {
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: { organizationId: 'org-1', organizationName: 'Pixel Partners', types: ['INVOICES', 'COMMISSIONS'], ...data } },
      { provide: MatDialogRef, useValue: { close, disableClose: false } },
    ],
  });
  const fixture = TestBed.createComponent(ExportDialog);
  fixture.detectChanges();
  const dialog = fixture.componentInstance as unknown as {
    submit(): Promise<void>;
    preset: { set(v: string): void };
    customFrom: { set(v: string): void };
    customLast: { set(v: string): void };
  };
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  return { fixture, dialog, close, text };
}

function answer(response: unknown) {
  const fetchFn = jest.fn(() => Promise.resolve(response));
  (globalThis as { fetch?: unknown }).fetch = fetchFn;
  return fetchFn;
}

describe('ExportDialog', () => {
  afterEach(() => delete (globalThis as { fetch?: unknown }).fetch);

  it('refuses a custom period that ends before it starts, without asking the API', async () => {
    const fetchFn = answer({});
    const { fixture, dialog, text } = setup();
    dialog.preset.set('CUSTOM');
    dialog.customFrom.set('2026-03-10');
    dialog.customLast.set('2026-03-01');
    await dialog.submit();
    fixture.detectChanges();
    expect(text()).toContain('The last day cannot come before the first day.');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('sends the selected clients and the exclusive end, and closes with the saved file', async () => {
    const body = encoder.encode('a\n1\n2\n');
    let read = false;
    const fetchFn = answer({
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name === 'content-disposition' ? 'attachment; filename="pixel-invoices.csv"' : null) },
      body: { getReader: () => ({ read: () => Promise.resolve(read ? { done: true } : ((read = true), { done: false, value: body })) }) },
    });
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { dialog, close } = setup({ clients: { ids: ['c1', 'c2'], count: 2 } });
    dialog.preset.set('CUSTOM');
    dialog.customFrom.set('2026-01-01');
    dialog.customLast.set('2026-03-31');
    await dialog.submit();
    const [, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toMatchObject({ organizationId: 'org-1', type: 'INVOICES', format: 'CSV', from: '2026-01-01', to: '2026-04-01', clientIds: ['c1', 'c2'] });
    expect(click).toHaveBeenCalled();
    expect(close).toHaveBeenCalledWith({ fileName: 'pixel-invoices.csv', rows: 2 });
    click.mockRestore();
  });

  it('shows a refusal of the API beside the field it names', async () => {
    answer({ ok: false, status: 400, body: null, headers: { get: () => null }, json: () => Promise.resolve({ code: 'BAD_USER_INPUT', message: 'A file covers at most 24 months.', field: 'to' }) });
    const { fixture, dialog, close, text } = setup();
    await dialog.submit();
    fixture.detectChanges();
    expect(close).not.toHaveBeenCalled();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="export-to-error"]')?.textContent).toContain('A file covers at most 24 months.');
    expect(text()).not.toContain('cannot be reached');
  });
});
