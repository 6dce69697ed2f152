import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ACCESS_REFUSED_HEADING, PageStateSource, PageStateView, accessRefused } from './page-state';

type State = ReturnType<PageStateSource['state']>;

@Component({
  imports: [PageStateView],
  template: `
    <mgr-page-state [page]="page" loading="Loading the members" failure="The members could not be loaded." />
    <mgr-page-state [page]="page" failure="x" class="own">
      <p pageNotFound class="link-gone">This link no longer works.</p>
    </mgr-page-state>
  `,
})
class Host {
  readonly state = signal<State>({ status: 'loading' });
  reloads = 0;
  readonly page: PageStateSource = { state: this.state, reload: () => this.reloads++ };
}

function render(state: State) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.state.set(state);
  fixture.detectChanges();
  const first = fixture.nativeElement.querySelector('mgr-page-state') as HTMLElement;
  return { fixture, first, second: fixture.nativeElement.querySelector('mgr-page-state.own') as HTMLElement };
}

describe('<mgr-page-state>', () => {
  it('shows labelled skeleton rows', () => {
    const { first } = render({ status: 'loading' });
    expect(first.querySelector('mgr-skeleton[role="progressbar"]')?.getAttribute('aria-label')).toBe('Loading the members');
  });

  it('shows the organization not-found card, or the page own one', () => {
    const { first, second } = render({ status: 'not-found' });
    expect(first.querySelector('h1')?.textContent).toBe('Organization not found');
    expect(second.querySelector('.link-gone')?.textContent).toBe('This link no longer works.');
    expect(second.querySelector('h1')).toBeNull();
  });

  it('shows the refusal card with the one heading, the page reason and a way back', () => {
    const { first } = render({ status: 'refused', refusal: accessRefused('lock', 'Ask the legal responsible.') });
    expect(first.querySelector('h1')?.textContent).toBe(ACCESS_REFUSED_HEADING);
    expect(first.querySelector('p')?.textContent).toBe('Ask the legal responsible.');
    expect(first.querySelector('[data-testid="page-way-back"]')?.textContent).toBe('Back to the dashboard');
  });

  it('leads somewhere from the organization not-found card', () => {
    const { first } = render({ status: 'not-found' });
    expect(first.querySelector('[data-testid="page-way-back"]')?.getAttribute('href')).toBe('/');
  });

  it('shows the failure with a "Try again" that reloads', () => {
    const { fixture, first } = render({ status: 'error' });
    expect(first.textContent).toContain('Something went wrong');
    expect(first.textContent).toContain('The members could not be loaded.');
    (first.querySelector('button') as HTMLButtonElement).click();
    expect(fixture.componentInstance.reloads).toBe(1);
  });

  it('shows nothing once ready', () => {
    const { first } = render({ status: 'ready' });
    expect(first.textContent?.trim()).toBe('');
  });
});
