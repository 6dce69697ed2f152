import type { Writable } from 'node:stream';
import { onFirstUse } from '@manager/api-core';
import { invoiceAddressLines, type Language, regionalLocale, type VatTreatment } from '@manager/domain';
import { invoicePdfMessages as m } from './invoice-pdf.catalog';

/** pdfkit and its font tables (megabytes in memory) load with the first PDF, not with every API process. */
const pdfkit = onFirstUse(() => import('pdfkit'));

/** What an invoice PDF prints: a plain snapshot, so the renderer needs no database. */
export interface InvoicePdfData {
  number: string;
  issuedAt: Date;
  currency: string;
  customerName: string;
  /** Multi-line postal address as stored on the invoice (lines separated by newlines or commas). */
  customerAddress: string;
  customerCountry: string;
  customerVatNumber: string | null;
  /** e.g. 0.081 for 8.1 %. */
  vatRate: number;
  /** How VAT applies: the mention under the totals is written from it in the reader's language. */
  vatTreatment: VatTreatment;
  /** The mention stored on the invoice (English), printed when the treatment is not one the PDF knows. */
  vatNote: string | null;
  lines: { description: string; quantity: number; unitPriceMinor: number; amountMinor: number }[];
  subtotalMinor: number;
  vatMinor: number;
  totalMinor: number;
}

/** The seller printed on every invoice: the hosting provider, a Swiss company. */
export interface InvoiceSeller {
  name: string;
  addressLines: string[];
  vatNumber: string;
  email: string;
}

/** Amount in minor units as the regional locale writes it, by `Intl`: `CHF 1’234.50` in de-CH, `1 234,50 CHF` in fr-CH. */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}

