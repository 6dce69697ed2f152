import { ChangeDetectionStrategy, Component, DestroyRef, Injector, OnInit, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Icon } from '@manager/web-ui/icons';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  BlockPartnerApiTokenDocument,
  PartnerApiAccessDocument,
  type PartnerApiAccessRowFragment,
  UnblockPartnerApiTokenDocument,
  apiError,
} from '@manager/web-data-access';
import { EmptyState, KeysetList, LoadMore, LocalDatePipe, RelativeTimePipe, Skeleton } from '@manager/web-ui';
import { ConfirmDialog, type ConfirmDialogData } from '@manager/web-ui/dialogs';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { TokenStatusChip } from '../shared/token-status-chip';
import { TOKEN_KIND_LABELS, scopeSummary, UNREACHABLE } from '../shared/token-vocabulary';

export const PARTNER_API_ACCESS_PAGE_SIZE = 20;

/**
 * Client side, on the Partners tab: "API access", every partner token that can reach the
 * organization now (blocked ones included), with what it may do and when it last came here. The
 * legal responsible blocks a token for this organization only, without ending the partnership.
 */
@Component({
  selector: 'mgr-partner-api-access',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, Icon, EmptyState, Skeleton, LoadMore, LocalDatePipe, RelativeTimePipe, TokenStatusChip],
  host: { role: 'region', 'aria-labelledby': 'api-access-heading', 'data-testid': 'api-access' },
  templateUrl: './partner-api-access-section.html',
  styleUrl: './partner-api-access-section.scss',
})
export class PartnerApiAccessSection implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  /** The client organization. */
  readonly organizationId = input.required<string>();
  /** The viewer may block and unblock (PARTNERS_MANAGE: the legal responsible). */
  readonly canBlock = input(false);

  protected readonly busyId = signal<string | null>(null);
  protected readonly kindLabels = TOKEN_KIND_LABELS;
  protected readonly scopeSummary = scopeSummary;
  protected readonly access = new KeysetList<PartnerApiAccessRowFragment>({
    key: (row) => row.tokenId,
    fetch: (after) =>
      this.apollo
        .query({
          query: PartnerApiAccessDocument,
          variables: { id: this.organizationId(), first: PARTNER_API_ACCESS_PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.organization?.partnerApiAccess)),
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.access.destroy());
  }

  ngOnInit(): void {
    this.access.reload();
  }

  protected async block(row: PartnerApiAccessRowFragment): Promise<void> {
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
          data: {
            title: $localize`:@@developer.partnerAccess.block.title:Block “${row.tokenName}:token:” of ${row.partnerName}:partner:?`,
            message: $localize`:@@developer.partnerAccess.block.message:From its next request, this token no longer reaches your organization. ${row.partnerName}:partner: keeps its access in the Manager, and its other tokens keep working. You can unblock it later.`,
            confirmLabel: $localize`:@@developer.partnerAccess.block.confirm:Block`,
            destructive: true,
          },
          injector: this.injector,
        })
        .afterClosed(),
    );
    if (confirmed) await this.setBlocked(row, true);
  }

  protected unblock(row: PartnerApiAccessRowFragment): Promise<void> {
    return this.setBlocked(row, false);
  }

  private async setBlocked(row: PartnerApiAccessRowFragment, blocked: boolean): Promise<void> {
    this.busyId.set(row.tokenId);
    const input = { organizationId: this.organizationId(), tokenId: row.tokenId };
    try {
      const updated = blocked
        ? (await firstValueFrom(this.apollo.mutate({ mutation: BlockPartnerApiTokenDocument, variables: { input } }))).data?.blockPartnerApiToken.access
        : (await firstValueFrom(this.apollo.mutate({ mutation: UnblockPartnerApiTokenDocument, variables: { input } }))).data?.unblockPartnerApiToken.access;
      if (updated) this.access.items.update((items) => items.map((r) => (r.tokenId === updated.tokenId ? updated : r)));
      const done = blocked
        ? $localize`:@@developer.partnerAccess.blocked:“${row.tokenName}:token:” is blocked for your organization.`
        : $localize`:@@developer.partnerAccess.unblocked:“${row.tokenName}:token:” reaches your organization again.`;
      this.snackBar.open(done, undefined, {
        duration: 4000,
      });
    } catch (e) {
      this.snackBar.open(apiError(e)?.message ?? UNREACHABLE, $localize`:@@developer.snackBar.close:Close`, { duration: 8000 });
    } finally {
      this.busyId.set(null);
    }
  }
}
