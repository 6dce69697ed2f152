import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Icon, IconRegistry, provideIcons } from './icon';

@Component({
  imports: [Icon],
  template: `<button><mat-icon svgIcon="tick" aria-hidden="true" /><mat-icon svgIcon="missing" /></button>`,
})
class Host {}

describe('Icon', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideIcons({ tick: 'M9 16.17 4.83 12z' })] }));

  it('renders a registered icon as MatIcon renders an SVG icon', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const [icon] = fixture.nativeElement.querySelectorAll('mat-icon') as HTMLElement[];
    expect(icon.className).toBe('mat-icon notranslate mat-icon-no-color');
    expect(icon.getAttribute('role')).toBe('img');
    expect(icon.getAttribute('data-mat-icon-name')).toBe('tick');
    const svg = icon.querySelector('svg') as SVGElement;
    expect(svg.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.querySelector('path')?.getAttribute('d')).toBe('M9 16.17 4.83 12z');
  });

  it('renders nothing for a name nobody registered', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const missing = fixture.nativeElement.querySelectorAll('mat-icon')[1] as HTMLElement;
    expect(missing.querySelector('svg')).toBeNull();
  });

  it('lets later registrations (a feature’s icons) add to the set', () => {
    const registry = TestBed.inject(IconRegistry);
    registry.add({ cart: 'M1 1z' });
    expect(registry.path('tick')).toBe('M9 16.17 4.83 12z');
    expect(registry.path('cart')).toBe('M1 1z');
  });
});
