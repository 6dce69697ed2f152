import { CsvRecordCounter, ExportError, fetchExport, fileNameOf } from './export-download';

const encoder = new TextEncoder();

/** A fetch that answers with a body streamed in the given chunks (jsdom has no Response: the parts fetchExport reads). */
function streaming(chunks: string[], headers: Record<string, string> = {}) {
  let index = 0;
  const body = {
    getReader: () => ({
      read: () => Promise.resolve(index < chunks.length ? { done: false, value: encoder.encode(chunks[index++]) } : { done: true, value: undefined }),
    }),
  };
  const response = { ok: true, status: 200, body, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } };
  return jest.fn(() => Promise.resolve(response)) as unknown as jest.MockedFunction<typeof fetch>;
}

function refusing(status: number, body: unknown) {
  const response = { ok: false, status, body: null, headers: { get: () => 'application/json' }, json: () => Promise.resolve(body) };
  return jest.fn(() => Promise.resolve(response)) as unknown as typeof fetch;
}

const request = { organizationId: 'o1', type: 'INVOICES' as const, format: 'CSV' as const, from: '2026-01-01', to: '2026-04-01' };

describe('fetchExport', () => {
  it('POSTs the request as same-origin JSON and reports bytes and rows as they stream', async () => {
    const fetchFn = streaming(['number,client\n2026-000001,A', 'cme\n2026-000002,"Line\nbreak"\n'], {
      'content-disposition': `attachment; filename="invoices.csv"; filename*=UTF-8''Pixel%20Partners%20invoices%202026-Q1.csv`,
      'content-type': 'text/csv; charset=utf-8',
    });
    const seen: number[] = [];
    const file = await fetchExport({ ...request, clientIds: ['c1'] }, { fetchFn, onProgress: (p) => seen.push(p.rows) });
    const [uri, init] = fetchFn.mock.calls[0] as [string, RequestInit];
    expect(uri).toBe('/exports');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({ ...request, clientIds: ['c1'] });
    expect(seen).toEqual([1, 2]);
    expect(file).toMatchObject({ fileName: 'Pixel Partners invoices 2026-Q1.csv', rows: 2 });
    expect(file.blob.size).toBe(encoder.encode('number,client\n2026-000001,Acme\n2026-000002,"Line\nbreak"\n').byteLength);
  });

  it('rejects with the refusal and its field', async () => {
    const failure = await fetchExport(request, { fetchFn: refusing(400, { code: 'BAD_USER_INPUT', message: 'One file covers at most 24 months.', field: 'to' }) }).catch((e) => e);
    expect(failure).toBeInstanceOf(ExportError);
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', message: 'One file covers at most 24 months.' });
  });

  it('takes a body that is no refusal for a failure to reach the API', async () => {
    const failure = await fetchExport(request, { fetchFn: refusing(502, '<html>') }).catch((e) => e);
    expect(failure).toMatchObject({ code: 'HTTP_502' });
  });

  it('lets an abort through as it is', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const fetchFn = jest.fn(() => Promise.reject(abort)) as unknown as typeof fetch;
    await expect(fetchExport(request, { fetchFn })).rejects.toBe(abort);
  });
});

describe('CsvRecordCounter', () => {
  it('counts records, not line feeds inside quotes, nor the header', () => {
    const counter = new CsvRecordCounter();
    counter.add(encoder.encode('a,b\r\n"x ""quoted""\nstill x",1\r\nlast,2'));
    expect(counter.records()).toBe(2);
  });

  it('is zero for a header alone or nothing', () => {
    const counter = new CsvRecordCounter();
    expect(counter.records()).toBe(0);
    counter.add(encoder.encode('a,b\n'));
    expect(counter.records()).toBe(0);
  });
});

describe('fileNameOf', () => {
  it('reads the plain and the extended parameter, keeping a name only', () => {
    expect(fileNameOf('attachment; filename="a \\"b\\".csv"')).toBe('a "b".csv');
    expect(fileNameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameOf(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`)).toBe('passwd');
    expect(fileNameOf(null)).toBe('export.csv');
  });
});
