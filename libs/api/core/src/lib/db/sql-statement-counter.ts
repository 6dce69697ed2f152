import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements issued inside an async scope. The TypeORM logger calls
 * `recordSqlStatement()` for every query; tests and benchmarks wrap one GraphQL operation in
 * `countSqlStatements()` to prove that nested lists cost a fixed number of statements.
 */
const scope = new AsyncLocalStorage<{ statements: string[] }>();

export function recordSqlStatement(sql: string): void {
  scope.getStore()?.statements.push(sql);
}

export async function countSqlStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const store = { statements: [] as string[] };
  const result = await scope.run(store, run);
  return { result, statements: store.statements };
}
