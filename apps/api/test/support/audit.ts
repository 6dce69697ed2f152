import { renderAuditEvent } from '@manager/domain';

type Row = { action: string; data: unknown };

/**
 * Rows of `audit_event` selected with `action` and `data`, with `data` worded into the sentence
 * the trail shows (`summary`), as the API renders it when the trail is read. Events are stored as
 * data since the vocabulary; specs that read the table check the words people read. Rows straight
 * from `dataSource.query` are `any` and stay so.
 *
 * @example
 * withSummaries(await dataSource.query(`SELECT action, data FROM audit_event`)); // [{ action, summary }]
 */
export function withSummaries<R extends readonly Row[]>(rows: R): 0 extends 1 & R ? any[] : (Omit<R[number], 'data'> & { summary: string })[] {
  return rows.map(({ data, ...rest }) => ({ ...rest, summary: renderAuditEvent({ action: rest.action, data }) })) as never;
}
