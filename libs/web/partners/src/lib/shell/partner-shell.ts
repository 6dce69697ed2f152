import { Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { MembershipRole, PartnershipAccess } from '@manager/domain';
import {
  GraphqlClient,
  MyPartnerOrganizationsDocument,
  OrganizationAccessDocument,
  OrganizationAccessQuery,
  SwitcherClientsDocument,
  hasPermission,
} from '@manager/web-data-access/light';
import { Subscription, catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { PartnerTab, actingAsText, actingPartnerTabs, partnerProgramTabs } from '../shared/partner-access';

/** How many clients of each partner organization the switcher lists; the Clients tab has them all. */
export const SWITCHER_CLIENTS = 20;

type OrganizationAccess = OrganizationAccessQuery['organization'];

export interface SwitcherClient {
  organizationId: string;
  name: string;
  access: PartnershipAccess;
}

/** The clients one partner organization of the user manages, for the organization switcher. */
export interface SwitcherClientGroup {
  partnerOrganizationId: string;
  partnerName: string;
  clients: SwitcherClient[];
  totalCount: number;
}

export interface ActingAs {
  partnerName: string;
  access: PartnershipAccess | null;
  text: string;
}

export interface PartnerShell {
  /** The organization in the URL as the API says the user reaches it; null while loading or unreachable. */
  readonly current: Signal<OrganizationAccess | null>;
  /** Set when the organization in the URL is reached through a partnership. */
  readonly actingAs: Signal<ActingAs | null>;
  /** Clients the user manages through its partner organizations (organizations it is a member of left out). */
  readonly clientGroups: Signal<SwitcherClientGroup[]>;
  /** Tabs after the member's own ones (Partners, Clients), or the tabs of a client reached as a partner. */
  tabs(orgId: string, memberRole: MembershipRole | null): PartnerTab[];
  /** Reads the switcher's clients again (when the switcher opens). */
  refreshClients(): void;
}

/**
 * The partner program's part of the signed-in shell: the "acting as partner" banner, the extra
 * tabs and the client organizations in the switcher. Call it in the shell's injection context.
 *
 * Cheap on purpose: one small query per organization change (and after a mutation, which may
 * have changed the access), and for each partner organization of the user one page of
 * {@link SWITCHER_CLIENTS} clients. Read with `GraphqlClient`, not Apollo: the shell loads no
 * GraphQL client.
 */
export function partnerShell(orgId: Signal<string | null>, memberOrganizationIds: Signal<readonly string[]>): PartnerShell {
  const graphql = inject(GraphqlClient);
  const current = signal<OrganizationAccess | null>(null);
  const groups = signal<SwitcherClientGroup[]>([]);
  let accessRequest: Subscription | undefined;
  let clientsRequest: Subscription | undefined;

  effect((onCleanup) => {
    const id = orgId();
    // A page's change (a partner profile created, a partnership ended) may change the access too.
    graphql.changes();
    untracked(() => {
      accessRequest?.unsubscribe();
      if (!id) return current.set(null);
      if (current()?.id !== id) current.set(null);
      accessRequest = graphql.query(OrganizationAccessDocument, { id }).subscribe({
        next: (data) => current.set(data.organization ?? null),
        // Unreachable (e.g. a partnership just ended): no banner, no tabs; the page says "not found".
        error: () => current.set(null),
      });
    });
    onCleanup(() => accessRequest?.unsubscribe());
  });

  const loadClients = () => {
    clientsRequest?.unsubscribe();
    clientsRequest = graphql
      .query(MyPartnerOrganizationsDocument)
      .pipe(
        map((data) =>
          (data.me?.memberships ?? []).filter((m) => m.organization.partnerProfile && hasPermission(m.organization.viewerAccess, 'ACT_FOR_PARTNER')),
        ),
        switchMap((partners) =>
          partners.length === 0
            ? of([] as SwitcherClientGroup[])
            : forkJoin(
                partners.map((m) =>
                  graphql
                    .query(SwitcherClientsDocument, { partnerOrganizationId: m.organizationId, first: SWITCHER_CLIENTS })
                    .pipe(
                      map(
                        (data): SwitcherClientGroup => ({
                          partnerOrganizationId: m.organizationId,
                          partnerName: m.organization.partnerProfile?.publicName ?? '',
                          totalCount: data.managedClients.totalCount,
                          clients: data.managedClients.edges.map((e) => ({
                            organizationId: e.node.organization.id,
                            name: e.node.organization.name,
                            access: e.node.access,
                          })),
                        }),
                      ),
                      catchError(() => of<SwitcherClientGroup>({ partnerOrganizationId: m.organizationId, partnerName: '', totalCount: 0, clients: [] })),
                    ),
                ),
              ),
        ),
        catchError(() => of([] as SwitcherClientGroup[])),
      )
      .subscribe((list) => groups.set(list));
  };
  loadClients();

  const clientGroups = computed(() => {
    const mine = new Set(memberOrganizationIds());
    return groups()
      .map((g) => ({ ...g, clients: g.clients.filter((c) => !mine.has(c.organizationId)) }))
      .filter((g) => g.clients.length > 0 || g.totalCount > 0);
  });

  const actingAs = computed<ActingAs | null>(() => {
    const access = current()?.viewerAccess;
    if (!access || access.via !== 'PARTNER') return null;
    const partnerName = access.partnerName ?? $localize`:@@partners.acting.unnamedPartner:a partner`;
    return { partnerName, access: access.access ?? null, text: actingAsText(partnerName, access.access) };
  });

  return {
    current: current.asReadonly(),
    actingAs,
    clientGroups,
    tabs(id: string, memberRole: MembershipRole | null): PartnerTab[] {
      const org = current();
      if (!org || org.id !== id) return [];
      if (memberRole) return org.viewerAccess?.via === 'MEMBER' ? partnerProgramTabs(id, org.viewerAccess, !!org.partnerProfile) : [];
      return actingPartnerTabs(id, org.viewerAccess);
    },
    refreshClients: () => loadClients(),
  };
}
