import { TestBed } from '@angular/core/testing';
import { Apollo } from 'apollo-angular';
import { of } from 'rxjs';
import { ThemeService } from './theme.service';

describe('ThemeService', () => {
  const root = document.documentElement;
  let mutate: jest.Mock;

  beforeEach(() => {
    root.style.colorScheme = '';
    mutate = jest.fn(() =>
      of({ data: { updateThemePreference: { user: { id: 'u1', themePreference: 'DARK' } } } }),
    );
    TestBed.configureTestingModule({ providers: [ThemeService, { provide: Apollo, useValue: { mutate } }] });
  });

  it('pins light or dark on the root element', () => {
    const theme = TestBed.inject(ThemeService);
    theme.apply('LIGHT');
    expect(root.style.colorScheme).toBe('light');
    theme.apply('DARK');
    expect(root.style.colorScheme).toBe('dark');
  });

  it('AUTO removes the pin so the stylesheet (light dark) follows the OS', () => {
    const theme = TestBed.inject(ThemeService);
    theme.apply('DARK');
    theme.apply('AUTO');
    expect(root.style.colorScheme).toBe('');
    expect(root.getAttribute('style') ?? '').not.toContain('color-scheme');
  });

  it('followSystem clears any override', () => {
    const theme = TestBed.inject(ThemeService);
    theme.apply('LIGHT');
    theme.followSystem();
    expect(root.style.colorScheme).toBe('');
  });

  it('touches nothing but color-scheme (no theme classes)', () => {
    const theme = TestBed.inject(ThemeService);
    const classes = root.className;
    theme.apply('DARK');
    expect(root.className).toBe(classes);
  });

  it('save applies at once and stores the choice on the account', (done) => {
    const theme = TestBed.inject(ThemeService);
    theme.save('DARK', 'u1').subscribe((saved) => {
      expect(saved).toBe('DARK');
      done();
    });
    expect(root.style.colorScheme).toBe('dark');
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.calls[0][0].variables).toEqual({ input: { themePreference: 'DARK' } });
  });
});
