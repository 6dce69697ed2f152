import type { EntityManager } from 'typeorm';
import { sqlRead } from '@manager/api-core';

/**
 * What another context does when an organization is renamed, in the rename's own transaction:
 * the contexts above organizations that keep a copy of the name (partners keeps each client's
 * name on its partnerships, so that a partner's clients page by name on its own index) register
 * here, and organizations, which owns renames, tells them. They write their own tables only.
 */
export type OrganizationRenamedListener = (tx: EntityManager, organizationId: string, name: string) => Promise<void>;

const listeners: OrganizationRenamedListener[] = [];

/** Called once per context, by its registration (see partners.module.ts). */
export function onOrganizationRenamed(listener: OrganizationRenamedListener): void {
  listeners.push(listener);
}

/** Tells every registered context, in the transaction that renamed the organization (which holds its row lock). */
export async function organizationRenamed(tx: EntityManager, organizationId: string, name: string): Promise<void> {
  for (const listener of listeners) await listener(tx, organizationId, name);
}

/**
 * An organization's name for a copy written in `tx` (null: no such organization). The row is
 * share-locked on its key until `tx` ends, as a foreign key to it would lock it: a rename in
 * flight is waited for and its name read, and a rename that starts later waits for `tx`, then
 * finds the copy to update. So a copy written with this name is never left behind.
 */
export async function organizationNameForCopy(tx: EntityManager, organizationId: string): Promise<string | null> {
  const [name] = await sqlRead(
    tx,
    { name: 'organizations.name-for-copy', text: 'SELECT o.name FROM organization o WHERE o.id = $1 FOR KEY SHARE', values: [organizationId] },
    (row: { name: string }) => row.name,
  );
  return name ?? null;
}
