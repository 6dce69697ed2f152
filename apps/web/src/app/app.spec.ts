import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { App } from './app';

@Component({ template: 'page' })
class Page {}

describe('App', () => {
  it('renders the router outlet and the footer, and the frame skeleton until the first navigation ends; every page is lazy', async () => {
    await TestBed.configureTestingModule({ imports: [App], providers: [provideRouter([{ path: '**', component: Page }])] }).compileComponents();
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('router-outlet')).not.toBeNull();
    expect(root.querySelector('mgr-site-footer')).not.toBeNull();
    expect(root.querySelector('[data-testid="shell-skeleton"]')?.getAttribute('aria-label')).toBe('Loading the Manager');

    await TestBed.inject(Router).navigateByUrl('/org/1');
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="shell-skeleton"]')).toBeNull();
    expect(root.textContent).toContain('page');
  });
});
