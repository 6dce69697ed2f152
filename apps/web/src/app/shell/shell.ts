import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatDivider } from '@angular/material/divider';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { billingTabs } from '@manager/web-billing';
import {
  ColorScheme,
  GraphqlClient,
  LogoutDocument,
  MeDocument,
  MeQuery,
  SessionCache,
  SetLanguageDocument,
  ThemePreference,
  UpdateThemePreferenceDocument,
} from '@manager/web-data-access/light';
import { ActingBanner, partnerShell } from '@manager/web-partners';
import { Avatar, PAGE_RELOAD, RoleLabelPipe, Skeleton, TableCards, activeLanguage, rememberOrganizationCountry, storeLanguage } from '@manager/web-ui';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '@manager/domain/languages';
import { ROLES_MANAGING_DATA_PROTECTION } from '@manager/domain/permissions';
import type { MembershipRole } from '@manager/domain/vocabulary';
import { CookieConsentStore } from '@manager/web-compliance/footer';
import { Subscription, filter, map } from 'rxjs';
import { Icon } from '@manager/web-ui/icons';
import { Button } from '@manager/web-ui/native-form';
import { OpenMenuNow } from './open-menu-now';
import { apiTokensTab, organizationTabs } from './org-tabs';
import { followAccountLanguage, languageEnumOf } from './account-language';

type ShellMenu = 'org' | 'user';
type Me = NonNullable<MeQuery['me']>;

interface ThemeOption {
  value: ThemePreference;
  label: string;
  icon: string;
}

