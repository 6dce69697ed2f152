import type { MigrationInterface } from 'typeorm';
import { orderMigrations, type OrderedMigration } from './migration-order';

/** A migration class named `name` that runs after `runsAfter`. */
function migration(name: string, runsAfter: string | null): OrderedMigration {
  const cls = class implements MigrationInterface {
    static readonly runsAfter = runsAfter;
    up = () => Promise.resolve();
    down = () => Promise.resolve();
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

const names = (list: OrderedMigration[]) => list.map((m) => m.name);

describe('orderMigrations', () => {
  const first = migration('First1', null);
  const second = migration('Second2', 'First1');
  const third = migration('Third3', 'Second2');

  it('follows runsAfter from the first, whatever order the contexts list them in', () => {
    expect(names(orderMigrations([third, first, second]))).toEqual(['First1', 'Second2', 'Third3']);
  });

  it('does not look at the names: a chain against the timestamps is the chain', () => {
    expect(names(orderMigrations([migration('Late9', null), migration('Early1', 'Late9')]))).toEqual(['Late9', 'Early1']);
  });

  it('refuses a migration registered twice', () => {
    expect(() => orderMigrations([first, second, second])).toThrow('Migration Second2 is registered twice.');
  });

  it('refuses two migrations after the same one (branches written at the same time)', () => {
    expect(() => orderMigrations([first, second, migration('Other3', 'Second2'), third])).toThrow(
      'Migrations Other3 and Third3 both run after Second2: make one run after the other.',
    );
  });

  it('refuses two first migrations', () => {
    expect(() => orderMigrations([first, migration('Another1', null)])).toThrow('both run after nothing');
  });

  it('refuses a migration after one nobody registers', () => {
    expect(() => orderMigrations([first, migration('Orphan2', 'Missing1')])).toThrow('Migration Orphan2 runs after Missing1, which no context registers.');
  });

  it('refuses a cycle off the chain', () => {
    expect(() => orderMigrations([first, migration('A2', 'B3'), migration('B3', 'A2')])).toThrow('Migrations A2, B3 are not reached from the first one');
  });
});
