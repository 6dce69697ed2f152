import { withClientColumn } from './billing-columns';

describe('withClientColumn', () => {
  const columns = ['number', 'date', 'client', 'total'];

  it("drops the Client column when every row is the organization's own (or there is none)", () => {
    expect(withClientColumn(columns, [{ clientName: 'Acme SA' }, { clientName: 'Acme SA' }], 'Acme SA')).toEqual(['number', 'date', 'total']);
    expect(withClientColumn(columns, [], 'Acme SA')).toEqual(['number', 'date', 'total']);
  });

  it('keeps it, in place, as soon as one row is for another organization', () => {
    expect(withClientColumn(columns, [{ clientName: 'Pixel Partners Sàrl' }, { clientName: 'Léa Rossi' }], 'Pixel Partners Sàrl')).toEqual(columns);
  });
});
