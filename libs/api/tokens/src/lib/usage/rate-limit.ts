import type { DataSource } from 'typeorm';
import { sqlRead } from '@manager/api-core';

/**
 * Every token request spends its estimated cost (the operation-cost limit's own estimate) from
 * a leaky bucket per token: it drains 1,000 points a minute and holds 2,000, so a script may
 * burst 2,000 points and then sustain 1,000 a minute. Kept in PostgreSQL like every throttle, so
 * all API instances share one bucket per token.
 */
export const API_TOKEN_RATE = {
  /** A file download (invoice PDF, export) costs this much. */
  fileCost: 10,
} as const;

/** The bucket: TOKEN_RATE_POINTS_PER_MINUTE (default 1,000) drained a minute, twice that held. */
const rate = { capacity: 2_000, pointsPerMinute: 1_000 };

/** Set at start from the configuration (`configureApiTokens`). */
export function configureTokenRate(pointsPerMinute: number): void {
  rate.pointsPerMinute = pointsPerMinute;
  rate.capacity = 2 * pointsPerMinute;
}

/** How much one token request may spend at most (the bucket's capacity). */
export function tokenRateCapacity(): number {
  return rate.capacity;
}

const drainPerSecond = () => rate.pointsPerMinute / 60;

export interface RateCharge {
  accepted: boolean;
  /** The points this request asked for. */
  requested: number;
  /** What the bucket can still take after this request. */
  remaining: number;
  /** Seconds until the bucket is empty again (RateLimit-Reset). */
  resetSeconds: number;
  /** Refused only: seconds until this request would be taken (Retry-After). */
  retryAfterSeconds: number;
}

/**
 * The charge, as a statement piece: drains the bucket of the token `tokenId` (SQL giving the id,
 * or no row to charge nothing) for the time since its last charge, then takes `cost` if it fits.
 * The row lock of the upsert orders concurrent requests of one token, each seeing the level the
 * previous one left, so no burst of parallel requests gets past the capacity. The clock never
 * runs back (a request that waited for the lock drains from the later time).
 */
export const BUCKET_UPSERT = (tokenId: string, costParam: string, drainParam: string, capacityParam: string) => {
  const [cost, drain, capacity] = [costParam, drainParam, capacityParam].map((p) => `${p}::float8`);
  return `
  INSERT INTO api_token_rate_bucket AS b (token_id, level, updated_at, accepted)
  SELECT id, CASE WHEN ${cost} <= ${capacity} THEN ${cost} ELSE 0 END, now(), ${cost} <= ${capacity} FROM ${tokenId} AS charged(id)
  ON CONFLICT (token_id) DO UPDATE SET (level, updated_at, accepted) = (
    SELECT CASE WHEN d.level + ${cost} <= ${capacity} THEN d.level + ${cost} ELSE d.level END, d.at, d.level + ${cost} <= ${capacity}
    FROM (SELECT greatest(0, b.level - extract(epoch FROM greatest(now() - b.updated_at, interval '0')) * ${drain}) AS level,
                 greatest(b.updated_at, now()) AS at) d)
  RETURNING level, accepted`;
};

/** The values of `BUCKET_UPSERT`'s cost, drain and capacity, in that order. */
export function bucketParameters(cost: number): [number, number, number] {
  return [cost, drainPerSecond(), rate.capacity];
}

/** What a charge left, from the bucket's level after it. */
export function rateCharge(requested: number, level: number, accepted: boolean): RateCharge {
  return {
    accepted,
    requested,
    remaining: Math.max(0, Math.floor(rate.capacity - level)),
    resetSeconds: Math.ceil(level / drainPerSecond()),
    retryAfterSeconds: accepted ? 0 : Math.max(1, Math.ceil((level + requested - rate.capacity) / drainPerSecond())),
  };
}

/** Charges `cost` to a token's bucket on its own (the authentication statement usually does it). */
export async function chargeApiToken(dataSource: DataSource, tokenId: string, cost: number): Promise<RateCharge> {
  const requested = Math.max(1, Math.ceil(cost));
  const [row] = await sqlRead(
    dataSource,
    { name: 'tokens.rate-charge', text: BUCKET_UPSERT('(SELECT $1::uuid)', '$2', '$3', '$4'), values: [tokenId, ...bucketParameters(requested)] },
    (r: { level: number; accepted: boolean }) => r,
  );
  return rateCharge(requested, Number(row.level), row.accepted);
}

/** The RateLimit-* headers of a charge (draft-ietf-httpapi-ratelimit-headers), plus Retry-After when refused. */
export function rateLimitHeaders(charge: RateCharge): Record<string, string> {
  return {
    'RateLimit-Limit': String(rate.capacity),
    'RateLimit-Remaining': String(charge.remaining),
    'RateLimit-Reset': String(charge.resetSeconds),
    'RateLimit-Policy': `${rate.capacity};w=${Math.round((rate.capacity / rate.pointsPerMinute) * 60)}`,
    ...(charge.accepted ? {} : { 'Retry-After': String(charge.retryAfterSeconds) }),
  };
}
