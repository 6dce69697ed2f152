import { countryName } from './countries';
import { invoiceAddressLines } from './invoice-address';

const english = (code: string) => countryName(code) ?? code;

describe('invoiceAddressLines', () => {
  it("writes out the address's closing country code, and does not add the organization's country again", () => {
    expect(invoiceAddressLines('Buchhaltung\nBahnhofstrasse 12\n8001 Zürich\nCH', 'CH', english)).toEqual([
      'Buchhaltung',
      'Bahnhofstrasse 12',
      '8001 Zürich',
      'Switzerland',
    ]);
  });

  it("keeps the billing address's own country when it differs from the organization's", () => {
    expect(invoiceAddressLines('8 rue des Boulangers\n69002 Lyon\nFR', 'CH', english)).toEqual(['8 rue des Boulangers', '69002 Lyon', 'France']);
  });

  it("names the organization's country when the snapshot has no address", () => {
    expect(invoiceAddressLines('', 'FR', english)).toEqual(['France']);
    expect(invoiceAddressLines('Rue du Marché 4\n1204 Genève', 'CH', english)).toEqual(['Rue du Marché 4', '1204 Genève', 'Switzerland']);
  });
});
