import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { PRODUCT_CATEGORY_LABELS, type ProductCategory } from '@manager/domain';
import type { OperatorConfig, SubProcessor } from '../operator/operator-config';
import { PROCESSING_BY_PRODUCT, securityMeasures } from './processing-by-product';

/** What one certificate prints: a snapshot, so the renderer needs no database. */
export interface DpaPdfData {
  operator: OperatorConfig;
  organization: { name: string; addressLines: string[]; country: string; vatNumber: string | null };
  products: ProductCategory[];
  generatedAt: Date;
  generatedBy: string;
  verificationCode: string;
  verificationUrl: string;
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

const day = (date: Date | string) => (typeof date === 'string' ? date : date.toISOString().slice(0, 10));

/**
 * Renders the data processing agreement as a tagged PDF/A-2a (PDF 1.7, logical structure: headings,
 * paragraphs, lists; language set; fonts embedded), into a buffer: its SHA-256 is recorded
 * before anyone receives it. Structured after the annexes of the EU standard contractual
 * clauses (2021/914): I.A parties, I.B description of the processing, II technical and
 * organisational measures, III sub-processors.
 */
export function renderDpaPdf(data: DpaPdfData): Promise<Buffer> {
  const { operator: config, organization } = data;
  const op = config.operator;
  const dpa = config.dataProcessingAgreement;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    // PDF/A-2a: archivable (fonts embedded, colour profile, XMP metadata) and accessible (tagged).
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `Data processing agreement ${dpa.version}: ${organization.name}`,
      Author: op.name,
      Subject: 'GDPR / nLPD data processing agreement (certificate)',
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

  heading('H1', 'Data processing agreement (GDPR certificate)');
  paragraph(`Version ${dpa.version}, in force since ${dpa.effectiveDate}. Generated on ${day(data.generatedAt)} by ${data.generatedBy} for ${organization.name}.`, { grey: true });
  paragraph(
    'This agreement governs the processing of personal data by the processor on behalf of the controller under Art. 28 of the EU General Data Protection Regulation (Regulation (EU) 2016/679, GDPR) and Art. 9 of the Swiss Federal Act on Data Protection (nLPD / revFADP, in force since 1 September 2023). Its annexes follow the structure of the EU standard contractual clauses (Commission Implementing Decision (EU) 2021/914).',
  );

  heading('H2', 'Annex I.A: List of parties');
  heading('H3', 'Processor');
  paragraph([op.name, ...op.addressLines, `Company number: ${op.companyNumber}`, `Contact: ${op.email}`, `Data protection officer: ${op.dataProtectionOfficer.name}, ${op.dataProtectionOfficer.email}`].join('\n'));
  if (op.euRepresentative) paragraph(`EU representative (Art. 27 GDPR): ${[op.euRepresentative.name, ...op.euRepresentative.addressLines].join(', ')}`);
  heading('H3', 'Controller');
  paragraph(
    [
      organization.name,
      // The address lines end with the country, written out (the organization's own without an address).
      ...organization.addressLines,
      ...(organization.vatNumber ? [`VAT number: ${organization.vatNumber}`] : []),
    ].join('\n'),
  );

  heading('H2', 'Annex I.B: Description of the processing');
  paragraph(
    'Subject and duration: the processor hosts and operates the services listed below for the controller, for as long as the controller holds them; at the end of a service its data is deleted within 30 days, backups within a further 30 days, unless the law requires otherwise. Nature of the processing: storage, transmission, backup and technical operation; the processor processes the data only on documented instructions of the controller and never for its own purposes.',
  );
  if (!data.products.length) paragraph('The controller holds no product yet: no personal data is processed on its behalf beyond its account.');
  for (const category of data.products) {
    const processing = PROCESSING_BY_PRODUCT[category];
    heading('H3', PRODUCT_CATEGORY_LABELS[category]);
    paragraph(`Purpose: ${processing.purpose}.`);
    paragraph('Categories of personal data:');
    list(processing.dataCategories);
    paragraph('Categories of data subjects:');
    list(processing.dataSubjects);
  }

  heading('H2', 'Annex II: Technical and organisational measures');
  list(securityMeasures(dpa.dataCentres));

  heading('H2', 'Annex III: List of sub-processors');
  const subs = subProcessorsFor(config.subProcessors.list, data.products);
  paragraph(`As of ${config.subProcessors.updatedOn}, for the controller's products. The processor informs the controller of any intended change at least 30 days in advance; the controller may object.`, { grey: true });
  if (subs.length) list(subs.map((sub) => `${sub.name} (${sub.location}): ${sub.purpose}`));
  else paragraph('None.');

  heading('H2', 'Law and authority');
  paragraph(
    `Swiss law applies (nLPD / revFADP and its ordinance, DPO/OPDo); for data subjects in the European Union, the GDPR applies as well. Supervisory authority of the processor: ${op.supervisoryAuthority}. Switzerland is recognised by the European Commission as providing an adequate level of protection (Decision 2000/518/EC).`,
  );

  heading('H2', 'Verification');
  paragraph(`Verification code: ${data.verificationCode}`);
  paragraph(
    "Anyone may check that this document is genuine at the address below: it answers whether it is genuine, its version, its date and the organization's name, and checks an uploaded copy byte for byte against the SHA-256 fingerprint recorded when it was generated.",
  );
  root.add(doc.struct('Link', {}, () => doc.font('body').fontSize(9).fillColor('#0b57d0').text(data.verificationUrl, { width, link: data.verificationUrl, underline: true })));
  root.end();
  doc.end();
  return done;
}
