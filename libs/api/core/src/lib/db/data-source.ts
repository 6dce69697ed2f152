import { types as pgTypes } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { Logger } from 'pino';
import { QueryLogger } from './query-logger';

/**
 * A SQL `date` is a calendar day (a renewal date), not an instant: keep it as the `YYYY-MM-DD`
 * text PostgreSQL sends instead of letting `pg` turn it into a midnight in the server's zone.
 */
const PG_DATE_OID = 1082;
pgTypes.setTypeParser(PG_DATE_OID, (value: string) => value);

export interface DataSourceOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  log: Logger;
  poolSize?: number;
}

/**
 * The one way the API talks to PostgreSQL. The schema only ever changes through migrations:
 * `synchronize` stays off here and everywhere else.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new QueryLogger(options.log),
    maxQueryExecutionTime: 500,
    extra: { max: options.poolSize ?? 10 },
  });
}