/** The signed-in frame: top bar with the organization switcher and the user menu, then the page. */
@Component({
  selector: 'app-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    Button,
    Icon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatDivider,
    OpenMenuNow,
    Avatar,
    RoleLabelPipe,
    ActingBanner,
    Skeleton,
    TableCards,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly graphql = inject(GraphqlClient);
  private readonly router = inject(Router);
  private readonly colorScheme = inject(ColorScheme);

  /**
   * The signed-in account and its organizations: undefined until read, null once the session is
   * gone. Read without Apollo (the shell and the dashboard load no GraphQL client), so read again
   * after every mutation of any page (`GraphqlClient.changes`): an organization renamed or
   * created, a role changed, an invitation accepted show here at once.
   */
  protected readonly me = signal<Me | null | undefined>(undefined);
  private meRequest?: Subscription;

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );

  /** The organization in the URL, so two tabs can show two organizations. */
  protected readonly currentOrgId = computed(() => {
    const match = /^\/org\/([^/?#;]+)/.exec(this.url());
    return match ? decodeURIComponent(match[1]) : null;
  });
  protected readonly memberships = computed(() => this.me()?.memberships ?? []);
  protected readonly currentMembership = computed(() =>
    this.memberships().find((m) => m.organizationId === this.currentOrgId()),
  );
  /** Partner program: the "acting as partner" banner, its tabs and the managed clients in the switcher. */
  protected readonly partner = partnerShell(
    this.currentOrgId,
    computed(() => this.memberships().map((m) => m.organizationId)),
  );
  /** The tab bar of the organization in the URL, with the pages the viewer's role (or partner access) may open. */
  protected readonly orgTabs = computed(() => {
    const membership = this.currentMembership();
    const orgId = this.currentOrgId();
    if (!membership) return orgId ? this.partner.tabs(orgId, null) : [];
    // The viewer's own membership, with the permissions the API computed for it (none until it answers).
    const viewer = membership.organization?.viewerAccess ?? { via: 'MEMBER' as const, role: membership.role, permissions: [] };
    return [
      ...organizationTabs(membership.organizationId, viewer),
      ...this.partner.tabs(membership.organizationId, membership.role),
      // Billing for BILLING_READ; Revenue too once the organization reads as a partner.
      ...billingTabs(membership.organizationId, viewer, this.isPartner(membership.organizationId)),
      apiTokensTab(membership.organizationId),
    ];
  });
  private isPartner(orgId: string): boolean {
    const current = this.partner.current();
    return current?.id === orgId && current.partnerProfile != null;
  }
  /** The name on the switcher: a membership's organization, or a client reached as a partner. */
  protected readonly currentOrgName = computed(
    () => this.currentMembership()?.organization?.name ?? this.partner.current()?.name ?? $localize`:@@shell.orgSwitcher.noOrganization:Organizations`,
  );
  /**
   * The organization whose Data protection page the user menu links to: the one in the URL when
   * the viewer is its legal responsible or an administrator (the API answers NOT_FOUND to anyone
   * else), else the first such membership; none for everyone else.
   */
  protected readonly dataProtectionOrgId = computed(() => {
    const manages = (role: MembershipRole) => ROLES_MANAGING_DATA_PROTECTION.includes(role);
    const current = this.currentMembership();
    if (current && manages(current.role)) return current.organizationId;
    return this.memberships().find((m) => manages(m.role))?.organizationId ?? null;
  });
  protected readonly themePreference = computed<ThemePreference>(() => this.me()?.themePreference ?? 'AUTO');

  /**
   * The two menus render in `@defer` blocks (the menu code loads on the first click, not with the
   * page); `menuLoaded` is what loaded, `menuAsked` the menu to open once its trigger renders.
   */
  protected readonly menuLoaded = signal<Readonly<Record<ShellMenu, boolean>>>({ org: false, user: false });
  protected readonly menuAsked = signal<ShellMenu | null>(null);

  protected readonly themeOptions: readonly ThemeOption[] = [
    { value: 'AUTO', label: $localize`:@@shell.userMenu.themeAuto:Automatic`, icon: 'contrast' },
    { value: 'LIGHT', label: $localize`:@@shell.userMenu.themeLight:Light`, icon: 'light-mode' },
    { value: 'DARK', label: $localize`:@@shell.userMenu.themeDark:Dark`, icon: 'dark-mode' },
  ];

  constructor() {
    effect(() => {
      this.graphql.changes();
      untracked(() => this.readMe());
    });
    // A cookie decision made in this browser before signing in goes on the account too.
    void inject(CookieConsentStore).recordIfPending().catch(() => undefined);
    // The account's choice applies on every device it signs in on.
    effect(() => this.colorScheme.apply(this.themePreference()));
    // The account's language applies on every device too: a different one reloads the app in it, once.
    effect(() => followAccountLanguage(this.me()?.language));
    // Dates and amounts follow the organization's country (DISPLAY_LOCALE, from the next start).
    effect(() => rememberOrganizationCountry(this.currentMembership()?.organization?.country));
    effect(() => {
      if (this.me() === null) void this.router.navigate(['/login']);
    });
    inject(DestroyRef).onDestroy(() => {
      this.meRequest?.unsubscribe();
      this.colorScheme.followSystem();
    });
    // On a phone the tab bar scrolls sideways: the page's own tab is brought into view after each
    // navigation (and when the tabs first render), never by scrolling the page itself.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // (A frame later: the tabs and their active class are rendered by then. Not afterRenderEffect,
    // whose code would weigh on the first bundle, where Angular's core lives.)
    effect(() => {
      this.url();
      this.orgTabs();
      requestAnimationFrame(() => this.scrollActiveTabIntoView(host));
    });
  }

  /** Unreadable (the network, the API down): what is shown stays; a lost session goes to /login (GraphqlClient). */
  private readMe(): void {
    this.meRequest?.unsubscribe();
    this.meRequest = this.graphql.query(MeDocument).subscribe({ next: (data) => this.me.set(data.me), error: () => undefined });
  }

  private scrollActiveTabIntoView(host: HTMLElement): void {
    const bar = host.querySelector<HTMLElement>('nav.org-tabs');
    const active = bar?.querySelector<HTMLElement>('.org-tab.active');
    if (!bar || !active) return;
    const start = active.offsetLeft - bar.offsetLeft;
    if (start < bar.scrollLeft || start + active.offsetWidth > bar.scrollLeft + bar.clientWidth) {
      bar.scrollLeft = start - (bar.clientWidth - active.offsetWidth) / 2;
    }
  }

  /**
   * The skip link moves the focus to the content itself: under `<base href="/">` its "#main" is the
   * root page's address, so following it would load another page instead of jumping within this one.
   */
  protected skipToContent(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
  }

  /** A click on a menu's placeholder button: load the menu, then open it (OpenMenuNow). */
  protected askMenu(menu: ShellMenu): void {
    this.menuAsked.set(menu);
    this.menuLoaded.update((loaded) => ({ ...loaded, [menu]: true }));
  }

  protected readonly languages = LANGUAGES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly activeLanguage = activeLanguage();
  protected readonly savingLanguage = signal(false);
  protected readonly languageNotSaved = signal(false);
  private readonly reload = inject(PAGE_RELOAD);
  private readonly sessionCache = inject(SessionCache);

  /**
   * Another language: saved on the account first (every device follows it), then kept on this
   * device and the page reloads in it (the translations load before bootstrap). Not saved: nothing
   * changes, or the next sign-in would switch back.
   */
  protected async chooseLanguage(language: Language): Promise<void> {
    if (language === this.activeLanguage) return;
    this.savingLanguage.set(true);
    this.languageNotSaved.set(false);
    try {
      // Not announced: the app reloads in the language.
      await this.graphql.mutate(SetLanguageDocument, { language: languageEnumOf(language) }, { announce: false });
    } catch {
      this.savingLanguage.set(false);
      this.languageNotSaved.set(true);
      return;
    }
    storeLanguage(language);
    this.reload();
  }

  /** Applies at once (the menu's check too), then saves on the account, so every device follows. */
  protected async chooseTheme(preference: ThemePreference): Promise<void> {
    const previous = this.themePreference();
    const withTheme = (themePreference: ThemePreference) => this.me.update((me) => me && { ...me, themePreference });
    withTheme(preference);
    try {
      // Nothing else shows the theme: no reading again.
      await this.graphql.mutate(UpdateThemePreferenceDocument, { input: { themePreference: preference } }, { announce: false });
    } catch {
      // Not saved: show what the account really has.
      withTheme(previous);
    }
  }

  protected async logout(): Promise<void> {
    try {
      // Not announced: the shell goes, nothing is to be read again.
      await this.graphql.mutate(LogoutDocument, undefined, { announce: false });
    } catch {
      // The session may already be gone; leaving is still right.
    }
    await this.router.navigate(['/change-user']);
    // Apollo's store, if a page loaded it.
    await this.sessionCache.clear();
  }
}
