import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, input, model, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChip, MatChipRemove, MatChipSet } from '@angular/material/chips';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { Icon } from '@manager/web-ui/icons';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ApiTokenClientChoicesDocument, type ApiTokenClientChoicesQuery } from '@manager/web-data-access';
import { KeysetList, LoadMore } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, map, skip } from 'rxjs';

type Choice = ApiTokenClientChoicesQuery['managedClients']['edges'][number]['node'];

/** A client chosen for a token: the client organization's id and name. */
export interface ChosenClient {
  id: string;
  name: string;
}

export const CLIENT_CHOICES_PAGE_SIZE = 20;

/**
 * The clients a partner's token may reach, picked from the clients under management (searched
 * and paged by the API, so it holds at thousands of clients); the chosen ones show as chips
 * above, whatever the search shows.
 */
@Component({
  selector: 'mgr-token-client-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatCheckbox, MatChipSet, MatChip, MatChipRemove, MatFormField, MatLabel, MatPrefix, Icon, MatInput, MatProgressBar, LoadMore],
  template: `
    @if (selected().length) {
      <mat-chip-set class="chosen" aria-label="Chosen clients" i18n-aria-label="@@developer.clientPicker.chosen" data-testid="token-chosen-clients">
        @for (client of selected(); track client.id) {
          <mat-chip (removed)="toggle(client, false)">
            {{ client.name }}
            <button matChipRemove type="button" [attr.aria-label]="removeLabel(client.name)">
              <mat-icon svgIcon="close" aria-hidden="true" />
            </button>
          </mat-chip>
        }
      </mat-chip-set>
    } @else {
      <p class="hint" role="status" i18n="@@developer.clientPicker.noneChosen">No client chosen yet.</p>
    }
    <mat-form-field appearance="outline" class="search" subscriptSizing="dynamic">
      <mat-label i18n="@@developer.clientPicker.search">Search your clients</mat-label>
      <mat-icon matPrefix svgIcon="search" aria-hidden="true" />
      <input matInput type="search" autocomplete="off" [value]="search()" (input)="search.set($any($event.target).value)" data-testid="token-client-search" />
    </mat-form-field>
    @switch (choices.status()) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the clients" i18n-aria-label="@@developer.clientPicker.loading" />
      }
      @case ('error') {
        <div class="failure" role="alert">
          <span i18n="@@developer.clientPicker.failure">The clients could not be loaded.</span>
          <button mat-stroked-button type="button" (click)="choices.reload()" i18n="@@developer.retry">Try again</button>
        </div>
      }
      @default {
        @if (choices.empty()) {
          @if (search().trim(); as term) {
            <p class="hint" role="status" i18n="@@developer.clientPicker.noMatch">No client matches “{{ term // i18n(ph="SEARCH") }}”.</p>
          } @else {
            <p class="hint" role="status" i18n="@@developer.clientPicker.noClient">You manage no client yet.</p>
          }
        } @else {
          <div class="options" role="group" aria-label="Clients" i18n-aria-label="@@developer.clientPicker.options">
            @for (choice of choices.items(); track choice.organization.id) {
              <mat-checkbox [checked]="chosenIds().has(choice.organization.id)" (change)="toggle(choice.organization, $event.checked)" data-testid="token-client-option">
                {{ choice.organization.name }}
              </mat-checkbox>
            }
          </div>
          @if (choices.hasNextPage()) {
            <mgr-load-more [list]="choices" failure="Could not load more clients. Try again." i18n-failure="@@developer.clientPicker.loadMoreFailure" />
          }
        }
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .hint {
      margin: 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .search {
      inline-size: 100%;
    }
    .options {
      display: flex;
      flex-direction: column;
      max-block-size: 288px;
      overflow-y: auto;
      padding: 4px 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .failure {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      color: var(--mat-sys-error);
    }
  `,
})
export class TokenClientPicker implements OnInit {
  private readonly apollo = inject(Apollo);

  /** The partner organization whose clients are offered. */
  readonly partnerOrganizationId = input.required<string>();
  readonly selected = model<ChosenClient[]>([]);

  protected readonly search = signal('');
  protected readonly chosenIds = computed(() => new Set(this.selected().map((c) => c.id)));
  protected readonly choices = new KeysetList<Choice>({
    key: (choice) => choice.organization.id,
    fetch: (after) => {
      const search = this.search().trim();
      return this.apollo
        .query({
          query: ApiTokenClientChoicesDocument,
          variables: { partnerOrganizationId: this.partnerOrganizationId(), first: CLIENT_CHOICES_PAGE_SIZE, after, search: search || null },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.managedClients));
    },
  });

  constructor() {
    const searches = toObservable(this.search)
      .pipe(skip(1), debounceTime(300), distinctUntilChanged())
      .subscribe(() => this.choices.reload());
    inject(DestroyRef).onDestroy(() => {
      searches.unsubscribe();
      this.choices.destroy();
    });
  }

  ngOnInit(): void {
    this.choices.reload();
  }

  protected removeLabel(name: string): string {
    return $localize`:@@developer.clientPicker.remove:Remove ${name}:name:`;
  }

  protected toggle(client: ChosenClient, checked: boolean): void {
    this.selected.update((list) => {
      const without = list.filter((c) => c.id !== client.id);
      return checked ? [...without, { id: client.id, name: client.name }] : without;
    });
  }
}
