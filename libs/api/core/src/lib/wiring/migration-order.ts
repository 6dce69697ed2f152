import type { MigrationInterface } from 'typeorm';

/**
 * A migration class that says which migration runs just before it, by class name (the name
 * TypeORM records in the `migrations` table), or `null` for the very first. The chain this
 * makes is THE order; nothing is inferred from names. Adding a migration: it runs after the
 * newest one, and its context lists it in its registration.
 *
 * @example
 * export class StructureAuditEvents1764170020000 implements MigrationInterface {
 *   static readonly runsAfter = 'CreatePasswordResets1764170010000';
 *   ...
 * }
 */
export interface OrderedMigration {
  new (): MigrationInterface;
  readonly name: string;
  readonly runsAfter: string | null;
}

/**
 * Puts every context's migrations in their declared order, following each one's `runsAfter`
 * from the first. Throws, naming them, when a migration is registered twice, runs after one that
 * nobody registers, or shares its predecessor with another (two branches made at the same time:
 * one must run after the other), and when some are off the chain (a cycle).
 */
export function orderMigrations(migrations: readonly OrderedMigration[]): OrderedMigration[] {
  const registered = new Set<string>();
  const successor = new Map<string | null, OrderedMigration>();
  for (const migration of migrations) {
    if (registered.has(migration.name)) throw new Error(`Migration ${migration.name} is registered twice.`);
    registered.add(migration.name);
    const rival = successor.get(migration.runsAfter);
    if (rival) {
      throw new Error(`Migrations ${rival.name} and ${migration.name} both run after ${migration.runsAfter ?? 'nothing (both are first)'}: make one run after the other.`);
    }
    successor.set(migration.runsAfter, migration);
  }
  for (const migration of migrations) {
    if (migration.runsAfter !== null && !registered.has(migration.runsAfter)) {
      throw new Error(`Migration ${migration.name} runs after ${migration.runsAfter}, which no context registers.`);
    }
  }
  const ordered: OrderedMigration[] = [];
  for (let next = successor.get(null); next; next = successor.get(next.name)) ordered.push(next);
  if (ordered.length !== migrations.length) {
    const off = migrations.filter((migration) => !ordered.includes(migration)).map((migration) => migration.name);
    throw new Error(`Migrations ${off.join(', ')} are not reached from the first one (their runsAfter make a cycle).`);
  }
  return ordered;
}
