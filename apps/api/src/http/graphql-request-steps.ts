import cookieParser from 'cookie-parser';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { withSqlStatementLog } from '@manager/api-core';
import { bearerToken } from './bearer-token';
import { graphqlJsonBody } from './graphql-json-body';

/**
 * What a GraphQL request passes before Apollo, on the Express app's /graphql mount and on the
 * GraphQL lane alike (one list, so that the two cannot drift apart): its own SQL statement log
 * when the count is reported (HttpAppOptions.countSqlStatements), the cookies, the API token
 * (the Authorization header only, refused before the body is even read), the JSON body.
 */
export function graphqlRequestSteps(options: { dataSource: DataSource; countSqlStatements?: boolean }): RequestHandler[] {
  return [
    ...(options.countSqlStatements ? [(_req: unknown, _res: unknown, next: () => void) => withSqlStatementLog(next)] : []),
    cookieParser(),
    bearerToken(options.dataSource),
    graphqlJsonBody(),
  ];
}
