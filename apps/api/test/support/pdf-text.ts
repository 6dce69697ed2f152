import { execFile } from 'node:child_process';

/**
 * The text of a PDF, extracted by pdf-parse (pdf.js) in a separate Node process: pdf.js loads its
 * worker with a dynamic import, which Jest's module sandbox refuses.
 */
export function pdfText(pdf: ArrayBuffer | Buffer): Promise<string> {
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
    child.stdin?.end(Buffer.from(pdf instanceof ArrayBuffer ? new Uint8Array(pdf) : pdf));
  });
}
