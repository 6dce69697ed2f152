import { execFile } from 'node:child_process';

/**
 * The text of a PDF, extracted by pdf-parse (pdf.js) in a separate Node process, as the API's
 * tests do (apps/api/test/support/pdf-text.ts, which this project may not import: module boundaries).
 */
export function pdfText(pdf: Buffer): Promise<string> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      try { process.stdout.write((await parser.getText()).text); } finally { await parser.destroy(); }
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`pdf text extraction failed: ${stderr || error.message}`)) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}
