import { createHash, randomBytes } from 'node:crypto';
import {
  type Connection,
  entityRows,
  inTransaction,
  keysetKey,
  keysetPage,
  type KeysetOrder,
  managesDataProtection,
  notFound,
  organizationAccess,
  pageRequest,
  recordAuditEvent,
  type RequestContext,
  sqlRead,
  type SqlReader,
} from '@manager/api-core';
import { productCategoriesOf } from '@manager/api-catalog';
import { countryName, invoiceAddressLines, regionalLocale } from '@manager/domain';
import { organizationBillingProfiles } from '@manager/api-organizations';
import { operatorConfig, operatorView } from '../operator/operator-config';
import { DpaCertificate } from './dpa-certificate.entity';
import { renderDpaPdf } from './dpa-pdf';

/** How many certificates one person may generate per window (each is a PDF rendered and a row kept). */
export const DPA_GENERATION_LIMIT = { count: 10, windowSeconds: 60 };

export type DpaGeneration =
  | { outcome: 'GENERATED'; pdf: Buffer; certificate: DpaCertificate }
  | { outcome: 'NOT_FOUND' }
  | { outcome: 'TOO_MANY'; retryAfterSeconds: number };

/** What the public verification tells anyone: nothing more than that. */
export interface DpaVerification {
  genuine: true;
  version: string;
  generatedAt: string;
  organizationName: string;
}

/** 128 random bits in RFC 4648 base32 (26 characters, upper case): read aloud or typed without ambiguity. */
export function newVerificationCode(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of randomBytes(16)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits ? code + alphabet[(value << (5 - bits)) & 31] : code;
}

export const VERIFICATION_CODE = /^[A-Z2-7]{26}$/;

/** Generates, hands out and records: the row holds the SHA-256 of exactly the bytes returned. */
export async function generateDpaCertificate(ctx: RequestContext, organizationId: string, verificationUrl: (code: string) => string): Promise<DpaGeneration> {
  const actor = ctx.actor;
  if (!actor || !managesDataProtection(ctx, await organizationAccess(ctx, organizationId))) return { outcome: 'NOT_FOUND' };
  const [recent] = await sqlRead(
    ctx.dataSource,
    {
      name: 'compliance.dpa-recent-generations',
      text: `SELECT count(*)::int AS count, min(generated_at) AS oldest FROM dpa_certificate
             WHERE generated_by_user_id = $1 AND generated_at > now() - make_interval(secs => $2)`,
      values: [actor.userId, DPA_GENERATION_LIMIT.windowSeconds],
    },
    (row: { count: number; oldest: Date | null }) => row,
  );
  if (recent.count >= DPA_GENERATION_LIMIT.count) {
    const freeAt = (recent.oldest?.getTime() ?? Date.now()) + DPA_GENERATION_LIMIT.windowSeconds * 1000;
    return { outcome: 'TOO_MANY', retryAfterSeconds: Math.max(1, Math.ceil((freeAt - Date.now()) / 1000)) };
  }
  const profile = (await organizationBillingProfiles(ctx.dataSource, [organizationId])).get(organizationId);
  if (!profile) return { outcome: 'NOT_FOUND' };
  const [generatedBy] = await sqlRead(
    ctx.dataSource,
    { name: 'compliance.dpa-generator-name', text: 'SELECT display_name FROM app_user WHERE id = $1', values: [actor.userId] },
    (row: { display_name: string }) => row.display_name,
  );
  const config = operatorConfig();
  const generatedAt = new Date();
  const verificationCode = newVerificationCode();
  const countries = new Intl.DisplayNames([regionalLocale(ctx.language, profile.country)], { type: 'region' });
  const pdf = await renderDpaPdf({
    operator: operatorView(ctx.language, config),
    organization: {
      name: profile.name,
      // The country written out in the reader's language.
      addressLines: invoiceAddressLines(profile.invoiceAddress ?? '', profile.country, (code) => countries.of(code) ?? countryName(code) ?? code),
      country: profile.country,
      vatNumber: profile.vatNumber,
    },
    products: await productCategoriesOf(ctx.dataSource, organizationId),
    generatedAt,
    generatedBy: generatedBy ?? null,
    verificationCode,
    verificationUrl: verificationUrl(verificationCode),
    language: ctx.language,
  });
  const certificate = await inTransaction(ctx, async (txc) => {
    const row = txc.tx.create(DpaCertificate, {
      organizationId,
      version: config.dataProcessingAgreement.version,
      generatedByUserId: actor.userId,
      generatedByName: generatedBy ?? '',
      organizationName: profile.name,
      fingerprint: createHash('sha256').update(pdf).digest('hex'),
      verificationCode,
      generatedAt,
    });
    const saved = await txc.tx.save(row);
    await recordAuditEvent(txc, { organizationId, action: 'dpa.generated', data: { version: saved.version }, targetId: saved.id });
    return saved;
  });
  return { outcome: 'GENERATED', pdf, certificate };
}

const toVerification = (row: { version: string; generated_at: Date; organization_name: string }): DpaVerification => ({
  genuine: true,
  version: row.version,
  generatedAt: row.generated_at.toISOString(),
  organizationName: row.organization_name,
});

/** The certificate a printed verification code names, or null. */
export async function verifyDpaByCode(db: SqlReader, code: string): Promise<DpaVerification | null> {
  const normalized = code.replace(/[\s-]/g, '').toUpperCase();
  if (!VERIFICATION_CODE.test(normalized)) return null;
  const [found] = await sqlRead(
    db,
    { name: 'compliance.dpa-by-code', text: 'SELECT version, generated_at, organization_name FROM dpa_certificate WHERE verification_code = $1', values: [normalized] },
    toVerification,
  );
  return found ?? null;
}

/** The certificate whose recorded SHA-256 is that of `file`, byte for byte, or null. */
export async function verifyDpaFile(db: SqlReader, file: Buffer): Promise<DpaVerification | null> {
  const fingerprint = createHash('sha256').update(file).digest('hex');
  const [found] = await sqlRead(
    db,
    { name: 'compliance.dpa-by-fingerprint', text: 'SELECT version, generated_at, organization_name FROM dpa_certificate WHERE fingerprint = $1', values: [fingerprint] },
    toVerification,
  );
  return found ?? null;
}

const NEWEST_FIRST: KeysetOrder = { keys: [keysetKey.timestamp('c.generated_at'), keysetKey.uuid('c.id')], direction: 'DESC' };

/** The organization's acceptance records, newest first; NOT_FOUND for anyone but its legal responsible and administrators. */
export async function dpaCertificatePage(ctx: RequestContext, organizationId: string, first: number, after: string | null): Promise<Connection<DpaCertificate>> {
  const page = pageRequest(NEWEST_FIRST, first, after);
  if (!managesDataProtection(ctx, await organizationAccess(ctx, organizationId))) throw notFound('Data processing agreement');
  const rows = entityRows(ctx.dataSource, DpaCertificate, 'c');
  return keysetPage(
    ctx.dataSource,
    { name: 'compliance.dpa-certificates', select: rows.columns, from: 'dpa_certificate c', where: 'c.organization_id = $1', params: [organizationId], order: NEWEST_FIRST, map: rows.map },
    page,
  );
}
