import { type Language, regionalLocale } from '@manager/domain';
import {
  badUserInput,
  billingReaderCondition,
  entityRows,
  type KeysetOrder,
  keysetCount,
  keysetKey,
  keysetPage,
  type KeysetQuery,
  pageRequest,
  policySubject,
  readsBilling,
  type RequestContext,
  sqlRead,
} from '@manager/api-core';
import { organizationBillingProfiles, organizationNames } from '@manager/api-organizations';
import { Commission } from '../commissions/commission.entity';
import { CommissionConnection } from './billing-connections';
import { PartnerRevenue, type RevenuePeriod, RevenueTotal } from './partner-revenue.type';
import { revenueLabelMessages as m } from './revenue-labels.catalog';


/**
 * A partner organization's revenue, for its own billing readers (legal responsible,
 * administrators); null for anyone else and for organizations that are not partners.
 */
export async function partnerRevenue(ctx: RequestContext, organizationId: string, from: Date | null, to: Date | null): Promise<PartnerRevenue | null> {
  if (from && to && from.getTime() >= to.getTime()) throw badUserInput('to', 'The end of the period must come after its start.');
  if (!(await readsBilling(ctx, organizationId, 'COMMISSIONS'))) return null;
  const organization = (await organizationBillingProfiles(ctx.dataSource, [organizationId])).get(organizationId);
  if (!organization?.partnerRates) return null;
  return Object.assign(new PartnerRevenue(), { partnerOrganizationId: organizationId, currency: organization.currency, from, to });
}

/** The WHERE shared by every revenue figure: the partner's commissions in the period, re-checked by the policy's condition. */
function scope(revenue: Pick<PartnerRevenue, 'partnerOrganizationId' | 'from' | 'to'>, ctx: RequestContext): { where: string; params: unknown[] } {
  return {
    where: `c.partner_organization_id = $1 AND ${billingReaderCondition('c.partner_organization_id', '$2', 'COMMISSIONS')}
      AND ($3::timestamptz IS NULL OR c.created_at >= $3::timestamptz) AND ($4::timestamptz IS NULL OR c.created_at < $4::timestamptz)`,
    params: [revenue.partnerOrganizationId, policySubject(ctx.actor), revenue.from, revenue.to],
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

/** The sums of `SUMS` per `key`, for the commissions `scope` selects. */
function sums(ctx: RequestContext, name: string, text: string, params: unknown[]): Promise<SumRow[]> {
  return sqlRead(ctx.dataSource, { name, text, values: params }, (row: SumRow) => row);
}

export async function revenueTotal(ctx: RequestContext, revenue: PartnerRevenue): Promise<RevenueTotal> {
  const { where, params } = scope(revenue, ctx);
  const [row] = await sums(ctx, 'billing.revenue-total', `SELECT 'total' AS key, '' AS label, ${SUMS} FROM commission c WHERE ${where}`, params);
  return toTotal(revenue, { ...row, label: m.t(ctx.language, 'total') });
}

const PERIOD_KEY: Record<RevenuePeriod, string> = {
  MONTH: `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM')`,
  QUARTER: `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-"Q"Q')`,
  YEAR: `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY')`,
};

/** A period's key (YYYY-MM, YYYY-"Q"Q, YYYY) as `language` names it: "November 2025", "novembre 2025"; "Q4 2025", "T4 2025". */
function periodLabel(language: Language, period: RevenuePeriod, key: string): string {
  if (period === 'MONTH') return new Intl.DateTimeFormat(regionalLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
  if (period === 'QUARTER') return m.t(language, 'quarter', { quarter: key.slice(6), year: key.slice(0, 4) });
  return key;
}

/** Totals per period (UTC calendar), oldest first, periods without commissions left out: one GROUP BY. */
export async function revenueByPeriod(ctx: RequestContext, revenue: PartnerRevenue, period: RevenuePeriod): Promise<RevenueTotal[]> {
  const { where, params } = scope(revenue, ctx);
  const rows = await sums(
    ctx,
    `billing.revenue-by-${period.toLowerCase()}`,
    `SELECT ${PERIOD_KEY[period]} AS key, '' AS label, ${SUMS} FROM commission c WHERE ${where} GROUP BY 1 ORDER BY 1`,
    params,
  );
  return rows.map((row) => toTotal(revenue, { ...row, label: periodLabel(ctx.language, period, row.key) }));
}

/**
 * Totals per client, largest first, then by the client's current name as organizations lists
 * names (the database's `lower(name)`, then id): one GROUP BY, then the names in that order.
 */
export async function revenueByClient(ctx: RequestContext, revenue: PartnerRevenue): Promise<RevenueTotal[]> {
  const { where, params } = scope(revenue, ctx);
  const rows = await sums(
    ctx,
    'billing.revenue-by-client',
    `SELECT c.client_organization_id::text AS key, max(c.client_name) AS label, ${SUMS}
     FROM commission c WHERE ${where} GROUP BY c.client_organization_id`,
    params,
  );
  if (!rows.length) return [];
  const names = await organizationNames(ctx.dataSource, rows.map((row) => row.key));
  const rank = new Map(names.map((organization, index) => [organization.id, index]));
  const labelled = rows.map((row) => ({ ...row, label: names[rank.get(row.key) ?? -1]?.name ?? row.label }));
  // Equal totals follow the names' order; a client gone meanwhile (its commissions go with it) comes last.
  const byName = (key: string) => rank.get(key) ?? names.length;
  labelled.sort((a, b) => Number(b.total) - Number(a.total) || byName(a.key) - byName(b.key) || (a.key < b.key ? -1 : 1));
  return labelled.map((row) => toTotal(revenue, row));
}

const NEWEST_FIRST: KeysetOrder = { keys: [keysetKey.timestamp('c.created_at'), keysetKey.uuid('c.id')], direction: 'DESC' };

/** The commissions of the period, as a keyset list. */
function commissions(ctx: RequestContext, revenue: Pick<PartnerRevenue, 'partnerOrganizationId' | 'from' | 'to'>): KeysetQuery<Record<string, unknown>, Commission> {
  const { where, params } = scope(revenue, ctx);
  const rows = entityRows(ctx.dataSource, Commission, 'c');
  return { name: 'billing.commissions', select: rows.columns, from: 'commission c', where, params, order: NEWEST_FIRST, map: rows.map };
}

/** The commissions of the period, newest first, keyset-paged. */
export async function revenueCommissions(ctx: RequestContext, revenue: PartnerRevenue, first: number, after: string | null): Promise<CommissionConnection> {
  const page = await keysetPage(ctx.dataSource, commissions(ctx, revenue), pageRequest(NEWEST_FIRST, first, after));
  return Object.assign(new CommissionConnection(), page, {
    partnerOrganizationId: revenue.partnerOrganizationId,
    from: revenue.from,
    to: revenue.to,
  });
}

export async function countCommissions(ctx: RequestContext, connection: CommissionConnection): Promise<number> {
  return keysetCount(ctx.dataSource, commissions(ctx, connection));
}
