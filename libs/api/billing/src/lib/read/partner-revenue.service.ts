import { badUserInput, billingReaderCondition, checkPageSize, readsBilling, type RequestContext, toConnection } from '@manager/api-core';
import type { Currency } from '@manager/domain';
import { CommissionConnection } from './billing-connections';
import { toCommission } from './billing-rows';
import { keysetCursor, isoOf, readKeyset } from './parent-page.loader';
import { PartnerRevenue, type RevenuePeriod, RevenueTotal } from './partner-revenue.type';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A partner organization's revenue, for its own billing readers (legal responsible,
 * administrators); null for anyone else and for organizations that are not partners.
 */
export async function partnerRevenue(ctx: RequestContext, organizationId: string, from: Date | null, to: Date | null): Promise<PartnerRevenue | null> {
  if (from && to && from.getTime() >= to.getTime()) throw badUserInput('to', 'The end of the period must come after its start.');
  if (!(await readsBilling(ctx, organizationId))) return null;
  const [row]: { currency: Currency }[] = await ctx.dataSource.query(
    `SELECT o.currency FROM organization o JOIN partner_profile pp ON pp.organization_id = o.id WHERE o.id = $1`,
    [organizationId],
  );
  if (!row) return null;
  return Object.assign(new PartnerRevenue(), { partnerOrganizationId: organizationId, currency: row.currency, from, to });
}

/** The WHERE shared by every revenue figure: the partner's commissions in the period, re-checked by the policy's condition. */
function scope(revenue: PartnerRevenue, ctx: RequestContext): { where: string; params: unknown[] } {
  return {
    where: `c.partner_organization_id = $1 AND ${billingReaderCondition('c.partner_organization_id', '$2')}
      AND ($3::timestamptz IS NULL OR c.created_at >= $3::timestamptz) AND ($4::timestamptz IS NULL OR c.created_at < $4::timestamptz)`,
    params: [revenue.partnerOrganizationId, ctx.actor?.userId ?? null, revenue.from, revenue.to],
  };
}

const SUMS = `coalesce(sum(c.amount_minor) FILTER (WHERE c.kind = 'CASHBACK'), 0)::bigint AS cashback,
  coalesce(sum(c.amount_minor) FILTER (WHERE c.kind = 'REBATE'), 0)::bigint AS rebate,
  coalesce(sum(c.amount_minor) FILTER (WHERE c.kind = 'REIMBURSEMENT'), 0)::bigint AS reimbursement,
  coalesce(sum(c.amount_minor), 0)::bigint AS total`;

interface SumRow {
  key: string;
  label: string;
  cashback: string;
  rebate: string;
  reimbursement: string;
  total: string;
}

function toTotal(revenue: PartnerRevenue, row: SumRow): RevenueTotal {
  const money = (value: string) => ({ amountMinor: Number(value), currency: revenue.currency });
  return Object.assign(new RevenueTotal(), {
    key: row.key,
    label: row.label,
    cashback: money(row.cashback),
    rebate: money(row.rebate),
    reimbursement: money(row.reimbursement),
    total: money(row.total),
  });
}

export async function revenueTotal(ctx: RequestContext, revenue: PartnerRevenue): Promise<RevenueTotal> {
  const { where, params } = scope(revenue, ctx);
  const [row]: SumRow[] = await ctx.dataSource.query(`SELECT 'total' AS key, 'Total' AS label, ${SUMS} FROM commission c WHERE ${where}`, params);
  return toTotal(revenue, row);
}

const PERIOD_KEY: Record<RevenuePeriod, string> = {
  MONTH: `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
  QUARTER: `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q')`,
  YEAR: `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY')`,
};

function periodLabel(period: RevenuePeriod, key: string): string {
  if (period === 'MONTH') return `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
  if (period === 'QUARTER') return `${key.slice(5)} ${key.slice(0, 4)}`;
  return key;
}

/** Totals per period (UTC calendar), oldest first, periods without commissions left out: one GROUP BY. */
export async function revenueByPeriod(ctx: RequestContext, revenue: PartnerRevenue, period: RevenuePeriod): Promise<RevenueTotal[]> {
  const { where, params } = scope(revenue, ctx);
  const rows: SumRow[] = await ctx.dataSource.query(
    `SELECT ${PERIOD_KEY[period]} AS key, '' AS label, ${SUMS} FROM commission c WHERE ${where} GROUP BY 1 ORDER BY 1`,
    params,
  );
  return rows.map((row) => toTotal(revenue, { ...row, label: periodLabel(period, row.key) }));
}

/** Totals per client, largest first (then by name): one GROUP BY, labelled with the client's current name. */
export async function revenueByClient(ctx: RequestContext, revenue: PartnerRevenue): Promise<RevenueTotal[]> {
  const { where, params } = scope(revenue, ctx);
  const rows: SumRow[] = await ctx.dataSource.query(
    `SELECT c.client_organization_id::text AS key, coalesce(o.name, max(c.client_name)) AS label, ${SUMS}
     FROM commission c LEFT JOIN organization o ON o.id = c.client_organization_id
     WHERE ${where}
     GROUP BY c.client_organization_id, o.name
     ORDER BY total DESC, lower(coalesce(o.name, max(c.client_name))), c.client_organization_id`,
    params,
  );
  return rows.map((row) => toTotal(revenue, row));
}

/** The commissions of the period, newest first, keyset-paged. */
export async function revenueCommissions(ctx: RequestContext, revenue: PartnerRevenue, first: number, after: string | null): Promise<CommissionConnection> {
  const size = checkPageSize(first);
  const keyset = readKeyset(after, 'time');
  const { where, params } = scope(revenue, ctx);
  const rows: Record<string, unknown>[] = await ctx.dataSource.query(
    `SELECT c.* FROM commission c WHERE ${where}
       AND ($5::text IS NULL OR (c.created_at, c.id) < ($5::timestamptz, $6::uuid))
     ORDER BY c.created_at DESC, c.id DESC LIMIT $7`,
    [...params, keyset?.[0] ?? null, keyset?.[1] ?? null, size + 1],
  );
  const page = toConnection(rows, size, (row) => keysetCursor(isoOf(row['created_at']), String(row['id'])));
  return Object.assign(new CommissionConnection(), {
    pageInfo: page.pageInfo,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCommission(edge.node) })),
    partnerOrganizationId: revenue.partnerOrganizationId,
    from: revenue.from,
    to: revenue.to,
  });
}

export async function countCommissions(ctx: RequestContext, connection: CommissionConnection): Promise<number> {
  const { where, params } = scope(
    Object.assign(new PartnerRevenue(), { partnerOrganizationId: connection.partnerOrganizationId, from: connection.from, to: connection.to }),
    ctx,
  );
  const [row]: { count: number }[] = await ctx.dataSource.query(`SELECT count(*)::int AS count FROM commission c WHERE ${where}`, params);
  return row.count;
}
