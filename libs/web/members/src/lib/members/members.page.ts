import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect, MatSelectChange } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MembershipRole } from '@manager/domain';
import {
  CancelMemberInvitationDocument,
  ChangeMemberRoleDocument,
  GrantableProductsDocument,
  InvitationFieldsFragment,
  MeDocument,
  MemberFieldsFragment,
  OrganizationMembersDocument,
  PendingInvitationsDocument,
  RemoveMemberDocument,
  ResendMemberInvitationDocument,
  TransferLegalResponsibilityDocument,
  apiError,
  pageQuery,
} from '@manager/web-data-access';
import { Avatar, CellLabel, DISPLAY_LOCALE, EmptyState, KeysetList, LoadMore, LocalDatePipe, PageHeader, PageStateView, accessRefused } from '@manager/web-ui';
import { ConfirmDialog, ConfirmDialogData } from '@manager/web-ui/dialogs';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { InviteMemberDialog, InviteMemberDialogData } from './invite-member-dialog';
import { UNREACHABLE } from '../unreachable';
import { MemberRolePipe, roleChangedMessage } from './member-role';
import { ASSIGNABLE_ROLES, MemberRowActions, memberRowActions, membersPageAccess } from './member-permissions';
import { GrantableProduct, ProductsDialog, ProductsDialogData } from './products-dialog';

type Member = MemberFieldsFragment;

export const MEMBERS_PAGE_SIZE = 25;
const NOT_FOR_YOUR_ROLE = accessRefused(
  'group',
  $localize`:@@members.notForYourRole:External members do not see the other people of the organization. Ask its legal responsible if you need to.`,
);

/**
 * The people of an organization. Everyone who may read members sees the list; the legal
 * responsible and administrators also invite, change roles, remove, grant products to external
 * members and follow pending invitations; only the legal responsible hands the responsibility on.
 */
@Component({
  selector: 'mgr-members-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    CellLabel,
    MatButton,
    MatIconButton,
    Icon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatProgressBar,
    MatSelect,
    MatOption,
    PageStateView,
    EmptyState,
    LoadMore,
    PageHeader,
    Avatar,
    MemberRolePipe,
    LocalDatePipe,
  ],
  templateUrl: './members.page.html',
  styleUrl: './members.page.scss',
})
export class MembersPage {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  /** Dialogs resolve Apollo from the page's (lazy route) injector: MatDialog itself lives in the root. */
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly locale = inject(DISPLAY_LOCALE);

  readonly orgId = input.required<string>();

  protected readonly members = new KeysetList<Member>({
    fetch: (after) =>
      this.apollo
        .query({ query: OrganizationMembersDocument, variables: { id: this.orgId(), first: MEMBERS_PAGE_SIZE, after }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.organization?.members)),
  });
  protected readonly page = pageQuery({
    key: () => this.orgId(),
    fetch: (id) =>
      this.apollo
        .query({ query: OrganizationMembersDocument, variables: { id, first: MEMBERS_PAGE_SIZE }, fetchPolicy: 'network-only' })
        .pipe(map((result) => (result.data?.organization ? { ...result.data.organization, viewerId: result.data.me?.id ?? null } : null))),
    forbidden: NOT_FOR_YOUR_ROLE,
    refuse: (organization) => (membersPageAccess(organization.viewerAccess) === 'none' ? NOT_FOR_YOUR_ROLE : null),
    title: (organization) => $localize`:@@members.pageTitle:Members · ${organization.name}:organization: · Manager`,
    onData: (organization, id) => {
      this.members.clear();
      this.members.add(organization.members);
      this.invitations.set([]);
      if (membersPageAccess(organization.viewerAccess) === 'manage') this.loadManagementData(id);
    },
  });
  protected readonly organizationName = computed(() => this.page.data()?.name ?? '');
  private readonly viewer = computed(() => this.page.data()?.viewerAccess ?? null);
  protected readonly viewerId = computed(() => this.page.data()?.viewerId ?? null);
  protected readonly invitations = signal<InvitationFieldsFragment[]>([]);
  protected readonly products = signal<GrantableProduct[]>([]);
  protected readonly busy = signal(false);

