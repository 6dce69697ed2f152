import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { App } from './app';

@Component({ template: 'page' })
class Page {}

/** Lets the root's `import()` of the skeleton settle, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('App', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  async function createApp() {
    await TestBed.configureTestingModule({ imports: [App], providers: [provideRouter([{ path: '**', component: Page }])] }).compileComponents();
    const fixture = TestBed.createComponent(App);
    await settle(fixture);
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('renders the router outlet and the footer, and the frame skeleton until the first navigation ends; every page is lazy', async () => {
    history.replaceState(null, '', '/org/1');
    const { fixture, root } = await createApp();
    expect(root.querySelector('router-outlet')).not.toBeNull();
    expect(root.querySelector('mgr-site-footer')).not.toBeNull();
    expect(root.querySelector('[data-testid="shell-skeleton"]')?.getAttribute('aria-label')).toBe('Loading the Manager');

    await TestBed.inject(Router).navigateByUrl('/org/1');
    await settle(fixture);
    expect(root.querySelector('[data-testid="shell-skeleton"]')).toBeNull();
    expect(root.textContent).toContain('page');
  });

  it('shows no frame skeleton before a signed-out page such as the login screen', async () => {
    history.replaceState(null, '', '/login');
    const { root } = await createApp();
    expect(root.querySelector('[data-testid="shell-skeleton"]')).toBeNull();
    expect(root.querySelector('mgr-site-footer')).not.toBeNull();
  });

  it('translates nothing while its files load: main.ts bundles them, and evaluates them, before the translations arrive', async () => {
    const localize = globalThis.$localize;
    globalThis.$localize = Object.assign(
      () => {
        throw new Error('$localize at the top level of a file the initial chunk holds: it would stay in English');
      },
      { locale: localize.locale },
    ) as unknown as typeof $localize;
    try {
      await jest.isolateModulesAsync(async () => {
        await import('./app');
        await import('./app.config');
      });
    } finally {
      globalThis.$localize = localize;
    }
  });
});
