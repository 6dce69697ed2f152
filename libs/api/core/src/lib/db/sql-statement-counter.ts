import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements issued inside an async scope. The TypeORM logger calls
 * `recordSqlStatement()` for every query; the HTTP layer opens a scope per GraphQL request (when
 * asked to) so that tests and benchmarks can prove that nested lists cost a fixed number of
 * statements, whatever the page size.
 */
interface SqlStatementLog {
  statements: string[];
}

const scope = new AsyncLocalStorage<SqlStatementLog>();

export function recordSqlStatement(sql: string): void {
  scope.getStore()?.statements.push(sql);
}

/** Runs `run` in a fresh counting scope; everything it awaits or triggers is counted. */
export function withSqlStatementLog<T>(run: () => T): T {
  return scope.run({ statements: [] }, run);
}

/** The statements recorded so far in the current scope (empty outside any scope). */
export function currentSqlStatements(): readonly string[] {
  return scope.getStore()?.statements ?? [];
}

export async function countSqlStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: readonly string[] }> {
  return withSqlStatementLog(async () => {
    const result = await run();
    return { result, statements: currentSqlStatements() };
  });
}