  protected readonly canManage = computed(() => membersPageAccess(this.viewer()) === 'manage');
  protected readonly columns = computed(() =>
    this.canManage() ? ['name', 'email', 'role', 'since', 'actions'] : ['name', 'email', 'role', 'since'],
  );
  protected readonly roles = ASSIGNABLE_ROLES;
  /** "1 person", "12 people": the plural the language's rules pick (one/other in our four). */
  protected readonly peopleCount = computed(() => {
    const count = this.members.totalCount();
    return new Intl.PluralRules(this.locale).select(count) === 'one'
      ? $localize`:@@members.count.one:${count}:count: person`
      : $localize`:@@members.count.other:${count}:count: people`;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.members.destroy());
  }

  protected actions(member: Member): MemberRowActions {
    return memberRowActions(this.viewer(), this.viewerId(), { role: member.role, personId: member.person.id });
  }

  protected roleOfLabel(name: string): string {
    return $localize`:@@members.roleOfLabel:Role of ${name}:name:`;
  }

  protected actionsLabel(name: string): string {
    return $localize`:@@members.actionsLabel:Actions for ${name}:name:`;
  }

  protected hasActions(member: Member): boolean {
    const a = this.actions(member);
    return a.remove || a.makeLegalResponsible || a.editProducts;
  }

  protected productNames(member: Member): string {
    const byId = new Map(this.products().map((p) => [p.id, p.name]));
    return member.grantedProductIds.map((id) => byId.get(String(id)) ?? '').filter(Boolean).join(', ');
  }

  private loadManagementData(id: string): void {
    this.apollo.query({ query: PendingInvitationsDocument, variables: { id }, fetchPolicy: 'network-only' }).subscribe({
      next: (r) => this.invitations.set(r.data?.organization.pendingInvitations ?? []),
      error: () => this.invitations.set([]),
    });
    this.apollo.query({ query: GrantableProductsDocument, variables: { id }, fetchPolicy: 'network-only' }).subscribe({
      next: (r) =>
        this.products.set((r.data?.organization.products.edges ?? []).map((e) => ({ ...e.node, id: String(e.node.id) }))),
      error: () => this.products.set([]),
    });
  }

  private replace(member: Member): void {
    this.members.items.update((list) => list.map((m) => (m.id === member.id ? member : m)));
  }

