import type { EntityManager } from 'typeorm';

/**
 * Keeps the client's name on its partnerships (`partnership.client_name`, the managed clients'
 * keyset by name) when organizations renames it: registered with organizations' rename hook
 * (partners.module.ts), run in the rename's transaction, which holds the organization's row lock.
 * Every partnership of the client, whatever its status: one that starts again is listed at once.
 */
export async function syncClientName(tx: EntityManager, clientOrganizationId: string, name: string): Promise<void> {
  await tx.query(`UPDATE partnership SET client_name = $2 WHERE client_organization_id = $1 AND client_name IS DISTINCT FROM $2`, [
    clientOrganizationId,
    name,
  ]);
}
