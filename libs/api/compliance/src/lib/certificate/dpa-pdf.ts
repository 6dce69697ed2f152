import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { onFirstUse } from '@manager/api-core';
import { type Language, type ProductCategory, regionalLocale } from '@manager/domain';
import type { OperatorView, SubProcessor } from '../operator/operator-config';
import { dpaPdfMessages as m } from './dpa-pdf.catalog';
import { processingFor } from './processing-by-product';

/** pdfkit and its font tables (megabytes in memory) load with the first PDF, not with every API process. */
const pdfkit = onFirstUse(() => import('pdfkit'));

/** What one certificate prints: a snapshot, so the renderer needs no database. */
export interface DpaPdfData {
  /** The operator's settings in the reader's language. */
  operator: OperatorView;
  organization: { name: string; addressLines: string[]; country: string; vatNumber: string | null };
  products: ProductCategory[];
  generatedAt: Date;
  /** Who generated it (null: a person since gone, written "a member" in the language). */
  generatedBy: string | null;
  verificationCode: string;
  verificationUrl: string;
  /** The language it is written in: the reader's. */
  language: Language;
}

/**
 * The embedded fonts (Liberation Sans, SIL OFL, `libs/api/compliance/assets/fonts`): embedded and
 * subset, every character of every language prints and the text stays searchable. The built API
 * carries them in `assets/fonts` beside main.js (webpack copies them); tests run from the source.
 */
function fontsDir(): string {
  const candidates = [join(__dirname, 'assets', 'fonts'), join(__dirname, '..', '..', '..', 'assets', 'fonts')];
  const found = candidates.find((dir) => existsSync(join(dir, 'LiberationSans-Regular.ttf')));
  if (!found) throw new Error(`The certificate fonts are missing (looked in ${candidates.join(', ')}).`);
  return found;
}

const MARGIN = 56;
const GREY = '#444444';

/** The sub-processors that serve at least one of the organization's products. */
export function subProcessorsFor(list: readonly SubProcessor[], products: readonly ProductCategory[]): SubProcessor[] {
  return list.filter((sub) => sub.products === 'ALL' || sub.products.some((p) => products.includes(p)));
}

