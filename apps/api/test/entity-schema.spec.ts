import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@manager/api-core';
import { entities, migrations } from '../src/database';
import { entitySchemaMismatches } from './support/entity-schema-diff';
import { createTestDatabase } from './support/test-server';

/**
 * The entities describe the tables the migrations build, column for column (names, types,
 * nullability, defaults, identity, primary keys), and every table but `migrations` has an entity.
 * A failure lists each difference as `table.column: …`.
 */
describe('entities and the migrated schema', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, entities, migrations, log: pino({ level: 'silent' }) });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('match column for column, table for table', async () => {
    expect(await entitySchemaMismatches(dataSource)).toEqual([]);
  });

  // One naming rule, TypeORM's default strategy: a column is named after its property unless the
  // entity names it (`name: 'snake_case'`), and every entity names its table.
  it('name their tables explicitly and every column in snake_case', () => {
    const offenders = dataSource.entityMetadatas.flatMap((metadata) => [
      ...(metadata.givenTableName && /^[a-z][a-z0-9_]*$/.test(metadata.tableName) ? [] : [`${metadata.name}: table ${metadata.tableName}`]),
      ...metadata.columns
        .filter((column) => !/^[a-z][a-z0-9_]*$/.test(column.databaseName))
        .map((column) => `${metadata.name}.${column.propertyName}: column ${column.databaseName}`),
    ]);
    expect(offenders).toEqual([]);
  });
});
