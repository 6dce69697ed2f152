import { clearTranslations, loadTranslations } from '@angular/localize';
import { TestBed } from '@angular/core/testing';
import { ProductScopePicker } from './product-scope-picker';

const french: Record<string, string> = require('../../i18n/partners.fr.json');

const products = [
  { id: '1', name: 'example.ch', category: 'DOMAIN' },
  { id: '2', name: 'shop.example.ch', category: 'DOMAIN' },
];

function render(selected: string[]): HTMLElement {
  const fixture = TestBed.createComponent(ProductScopePicker);
  fixture.componentRef.setInput('products', products);
  fixture.componentRef.setInput('selected', selected);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

// Angular reads a template's messages once, when it first renders the component: the translations
// are loaded before, as the app does before bootstrap (so this file renders French only).
describe('ProductScopePicker in French', () => {
  beforeAll(() => loadTranslations(french));
  afterAll(() => clearTranslations());

  it('counts the ticked products with the ICU plural of partners.fr.json', () => {
    expect(render(['1', '2']).querySelector('[data-testid="scope-summary"]')?.textContent?.trim()).toBe('2 produits sélectionnés');
    expect(render(['1']).querySelector('[data-testid="scope-summary"]')?.textContent?.trim()).toBe('1 produit sélectionné');
    expect(render([]).querySelector('[aria-label="Catégories de produits"]')).not.toBeNull();
  });
});