/** 0.081 → "8.1 %" (de-CH), "8,1 %" (fr-CH): the number by `Intl`, with the space before the sign every text of the Manager uses. */
export function formatRate(rate: number, locale = 'en-GB'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number((rate * 100).toFixed(2)))} %`;
}

// Windows-1252 characters beyond Latin-1 that the built-in Helvetica (WinAnsi) can draw.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * The built-in PDF fonts only know WinAnsi: anything else (ł, ő, Greek, CJK…) is written without
 * its accent when it has one, else as "?", rather than as garbage glyphs.
 */
export function winAnsi(text: string): string {
  // Intl writes narrow and thin no-break spaces (fr-CH "1 234,50") and a true minus sign: WinAnsi has a no-break space and a hyphen.
  return [...text.replace(/[\u202f\u2009\u2007]/g, '\u00a0').replace(/\u2212/g, '-')]
    .map((c) => {
      const code = c.codePointAt(0) as number;
      if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(c)) return c;
      const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return base && [...base].every((b) => (b.codePointAt(0) as number) <= 0xff) ? base : '?';
    })
    .join('');
}

const MARGIN = 50;
const GREY = '#555555';

type StructureElement = ReturnType<PDFKit.PDFDocument['struct']>;

/**
 * The VAT mention in `language`, from the invoice's treatment; the stored English mention for an
 * unknown one. The PDF and GraphQL's `Invoice.vatNote` both print it.
 */
export function vatMention(invoice: Pick<InvoicePdfData, 'vatTreatment' | 'vatRate' | 'customerCountry' | 'vatNote'>, language: Language, locale = regionalLocale(language, invoice.customerCountry)): string | null {
  switch (invoice.vatTreatment) {
    case 'REVERSE_CHARGE':
      return m.t(language, 'reverseCharge');
    case 'EXPORT':
      return m.t(language, 'exportOfServices');
    case 'EU_CONSUMER_VAT': {
      const country = new Intl.DisplayNames([locale], { type: 'region' }).of(invoice.customerCountry) ?? invoice.customerCountry;
      return m.t(language, 'euConsumerVat', { country, rate: formatRate(invoice.vatRate, locale) });
    }
    case 'SWISS_VAT':
      return null;
    default:
      return invoice.vatNote;
  }
}

/**
 * Streams an invoice as PDF into `out` (an HTTP response, a file, a buffer collector) and
 * resolves when the document is complete, in `language` (the reader's), its amounts and dates
 * written by `Intl` in the regional locale of that language and the customer's country. Only the
 * built-in Helvetica is used: nothing is loaded from disk or the network, and the text can be
 * extracted (tests read it back). Tagged: the document's language is set, and headings,
 * paragraphs and the lines' table form its logical structure in reading order (rules are artifacts).
 *
 * @example
 * res.type('application/pdf');
 * await renderInvoicePdf(invoice, SELLER, res, ctx.language);
 */
export async function renderInvoicePdf(invoice: InvoicePdfData, seller: InvoiceSeller, out: Writable, language: Language = 'en'): Promise<void> {
  const { default: PDFDocument } = await pdfkit();
  const locale = regionalLocale(language, invoice.customerCountry);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: locale,
    displayTitle: true,
    info: { Title: m.t(language, 'documentTitle', { number: invoice.number }), Author: seller.name, CreationDate: invoice.issuedAt },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);
  const money = (minor: number) => winAnsi(formatMoney(minor, invoice.currency, locale));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(invoice.issuedAt);
  const width = doc.page.width - 2 * MARGIN;
  const right = doc.page.width - MARGIN;
  const root = doc.struct('Document');
  doc.addStructure(root);
  /** Text drawn inside a structure element of `type`, added to `parent` (the document by default). */
  const tagged = (type: string, draw: () => void, parent: StructureElement = root) => parent.add(doc.struct(type, {}, draw));
  const rule = (y: number) => {
    doc.markContent('Artifact', { type: 'Layout' });
    doc.moveTo(MARGIN, y).lineTo(right, y).strokeColor('#999999').stroke();
    doc.endMarkedContent();
  };

  // The title and reference, top right, read first; the seller, top left.
  tagged('H1', () => doc.fillColor('black').font('Helvetica-Bold').fontSize(20).text(winAnsi(m.t(language, 'title')), MARGIN, MARGIN, { width, align: 'right' }));
  tagged('P', () => {
    doc.font('Helvetica').fontSize(10);
    doc.text(winAnsi(m.t(language, 'number', { number: invoice.number })), { width, align: 'right' });
    doc.text(winAnsi(m.t(language, 'date', { date })), { width, align: 'right' });
  });
  tagged('P', () => {
    doc.font('Helvetica-Bold').fontSize(14).text(winAnsi(seller.name), MARGIN, MARGIN);
    doc.font('Helvetica').fontSize(9).fillColor(GREY);
    for (const line of seller.addressLines) doc.text(winAnsi(line));
    doc.text(winAnsi(m.t(language, 'sellerVat', { vatNumber: seller.vatNumber })));
    doc.text(seller.email);
  });

  // Customer snapshot.
  doc.moveDown(4);
  const customerTop = Math.max(doc.y, 150);
  tagged('H2', () => doc.fillColor('black').font('Helvetica-Bold').fontSize(10).text(winAnsi(m.t(language, 'billTo')), MARGIN, customerTop));
  tagged('P', () => {
    doc.font('Helvetica').text(winAnsi(invoice.customerName));
    // Each country once, written out in the reader's language: the address snapshot ends with its country code.
    const countries = new Intl.DisplayNames([locale], { type: 'region' });
    for (const line of invoiceAddressLines(invoice.customerAddress, invoice.customerCountry, (code) => countries.of(code) ?? code)) doc.text(winAnsi(line));
    if (invoice.customerVatNumber) doc.text(winAnsi(m.t(language, 'customerVat', { vatNumber: invoice.customerVatNumber })));
  });

  // Lines: a table (header row, one row per line).
  const columns = { description: MARGIN, quantity: MARGIN + width * 0.55, unit: MARGIN + width * 0.65, amount: MARGIN + width * 0.82 };
  const widths = {
    description: columns.quantity - columns.description - 10,
    quantity: columns.unit - columns.quantity - 10,
    unit: columns.amount - columns.unit - 10,
    amount: right - columns.amount,
  };
  const table = doc.struct('Table');
  root.add(table);
  const row = (cells: { type: 'TH' | 'TD'; text: string; x: number; w: number; align?: 'left' | 'right' }[], y: number) => {
    const tr = doc.struct('TR');
    table.add(tr);
    for (const cell of cells) tagged(cell.type, () => doc.text(cell.text, cell.x, y, { width: cell.w, align: cell.align ?? 'left' }), tr);
    tr.end();
  };
  let y = doc.y + 30;
  doc.font('Helvetica-Bold').fontSize(9);
  row(
    [
      { type: 'TH', text: winAnsi(m.t(language, 'description')), x: columns.description, w: widths.description },
      { type: 'TH', text: winAnsi(m.t(language, 'quantity')), x: columns.quantity, w: widths.quantity, align: 'right' },
      { type: 'TH', text: winAnsi(m.t(language, 'unitPrice')), x: columns.unit, w: widths.unit, align: 'right' },
      { type: 'TH', text: winAnsi(m.t(language, 'amount')), x: columns.amount, w: widths.amount, align: 'right' },
    ],
    y,
  );
  y += 14;
  rule(y);
  y += 6;
  doc.font('Helvetica').fontSize(9);
  const quantity = new Intl.NumberFormat(locale);
  for (const line of invoice.lines) {
    if (y > doc.page.height - 200) {
      doc.addPage();
      y = MARGIN;
    }
    const height = doc.heightOfString(winAnsi(line.description), { width: widths.description });
    row(
      [
        { type: 'TD', text: winAnsi(line.description), x: columns.description, w: widths.description },
        { type: 'TD', text: winAnsi(quantity.format(line.quantity)), x: columns.quantity, w: widths.quantity, align: 'right' },
        { type: 'TD', text: money(line.unitPriceMinor), x: columns.unit, w: widths.unit, align: 'right' },
        { type: 'TD', text: money(line.amountMinor), x: columns.amount, w: widths.amount, align: 'right' },
      ],
      y,
    );
    y += Math.max(height, 12) + 6;
  }
  table.end();
  rule(y);
  y += 10;

  // Totals: label and amount, one paragraph each.
  const labelX = columns.unit - 60;
  const labelWidth = columns.amount - labelX - 10;
  const total = (label: string, amount: string, bold = false) => {
    tagged('P', () => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 11 : 9);
      doc.text(winAnsi(label), labelX, y, { width: labelWidth, align: 'right' });
      doc.text(amount, columns.amount, y, { width: widths.amount, align: 'right' });
    });
    y += bold ? 18 : 14;
  };
  total(m.t(language, 'subtotal'), money(invoice.subtotalMinor));
  total(m.t(language, 'vat', { rate: formatRate(invoice.vatRate, locale) }), money(invoice.vatMinor));
  total(m.t(language, 'total'), money(invoice.totalMinor), true);

  const mention = vatMention(invoice, language, locale);
  if (mention) {
    y += 10;
    tagged('P', () => doc.font('Helvetica-Oblique').fontSize(9).fillColor('black').text(winAnsi(mention), MARGIN, y, { width }));
  }
  tagged('P', () =>
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(GREY)
      .text(winAnsi(m.t(language, 'paid', { customer: invoice.customerName, date, currency: invoice.currency })), MARGIN, doc.y + 20, { width }),
  );
  root.end();
  doc.end();
  return done;
}
