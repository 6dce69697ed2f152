import { getMetadataArgsStorage } from 'typeorm';
import { apiContexts } from '../src/contexts';
import { crossContextAccess, tableOwners } from '../src/table-ownership';
import { entityTables, REPOSITORY_ROOT, staleDeclarations, trespassesIn, undeclaredTrespasses } from './support/table-ownership-scan';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One path per table: a context's SQL and ORM calls touch only its own tables, except where
 * `apps/api/src/table-ownership.ts` declares a cross-context read model or writer.
 */
describe('table ownership', () => {
  it('the map names every table with the context that registers its entity', () => {
    const registered = apiContexts.flatMap((context) =>
      (context.entities ?? []).map((entity) => {
        const table = getMetadataArgsStorage().tables.find((args) => args.target === entity);
        return `${table?.name} → ${context.name}`;
      }),
    );
    const mapped = Object.entries(tableOwners).map(([table, owner]) => `${table} → ${owner}`);
    expect(registered.sort()).toEqual(mapped.sort());
  });

  it('declared cross-context places exist and each still needs its declaration', () => {
    for (const access of crossContextAccess) expect(existsSync(join(REPOSITORY_ROOT, access.file))).toBe(true);
    expect(staleDeclarations()).toEqual([]);
  });

  it('no context reads or writes another context’s table outside the declared places', () => {
    const lines = undeclaredTrespasses().map((t) => `${t.file}:${t.line} ${t.context} ${t.kind}s ${t.table} (owned by ${t.owner})`);
    expect(lines).toEqual([]);
  });

  describe('the check itself fails on a trespass', () => {
    const entities = entityTables(join(REPOSITORY_ROOT, 'libs/api'));
    const scan = (source: string) => trespassesIn('libs/api/billing/src/lib/example.ts', 'billing', source, entities);

    it('a raw UPDATE of another context’s table', () => {
      const source = "export const renew = (tx: any) => tx.query(`UPDATE product SET renewal_date = $1 WHERE id = $2`, []);";
      expect(scan(source)).toEqual([expect.objectContaining({ table: 'product', owner: 'catalog', kind: 'write', line: 1 })]);
    });

    it('a join on another context’s table in a template with parameters', () => {
      const source = 'const sql = (limit: number) => `SELECT i.id FROM invoice i\n JOIN organization o ON o.id = i.organization_id LIMIT ${limit}`;';
      expect(scan(source)).toEqual([expect.objectContaining({ table: 'organization', kind: 'read', line: 1 })]);
    });

    it('an ORM write through an entity imported from another context', () => {
      const source = "import { User } from '@manager/api-identity';\nexport const make = (tx: any) => tx.getRepository(User).save({});\nexport const add = (tx: any) => tx.insert(User, {});";
      expect(scan(source).map((t) => `${t.line} ${t.kind} ${t.table}`)).toEqual(['2 read app_user', '3 write app_user']);
    });

    it('a keyset page whose `from` starts with, or joins, another context’s table', () => {
      const source = "export const q = { name: 'x', from: 'organization o', select: 'o.id' };\nexport const r = { from: 'invoice i JOIN partnership ps ON ps.id = i.partnership_id' };";
      expect(scan(source).map((t) => `${t.line} ${t.kind} ${t.table}`)).toEqual(['1 read organization', '2 read partnership']);
    });

    it('its own tables and English sentences are not trespasses', () => {
      const source = "const a = `SELECT * FROM invoice JOIN invoice_line ON true`; const b = 'Pick a product from organization settings';";
      expect(scan(source)).toEqual([]);
    });
  });
});