/** A day (a Date, or `YYYY-MM-DD` from the configuration) as `locale` writes it, by `Intl`. */
function day(locale: string, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

/** Annex II: the technical and organisational measures, the same for every customer. */
export function securityMeasures(language: Language, dataCentres: readonly string[]): string[] {
  return [
    m.t(language, 'measureLocation', { dataCentres: dataCentres.join(', ') }),
    m.t(language, 'measureIsolation'),
    m.t(language, 'measureEncryption'),
    m.t(language, 'measureAccess'),
    m.t(language, 'measureTesting'),
    m.t(language, 'measureBreaches'),
    m.t(language, 'measureBackups'),
    m.t(language, 'measureStaff'),
  ];
}

/**
 * Renders the data processing agreement as a tagged PDF/A-2a (PDF 1.7, logical structure: headings,
 * paragraphs, lists; language set; fonts embedded), into a buffer: its SHA-256 is recorded
 * before anyone receives it. Structured after the annexes of the EU standard contractual
 * clauses (2021/914): I.A parties, I.B description of the processing, II technical and
 * organisational measures, III sub-processors. Written in `data.language`, in the terms its law
 * uses, with the document language set to the regional locale (de-CH, fr-FR…).
 */
export async function renderDpaPdf(data: DpaPdfData): Promise<Buffer> {
  const { default: PDFDocument } = await pdfkit();
  const { operator: config, organization } = data;
  const op = config.operator;
  const dpa = config.dataProcessingAgreement;
  const l = data.language;
  const locale = regionalLocale(l, organization.country);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    // PDF/A-2a: archivable (fonts embedded, colour profile, XMP metadata) and accessible (tagged).
    subset: 'PDF/A-2a',
    tagged: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: m.t(l, 'documentTitle', { version: dpa.version, organization: organization.name }),
      Author: op.name,
      Subject: m.t(l, 'documentSubject'),
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.once('end', () => resolve(Buffer.concat(chunks)));
    doc.once('error', reject);
  });
  const fonts = fontsDir();
  doc.registerFont('body', join(fonts, 'LiberationSans-Regular.ttf'));
  doc.registerFont('bold', join(fonts, 'LiberationSans-Bold.ttf'));
  const width = doc.page.width - 2 * MARGIN;

  const root = doc.struct('Document');
  doc.addStructure(root);
  const heading = (level: 'H1' | 'H2' | 'H3', text: string) => {
    const size = { H1: 18, H2: 13, H3: 11 }[level];
    if (level !== 'H1') doc.moveDown(level === 'H2' ? 0.8 : 0.4);
    root.add(doc.struct(level, {}, () => doc.font('bold').fontSize(size).fillColor('black').text(text, { width })));
    doc.moveDown(0.2);
  };
  const paragraph = (text: string, options: { grey?: boolean; size?: number } = {}) =>
    root.add(doc.struct('P', {}, () => doc.font('body').fontSize(options.size ?? 10).fillColor(options.grey ? GREY : 'black').text(text, { width })));
  const list = (items: string[]) => {
    const element = doc.struct('L');
    root.add(element);
    for (const item of items) {
      const li = doc.struct('LI');
      element.add(li);
      // A page break before the item, not between its bullet and its text.
      if (doc.y + 28 > doc.page.height - MARGIN) doc.addPage();
      const top = doc.y;
      li.add(doc.struct('Lbl', {}, () => doc.font('body').fontSize(10).fillColor('black').text('•', MARGIN + 8, top, { lineBreak: false })));
      li.add(doc.struct('LBody', {}, () => doc.font('body').fontSize(10).text(item, MARGIN + 22, top, { width: width - 22 })));
      li.end();
      doc.x = MARGIN;
    }
    element.end();
  };

  heading('H1', m.t(l, 'title'));
  paragraph(
    m.t(l, 'versionLine', {
      version: dpa.version,
      effective: day(locale, dpa.effectiveDate),
      generated: day(locale, data.generatedAt),
      person: data.generatedBy ?? m.t(l, 'someone'),
      organization: organization.name,
    }),
    { grey: true },
  );
  paragraph(m.t(l, 'intro'));

  heading('H2', m.t(l, 'annexParties'));
  heading('H3', m.t(l, 'processor'));
  paragraph(
    [
      op.name,
      ...op.addressLines,
      m.t(l, 'companyNumber', { number: op.companyNumber }),
      m.t(l, 'contact', { email: op.email }),
      m.t(l, 'dataProtectionOfficer', { name: op.dataProtectionOfficer.name, email: op.dataProtectionOfficer.email }),
    ].join('\n'),
  );
  if (op.euRepresentative) paragraph(m.t(l, 'euRepresentative', { representative: [op.euRepresentative.name, ...op.euRepresentative.addressLines].join(', ') }));
  heading('H3', m.t(l, 'controller'));
  paragraph(
    [
      organization.name,
      // The address lines end with the country, written out (the organization's own without an address).
      ...organization.addressLines,
      ...(organization.vatNumber ? [m.t(l, 'vatNumber', { vatNumber: organization.vatNumber })] : []),
    ].join('\n'),
  );

  heading('H2', m.t(l, 'annexProcessing'));
  paragraph(m.t(l, 'subjectAndDuration'));
  if (!data.products.length) paragraph(m.t(l, 'noProduct'));
  for (const category of data.products) {
    const processing = processingFor(l, category);
    heading('H3', processing.name);
    paragraph(m.t(l, 'purpose', { purpose: processing.purpose }));
    paragraph(m.t(l, 'dataCategories'));
    list(processing.dataCategories);
    paragraph(m.t(l, 'dataSubjects'));
    list(processing.dataSubjects);
  }

  heading('H2', m.t(l, 'annexMeasures'));
  list(securityMeasures(l, dpa.dataCentres));

  heading('H2', m.t(l, 'annexSubProcessors'));
  const subs = subProcessorsFor(config.subProcessors.list, data.products);
  paragraph(m.t(l, 'subProcessorsAsOf', { date: day(locale, config.subProcessors.updatedOn) }), { grey: true });
  if (subs.length) list(subs.map((sub) => `${sub.name} (${sub.location}): ${sub.purpose}`));
  else paragraph(m.t(l, 'none'));

  heading('H2', m.t(l, 'lawHeading'));
  paragraph(m.t(l, 'law', { authority: op.supervisoryAuthority }));

  heading('H2', m.t(l, 'verificationHeading'));
  paragraph(m.t(l, 'verificationCode', { code: data.verificationCode }));
  paragraph(m.t(l, 'verificationText'));
  root.add(doc.struct('Link', {}, () => doc.font('body').fontSize(9).fillColor('#0b57d0').text(data.verificationUrl, { width, link: data.verificationUrl, underline: true })));
  root.end();
  doc.end();
  return done;
}
