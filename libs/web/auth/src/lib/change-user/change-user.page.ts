import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatTooltip } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { ColorScheme } from '@manager/web-data-access/fetch';
import { Avatar } from '@manager/web-ui';
import { Icon } from '@manager/web-ui/icons';
import { AuthLayout } from '../auth-layout/auth-layout';
import { RememberedAccount, RememberedAccountsStore } from '../remembered-accounts/remembered-accounts.store';

/**
 * "Change user", as in the reference Manager: the accounts used on this device (name and email
 * only), each leading to the login form pre-filled with its email, or a fresh login.
 */
@Component({
  selector: 'mgr-change-user-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AuthLayout, Avatar, MatButton, MatIconButton, Icon, MatTooltip],
  templateUrl: './change-user.page.html',
  styleUrl: './change-user.page.scss',
})
export class ChangeUserPage {
  private readonly router = inject(Router);
  private readonly store = inject(RememberedAccountsStore);
  protected readonly accounts = this.store.accounts;
  protected readonly chooseSubheading = $localize`:@@auth.changeUser.chooseSubheading:Choose an account to log in with.`;
  protected readonly emptySubheading = $localize`:@@auth.changeUser.emptySubheading:No account has been used on this device yet.`;

  constructor() {
    inject(ColorScheme).followSystem();
  }

  protected choose(account: RememberedAccount): void {
    void this.router.navigate(['/login'], { queryParams: { email: account.email } });
  }

  protected useAnotherAccount(): void {
    void this.router.navigate(['/login']);
  }

  protected forgetLabel(email: string): string {
    return $localize`:@@auth.changeUser.forgetLabel:Remove ${email}:email: from this device`;
  }

  protected forget(account: RememberedAccount): void {
    this.store.remove(account.email);
  }
}
