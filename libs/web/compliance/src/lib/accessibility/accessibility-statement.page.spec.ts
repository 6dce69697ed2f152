import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideDisplayLocale } from '@manager/web-ui';
import { AccessibilityStatementPage } from './accessibility-statement.page';

const operator = {
  operator: { name: 'Manager Hosting SA', addressLines: ['Rue du Rhône 1', '1204 Genève', 'Switzerland'], email: 'privacy@manager-hosting.example' },
};

/** The page reads the operator's contact from GET /public/operator (config/operator.json). */
function serveOperator(status: number, body: unknown = null): void {
  // jsdom has no Response: the page reads only `ok`, `status` and `json()`.
  globalThis.fetch = jest.fn(async () => ({ ok: status < 400, status, json: async () => body })) as unknown as typeof fetch;
}

async function render(): Promise<HTMLElement> {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideDisplayLocale('en-GB')] });
  const fixture = TestBed.createComponent(AccessibilityStatementPage);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('the accessibility statement', () => {

  // First: the operator's facts are kept for the page load once fetched, a failure is not.
  it('says so when the contact cannot be loaded', async () => {
    serveOperator(503);
    const page = await render();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
  });

  it('names the standard, says plainly what is not tested and gives the operator contact', async () => {
    serveOperator(200, { ...operator, cookies: { version: 'v1', validityMonths: 6, optionalCategories: [] } });
    const page = await render();
    const text = page.textContent ?? '';
    expect(text).toContain('WCAG) 2.2');
    expect(text).toContain('partially conforms');
    expect(text).toContain('not yet been tested systematically with screen readers');
    const contact = page.querySelector('[data-testid="accessibility-contact"] a') as HTMLAnchorElement;
    expect(contact.href).toBe(`mailto:${operator.operator.email}`);
    expect(text).toContain(operator.operator.name);
  });
});