  private confirm(data: ConfirmDialogData): Promise<boolean | undefined> {
    return firstValueFrom(this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, injector: this.injector }).afterClosed());
  }

  private say(message: string): void {
    this.snackBar.open(message, undefined, { duration: 4000 });
  }

  private fail(e: unknown): void {
    this.snackBar.open(apiError(e)?.message ?? UNREACHABLE, $localize`:@@members.snackBar.dismiss:Dismiss`, { duration: 8000 });
  }

  protected invite(): void {
    this.dialog
      .open<InviteMemberDialog, InviteMemberDialogData, InvitationFieldsFragment>(InviteMemberDialog, {
        data: { organizationId: this.orgId(), products: this.products() },
        autoFocus: 'first-tabbable',
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((invitation) => {
        if (!invitation) return;
        this.invitations.update((list) => [invitation, ...list.filter((i) => i.id !== invitation.id)]);
        this.say($localize`:@@members.invite.sent:Invitation sent to ${invitation.email}:email:.`);
      });
  }

  protected async changeRole(member: Member, event: MatSelectChange): Promise<void> {
    const role = event.value as MembershipRole;
    if (role === member.role) return;
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: ChangeMemberRoleDocument, variables: { input: { membershipId: member.id, role } } }),
      );
      const updated = result.data?.changeMemberRole.membership;
      if (updated) this.replace(updated);
      this.say(roleChangedMessage(member.person.displayName, role));
      if (updated?.role === 'EXTERNAL') this.editProducts(updated);
    } catch (e) {
      // Put the select back on the role the member still has.
      event.source.value = member.role;
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  protected editProducts(member: Member): void {
    this.dialog
      .open<ProductsDialog, ProductsDialogData, Member>(ProductsDialog, {
        data: {
          membershipId: member.id,
          name: member.person.displayName,
          selected: member.grantedProductIds.map(String),
          products: this.products(),
        },
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.replace(updated);
        this.say($localize`:@@members.products.saved:Products of ${member.person.displayName}:name: saved.`);
      });
  }

  protected async remove(member: Member): Promise<void> {
    const ok = await this.confirm({
      title: $localize`:@@members.remove.title:Remove ${member.person.displayName}:name:?`,
      message: $localize`:@@members.remove.message:${member.person.displayName}:name: (${member.person.email}:email:) will no longer have access to ${this.organizationName()}:organization:. Their account stays.`,
      confirmLabel: $localize`:@@members.remove.confirm:Remove`,
      destructive: true,
    });
    if (!ok) return;
    const row = this.members.items().findIndex((m) => m.id === member.id);
    this.busy.set(true);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: RemoveMemberDocument, variables: { input: { membershipId: member.id } } }));
      this.members.remove((m) => m.id === member.id);
      this.say($localize`:@@members.remove.done:${member.person.displayName}:name: was removed.`);
      // The focus was on the removed row's menu: without this it falls to <body>, and a keyboard
      // user starts again from the top of the page.
      afterNextRender(() => this.focusNear(row), { injector: this.injector });
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * After a row left the table: the actions of the row now in its place (the next member), else of
   * the nearest row above, else the page's heading.
   */
  private focusNear(row: number): void {
    const rows = Array.from(this.host.nativeElement.querySelectorAll('tr[data-testid="member-row"]'));
    const buttons = rows.map((tr) => tr.querySelector('td.actions button:not([disabled])') as HTMLButtonElement | null);
    const next = buttons.slice(row).find((b) => !!b) ?? buttons.slice(0, row).reverse().find((b) => !!b);
    if (next) {
      next.focus();
      return;
    }
    const heading = this.host.nativeElement.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  protected async makeLegalResponsible(member: Member): Promise<void> {
    const ok = await this.confirm({
      title: $localize`:@@members.transfer.title:Make ${member.person.displayName}:name: legal responsible?`,
      message: $localize`:@@members.transfer.message:${member.person.displayName}:name: becomes the legal responsible of ${this.organizationName()}:organization:. You become Administrator: you keep managing members and details, but only the new legal responsible can hand the responsibility on again.`,
      confirmLabel: $localize`:@@members.transfer.confirm:Make legal responsible`,
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: TransferLegalResponsibilityDocument,
          variables: { input: { membershipId: member.id } },
          // The switcher shows the viewer's role in each organization.
          refetchQueries: [{ query: MeDocument }],
        }),
      );
      this.say($localize`:@@members.transfer.done:${member.person.displayName}:name: is now the legal responsible.`);
      this.page.reload();
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  protected async resend(invitation: InvitationFieldsFragment): Promise<void> {
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: ResendMemberInvitationDocument, variables: { input: { invitationId: invitation.id } } }),
      );
      const updated = result.data?.resendMemberInvitation.invitation;
      if (updated) this.invitations.update((list) => list.map((i) => (i.id === invitation.id ? updated : i)));
      this.say($localize`:@@members.invitations.resent:Invitation sent again to ${invitation.email}:email:.`);
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }

  protected async cancel(invitation: InvitationFieldsFragment): Promise<void> {
    const ok = await this.confirm({
      title: $localize`:@@members.invitations.cancelTitle:Cancel the invitation?`,
      message: $localize`:@@members.invitations.cancelMessage:The link sent to ${invitation.email}:email: will stop working.`,
      confirmLabel: $localize`:@@members.invitations.cancelConfirm:Cancel invitation`,
      destructive: true,
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: CancelMemberInvitationDocument, variables: { input: { invitationId: invitation.id } } }),
      );
      this.invitations.update((list) => list.filter((i) => i.id !== invitation.id));
      this.say($localize`:@@members.invitations.cancelled:Invitation to ${invitation.email}:email: cancelled.`);
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy.set(false);
    }
  }
}
