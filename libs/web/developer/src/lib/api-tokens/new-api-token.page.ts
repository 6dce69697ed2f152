import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { Icon } from '@manager/web-ui/icons';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { API_TOKEN_PREFIXES, API_TOKEN_RULES, type ApiTokenKind } from '@manager/domain';
import { type ApiTokenRowFragment, ApiTokensPageDocument, CreateApiTokenDocument, apiError, pageQuery } from '@manager/web-data-access';
import { LocalDatePipe, PageStateView, accessRefused } from '@manager/web-ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { SecretReveal } from '../shared/secret-reveal';
import { choosesClients, mayHaveTokens, mayManageOrganizationTokens } from '../shared/token-access';
import { NOT_A_MEMBER_REASON, UNREACHABLE, defaultScopeChoices, scopesInput } from '../shared/token-vocabulary';
import { ApiTokenRow } from './api-token-row';
import { ScopeChoices } from './scope-choices';
import { type ChosenClient, TokenClientPicker } from './token-client-picker';

/** The lifetimes offered, in days: the API's default (90) preselected, its maximum (365) last. */
export const EXPIRY_CHOICES: readonly number[] = [7, 30, 60, API_TOKEN_RULES.defaultExpiresInDays, 180, API_TOKEN_RULES.maxExpiresInDays];

const NOT_A_MEMBER = accessRefused('key', NOT_A_MEMBER_REASON);
const DAY_MS = 86_400_000;

/** The day a token created now for `days` days expires, as an instant the date pipe shows. */
export function expiryDate(days: number, now: number = Date.now()): string {
  return new Date(now + days * DAY_MS).toISOString();
}

/**
 * "Create a token" (`/org/:orgId/api-tokens/new`): name, owner (organization or personal),
 * permissions per resource, the clients it reaches (partners), its lifetime, the password; then
 * the token's text, once.
 */
@Component({
  selector: 'mgr-new-api-token-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    // FormsModule for ngSubmit on <form> (NgForm); the fields are reactive controls.
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    Icon,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    PageStateView,
    LocalDatePipe,
    ScopeChoices,
    TokenClientPicker,
    SecretReveal,
    ApiTokenRow,
  ],
  templateUrl: './new-api-token.page.html',
  styleUrl: './new-api-token.page.scss',
})
export class NewApiTokenPage {
  private readonly apollo = inject(Apollo);

  readonly orgId = input.required<string>();

  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) => this.apollo.query({ query: ApiTokensPageDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.organization)),
    refuse: (organization) => (mayHaveTokens(organization.viewerAccess) ? null : NOT_A_MEMBER),
    title: (organization) => $localize`:@@developer.newToken.title:Create an API token · ${organization.name}:organization: · Manager`,
    onData: (organization) => this.kind.set(mayManageOrganizationTokens(organization.viewerAccess) ? 'ORGANIZATION' : 'PERSONAL'),
  });
  protected readonly managesOrganizationTokens = computed(() => mayManageOrganizationTokens(this.page.data()?.viewerAccess));
  protected readonly offersClients = computed(() => {
    const organization = this.page.data();
    return organization ? choosesClients(organization) : false;
  });

  protected readonly maxName = API_TOKEN_RULES.nameMaxLength;
  protected readonly expiryChoices = EXPIRY_CHOICES;
  protected readonly name = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(API_TOKEN_RULES.nameMaxLength)] });
  protected readonly expiresInDays = new FormControl<number>(API_TOKEN_RULES.defaultExpiresInDays, { nonNullable: true });
  protected readonly password = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly kind = signal<ApiTokenKind>('PERSONAL');
  protected readonly scopes = signal(defaultScopeChoices());
  protected readonly clientSelection = signal<'ALL' | 'SELECTED'>('ALL');
  protected readonly clients = signal<ChosenClient[]>([]);
  protected readonly expiryDays = toSignal(this.expiresInDays.valueChanges, { initialValue: this.expiresInDays.value });
  protected readonly expiresOn = computed(() => expiryDate(this.expiryDays()));

  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly scopesError = signal<string | null>(null);
  protected readonly clientsError = signal<string | null>(null);
  protected readonly created = signal<{ token: ApiTokenRowFragment; secret: string } | null>(null);
  protected readonly prefix = computed(() => API_TOKEN_PREFIXES[this.created()?.token.kind ?? this.kind()]);
  private readonly createdHeading = viewChild<ElementRef<HTMLElement>>('createdHeading');

  constructor() {
    // The secret replaces the form: move the focus to its heading so a screen reader announces it.
    effect(() => this.createdHeading()?.nativeElement.focus());
  }

  /** What stops the form before the API is asked: the messages under the permissions and the clients. */
  private checkChoices(): boolean {
    const noScope = scopesInput(this.scopes()).length === 0;
    this.scopesError.set(noScope ? $localize`:@@developer.newToken.scopes.required:Give the token at least one permission.` : null);
    const noClient = this.offersClients() && this.clientSelection() === 'SELECTED' && this.clients().length === 0;
    this.clientsError.set(noClient ? $localize`:@@developer.newToken.clients.required:Choose at least one client, or all clients.` : null);
    return !noScope && !noClient;
  }

  protected async create(): Promise<void> {
    this.submitted.set(true);
    this.name.markAsTouched();
    this.password.markAsTouched();
    const choicesOk = this.checkChoices();
    if (this.name.invalid || this.password.invalid || !choicesOk || this.saving()) return;
    const selection = this.offersClients() ? this.clientSelection() : 'ALL';
    this.saving.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateApiTokenDocument,
          variables: {
            input: {
              organizationId: this.orgId(),
              kind: this.kind(),
              name: this.name.value.trim(),
              scopes: scopesInput(this.scopes()),
              clientSelection: selection,
              clientOrganizationIds: selection === 'SELECTED' ? this.clients().map((c) => c.id) : null,
              expiresInDays: this.expiresInDays.value,
              password: this.password.value,
            },
          },
        }),
      );
      const payload = result.data?.createApiToken;
      if (!payload) throw new Error('no payload');
      this.password.reset();
      this.created.set({ token: payload.token, secret: payload.secret });
    } catch (e) {
      this.showProblem(e);
    } finally {
      this.saving.set(false);
    }
  }

  private showProblem(e: unknown): void {
    const problem = apiError(e);
    const message = problem?.message ?? UNREACHABLE;
    switch (problem?.extensions['field']) {
      case 'name':
        return this.name.setErrors({ server: message });
      case 'password':
        return this.password.setErrors({ server: message });
      case 'scopes':
        return this.scopesError.set(message);
      case 'clientOrganizationIds':
        return this.clientsError.set(message);
      default:
        this.error.set(message);
    }
  }

  protected setScopes(value: ReturnType<typeof defaultScopeChoices>): void {
    this.scopes.set(value);
    if (this.submitted()) this.checkChoices();
  }

  protected setClients(value: ChosenClient[]): void {
    this.clients.set(value);
    if (this.submitted()) this.checkChoices();
  }

  protected setClientSelection(value: 'ALL' | 'SELECTED'): void {
    this.clientSelection.set(value);
    if (this.submitted()) this.checkChoices();
  }
}
