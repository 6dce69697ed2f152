import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Icon } from '@manager/web-ui/icons';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { API_TOKEN_RULES, type ApiTokenKind } from '@manager/domain';
import {
  type ApiTokenRowFragment,
  ApiTokensDocument,
  ApiTokensPageDocument,
  RevokeApiTokenDocument,
  apiError,
  pageQuery,
} from '@manager/web-data-access';
import { KeysetList, PageHeader, PageStateView, accessRefused } from '@manager/web-ui';
import { ConfirmDialog, type ConfirmDialogData } from '@manager/web-ui/dialogs';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { choosesClients, mayHaveTokens, mayManageOrganizationTokens } from '../shared/token-access';
import { NOT_A_MEMBER_REASON, UNREACHABLE } from '../shared/token-vocabulary';
import { ApiTokenList } from './api-token-list';
import { RotateTokenDialog, type RotateTokenDialogData } from './rotate-token-dialog';

export const API_TOKENS_PAGE_SIZE = 20;

const NOT_A_MEMBER = accessRefused('key', NOT_A_MEMBER_REASON);

/**
 * The organization's API tokens (`/org/:orgId/api-tokens`): the organization's own tokens for its
 * legal responsible and administrators, and the viewer's personal tokens; each rotates and
 * revokes here. Expired and revoked tokens stay listed, greyed, for 90 days (the API's rule).
 */
@Component({
  selector: 'mgr-api-tokens-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, Icon, PageStateView, PageHeader, ApiTokenList],
  templateUrl: './api-tokens.page.html',
  styleUrl: './api-tokens.page.scss',
})
export class ApiTokensPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  readonly orgId = input.required<string>();

  protected readonly organizationTokens = this.tokenList('ORGANIZATION');
  protected readonly personalTokens = this.tokenList('PERSONAL');
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) => this.apollo.query({ query: ApiTokensPageDocument, variables: { id }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.organization)),
    refuse: (organization) => (mayHaveTokens(organization.viewerAccess) ? null : NOT_A_MEMBER),
    title: (organization) => $localize`:@@developer.apiTokens.title:API tokens · ${organization.name}:organization: · Manager`,
    onData: (organization, _id, refreshed) => {
      if (refreshed) return;
      this.organizationTokens.clear();
      this.personalTokens.clear();
      if (mayManageOrganizationTokens(organization.viewerAccess)) this.organizationTokens.reload();
      this.personalTokens.reload();
    },
  });
  protected readonly managesOrganizationTokens = computed(() => mayManageOrganizationTokens(this.page.data()?.viewerAccess));
  protected readonly showsClients = computed(() => {
    const organization = this.page.data();
    return organization ? choosesClients(organization) : false;
  });
  protected readonly listedDays = API_TOKEN_RULES.listedAfterEndDays;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.organizationTokens.destroy();
      this.personalTokens.destroy();
    });
  }

  protected async rotate(token: ApiTokenRowFragment): Promise<void> {
    const rotated = await firstValueFrom(
      this.dialog
        .open<RotateTokenDialog, RotateTokenDialogData, ApiTokenRowFragment>(RotateTokenDialog, {
          data: { token },
          injector: this.injector,
          width: '560px',
          maxWidth: 'calc(100vw - 32px)',
        })
        .afterClosed(),
    );
    if (rotated) this.replace(rotated);
  }

  protected async revoke(token: ApiTokenRowFragment): Promise<void> {
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: $localize`:@@developer.revoke.title:Revoke “${token.name}:name:”?`,
            message: $localize`:@@developer.revoke.message:Every script using it is refused from its next request, including with a secret still in a rotation grace period. This cannot be undone: a script needs a new token.`,
            confirmLabel: $localize`:@@developer.revoke.confirm:Revoke`,
            destructive: true,
          },
          injector: this.injector,
        })
        .afterClosed(),
    );
    if (!confirmed) return;
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: RevokeApiTokenDocument, variables: { input: { tokenId: token.id } } }));
      const revoked = result.data?.revokeApiToken.token;
      if (revoked) this.replace(revoked);
      this.snackBar.open($localize`:@@developer.revoke.done:“${token.name}:name:” was revoked.`, undefined, { duration: 4000 });
    } catch (e) {
      this.snackBar.open(apiError(e)?.message ?? UNREACHABLE, $localize`:@@developer.snackBar.close:Close`, { duration: 8000 });
    }
  }

  private replace(token: ApiTokenRowFragment): void {
    const list = token.kind === 'ORGANIZATION' ? this.organizationTokens : this.personalTokens;
    list.items.update((items) => items.map((t) => (t.id === token.id ? token : t)));
  }

  private tokenList(kind: ApiTokenKind): KeysetList<ApiTokenRowFragment> {
    return new KeysetList<ApiTokenRowFragment>({
      fetch: (after) =>
        this.apollo
          .query({ query: ApiTokensDocument, variables: { id: this.orgId(), kind, first: API_TOKENS_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
          .pipe(map((r) => r.data?.organization?.apiTokens)),
    });
  }
}
