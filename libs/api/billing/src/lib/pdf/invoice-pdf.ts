import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { countryName, invoiceAddressLines } from '@manager/domain';

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
  /** The reverse-charge or export mention, printed under the totals. */
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

/** Amount in minor units as printed: `CHF 1'234.50` (Swiss grouping), minus sign first. */
export function formatMoney(amountMinor: number, currency: string): string {
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "'");
  return `${sign}${currency} ${units}.${String(abs % 100).padStart(2, '0')}`;
}

/** 0.081 → "8.1 %"; 0 → "0 %". */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))} %`;
}

/** YYYY-MM-DD in UTC. */
function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Windows-1252 characters beyond Latin-1 that the built-in Helvetica (WinAnsi) can draw.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * The built-in PDF fonts only know WinAnsi: anything else (ł, ő, Greek, CJK…) is written without
 * its accent when it has one, else as "?", rather than as garbage glyphs.
 */
export function winAnsi(text: string): string {
  return [...text]
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

/**
 * Streams an invoice as PDF into `out` (an HTTP response, a file, a buffer collector) and
 * resolves when the document is complete. Only the built-in Helvetica is used: nothing is loaded
 * from disk or the network, and the text can be extracted (tests read it back).
 *
 * @example
 * res.type('application/pdf');
 * await renderInvoicePdf(invoice, SELLER, res);
 */
export function renderInvoicePdf(invoice: InvoicePdfData, seller: InvoiceSeller, out: Writable): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Invoice ${invoice.number}`, Author: seller.name, CreationDate: invoice.issuedAt },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const width = doc.page.width - 2 * MARGIN;
  const right = doc.page.width - MARGIN;

  // Seller, top left; the title and reference, top right.
  doc.font('Helvetica-Bold').fontSize(14).text(winAnsi(seller.name), MARGIN, MARGIN);
  doc.font('Helvetica').fontSize(9).fillColor(GREY);
  for (const line of seller.addressLines) doc.text(winAnsi(line));
  doc.text(`VAT: ${seller.vatNumber}`);
  doc.text(seller.email);
  doc.fillColor('black').font('Helvetica-Bold').fontSize(20).text('Invoice', MARGIN, MARGIN, { width, align: 'right' });
  doc.font('Helvetica').fontSize(10);
  doc.text(`Number: ${invoice.number}`, { width, align: 'right' });
  doc.text(`Date: ${day(invoice.issuedAt)}`, { width, align: 'right' });

  // Customer snapshot.
  doc.moveDown(4);
  const customerTop = Math.max(doc.y, 150);
  doc.font('Helvetica-Bold').fontSize(10).text('Bill to', MARGIN, customerTop);
  doc.font('Helvetica').text(winAnsi(invoice.customerName));
  // Each country once, written out: the address snapshot ends with its country code.
  for (const line of invoiceAddressLines(invoice.customerAddress, invoice.customerCountry, (code) => countryName(code) ?? code)) doc.text(winAnsi(line));
  if (invoice.customerVatNumber) doc.text(`VAT number: ${winAnsi(invoice.customerVatNumber)}`);

  // Lines.
  const columns = { description: MARGIN, quantity: MARGIN + width * 0.55, unit: MARGIN + width * 0.65, amount: MARGIN + width * 0.82 };
  const cell = (text: string, x: number, y: number, w: number, align: 'left' | 'right' = 'left') => doc.text(text, x, y, { width: w, align });
  let y = doc.y + 30;
  doc.font('Helvetica-Bold').fontSize(9);
  cell('Description', columns.description, y, columns.quantity - columns.description - 10);
  cell('Qty', columns.quantity, y, columns.unit - columns.quantity - 10, 'right');
  cell('Unit price', columns.unit, y, columns.amount - columns.unit - 10, 'right');
  cell('Amount', columns.amount, y, right - columns.amount, 'right');
  y += 14;
  doc.moveTo(MARGIN, y).lineTo(right, y).strokeColor('#999999').stroke();
  y += 6;
  doc.font('Helvetica').fontSize(9);
  for (const line of invoice.lines) {
    if (y > doc.page.height - 200) {
      doc.addPage();
      y = MARGIN;
    }
    const descriptionWidth = columns.quantity - columns.description - 10;
    const height = doc.heightOfString(winAnsi(line.description), { width: descriptionWidth });
    cell(winAnsi(line.description), columns.description, y, descriptionWidth);
    cell(String(line.quantity), columns.quantity, y, columns.unit - columns.quantity - 10, 'right');
    cell(money(line.unitPriceMinor), columns.unit, y, columns.amount - columns.unit - 10, 'right');
    cell(money(line.amountMinor), columns.amount, y, right - columns.amount, 'right');
    y += Math.max(height, 12) + 6;
  }
  doc.moveTo(MARGIN, y).lineTo(right, y).stroke();
  y += 10;

  // Totals.
  const labelX = columns.unit - 60;
  const labelWidth = columns.amount - labelX - 10;
  const total = (label: string, amount: string, bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 11 : 9);
    cell(label, labelX, y, labelWidth, 'right');
    cell(amount, columns.amount, y, right - columns.amount, 'right');
    y += bold ? 18 : 14;
  };
  total('Subtotal', money(invoice.subtotalMinor));
  total(`VAT ${formatRate(invoice.vatRate)}`, money(invoice.vatMinor));
  total('Total', money(invoice.totalMinor), true);

  if (invoice.vatNote) {
    y += 10;
    doc.font('Helvetica-Oblique').fontSize(9).fillColor('black').text(winAnsi(invoice.vatNote), MARGIN, y, { width });
  }
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor(GREY)
    .text(`Paid from the wallet of ${winAnsi(invoice.customerName)} on ${day(invoice.issuedAt)}. Amounts in ${invoice.currency}.`, MARGIN, doc.y + 20, { width });
  doc.end();
  return done;
}
