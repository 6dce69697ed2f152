import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';
import { recordSqlStatement } from './sql-statement-counter';

/** Routes TypeORM's logging into pino and feeds the per-operation SQL statement counter. */
export class QueryLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    recordSqlStatement(query);
    this.logger.trace({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    recordSqlStatement(query);
    this.logger.debug({ err: error, query }, 'sql error');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger[level === 'log' ? 'debug' : level]({ message }, 'typeorm');
  }
}
