import { ChangeDetectionStrategy, Component, Signal, input } from '@angular/core';
// Native buttons in Material's style: every page shows this, the first screen after signing in too,
// which must not load MatButton, its ripple and the CDK's a11y (about 18 kB brotli) for them.
import { Button } from '../native-form/button';
import { RouterLink } from '@angular/router';
import { injectRouteParam } from '../routing/route-param';
import { EmptyState } from '../empty-state/empty-state';
import { Skeleton } from '../skeleton/skeleton';

/** A centred card instead of the page's content: its icon, heading and one sentence. */
export interface PageCard {
  icon: string;
  heading: string;
  message: string;
}

/**
 * What `<mgr-page-state>` reads of a page's state: `pageQuery()` of web-data-access gives it (the
 * two libraries meet by shape; data-access may not import ui).
 */
export interface PageStateSource {
  readonly state: Signal<
    | { status: 'loading' | 'ready' | 'not-found' | 'error' }
    | { status: 'refused'; refusal: PageCard }
  >;
  reload(): void;
}

/** The one heading of every "not for you" page; the sentence under it says why and who may. */
export const ACCESS_REFUSED_HEADING = $localize`:@@ui.pageState.refused.heading:You do not have access to this page`;

/**
 * The refusal card of a page: the one heading, the page's icon and its reason.
 *
 * @example
 * const NOT_FOR_YOUR_ROLE = accessRefused('group', 'External members do not see the other people of the organization.');
 */
export function accessRefused(icon: string, message: string): PageCard {
  return { icon, heading: ACCESS_REFUSED_HEADING, message };
}

/** The not-found card of every organization page: never a hint that the organization exists. */
export const ORGANIZATION_NOT_FOUND: PageCard = {
  icon: 'business',
  heading: $localize`:@@ui.pageState.organizationNotFound.heading:Organization not found`,
  message: $localize`:@@ui.pageState.organizationNotFound.message:This organization does not exist or you do not have access to it.`,
};

/**
 * Every state of a page but "ready": the skeleton rows while loading, the not-found card, the refusal card and
 * the failure card with "Try again". It shows nothing once the data is there; the page shows its
 * content under `@if (page.data(); as data)`. `inline` is for the public pages' narrow column
 * (a line and a button instead of a card). A page with a not-found of its own (a link that no
 * longer works) projects it as `pageNotFound`; an action under the refusal card as `pageRefusalAction`.
 *
 * @example
 * <mgr-page-state [page]="page" loading="Loading the members" failure="The members could not be loaded." />
 * @if (page.data(); as org) { ... }
 */
@Component({
  selector: 'mgr-page-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Button, RouterLink, Skeleton, EmptyState],
  template: `
    @let state = page().state();
    @switch (state.status) {
      @case ('loading') {
        <mgr-skeleton [label]="loading()" [rows]="inline() ? 3 : 6" />
      }
      @case ('not-found') {
        <ng-content select="[pageNotFound]">
          <mgr-empty-state [icon]="notFound().icon" [heading]="notFound().heading" [message]="notFound().message">
            <a mgrButton="outlined" routerLink="/" data-testid="page-way-back" i18n="@@ui.pageState.notFound.back">Go to my organizations</a>
          </mgr-empty-state>
        </ng-content>
      }
      @case ('refused') {
        @if (state.status === 'refused') {
          <mgr-empty-state [icon]="state.refusal.icon" [heading]="state.refusal.heading" [message]="state.refusal.message">
            <ng-content select="[pageRefusalAction]" />
            <!-- Never a dead end: back to what the viewer may see of this organization. -->
            <a mgrButton="outlined" [routerLink]="orgId() ? ['/org', orgId()] : '/'" data-testid="page-way-back" i18n="@@ui.pageState.refused.back">Back to the dashboard</a>
          </mgr-empty-state>
        }
      }
      @case ('error') {
        @if (inline()) {
          <p class="failure" role="alert">{{ failure() }}</p>
          <button mgrButton="outlined" type="button" (click)="page().reload()" i18n="@@ui.pageState.retry">Try again</button>
        } @else {
          <mgr-empty-state icon="error" heading="Something went wrong" i18n-heading="@@ui.pageState.failure.heading" [message]="failure()">
            <button mgrButton="outlined" type="button" (click)="page().reload()" i18n="@@ui.pageState.retry">Try again</button>
          </mgr-empty-state>
        }
      }
    }
  `,
  styles: `
    /* No box of its own: the page lays out the skeleton or the card as if it were its own child. */
    :host {
      display: contents;
    }
    .failure {
      margin: 0 0 12px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class PageStateView {
  readonly page = input.required<PageStateSource>();
  /** The skeleton's accessible name ("Loading the members"). */
  readonly loading = input($localize`:@@ui.loading:Loading`);
  /** The failure card's sentence ("The members could not be loaded."). */
  readonly failure = input.required<string>();
  readonly notFound = input<PageCard>(ORGANIZATION_NOT_FOUND);
  readonly inline = input(false);
  protected readonly orgId = injectRouteParam('orgId');
}
