import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { BillingOwner, PartnershipAccess, PartnershipStatus } from '@manager/domain';
import { ViewerAccessLike, hasPermission } from '@manager/web-data-access';
import { Icon } from '@manager/web-ui/icons';
import { BillingOwnerDialog, BillingOwnerDialogData } from './billing-owner-dialog';

/** Who may switch the payment method: the client's legal responsible, on an ACTIVE COMPLETE partnership. */
export function canChangeBillingOwner(p: {
  side: 'CLIENT' | 'PARTNER';
  viewer: ViewerAccessLike | null | undefined;
  status: PartnershipStatus;
  access: PartnershipAccess;
  billingOwner?: BillingOwner | null;
}): boolean {
  return p.side === 'CLIENT' && hasPermission(p.viewer, 'PARTNERS_MANAGE') && p.status === 'ACTIVE' && p.access === 'COMPLETE' && !!p.billingOwner;
}

/**
 * The pencil next to "Payment method" on a partnership page (shown only to those who may switch);
 * opens the payment-method dialog and emits the new billing owner once changed.
 */
@Component({
  selector: 'mgr-billing-owner-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconButton, Icon],
  template: `
    @if (allowed()) {
      <button mat-icon-button type="button" class="inline-edit" aria-label="Change payment method" i18n-aria-label="@@billing.billingOwner.submit" data-testid="billing-owner-edit" (click)="open()">
        <mat-icon svgIcon="edit" aria-hidden="true" />
      </button>
    }
  `,
  styles: `
    :host {
      display: inline-block;
      vertical-align: middle;
    }
  `,
})
export class BillingOwnerEdit {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  readonly partnershipId = input.required<string>();
  readonly partnerName = input.required<string>();
  readonly side = input.required<'CLIENT' | 'PARTNER'>();
  /** How the viewer reaches the organization in the URL (the API's viewerAccess). */
  readonly viewer = input<ViewerAccessLike | null>(null);
  readonly status = input.required<PartnershipStatus>();
  readonly access = input.required<PartnershipAccess>();
  readonly billingOwner = input<BillingOwner | null | undefined>(null);
  readonly changed = output<BillingOwner>();

  protected readonly allowed = computed(() =>
    canChangeBillingOwner({ side: this.side(), viewer: this.viewer(), status: this.status(), access: this.access(), billingOwner: this.billingOwner() }),
  );

  protected open(): void {
    const current = this.billingOwner();
    if (!current) return;
    this.dialog
      .open<BillingOwnerDialog, BillingOwnerDialogData, BillingOwner | undefined>(BillingOwnerDialog, {
        data: { partnershipId: this.partnershipId(), partnerName: this.partnerName(), current },
        injector: this.injector,
        width: '520px',
      })
      .afterClosed()
      .subscribe((owner) => owner && this.changed.emit(owner));
  }
}
