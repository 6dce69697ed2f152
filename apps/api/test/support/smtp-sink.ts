import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** One message as the sink received it. */
export interface ReceivedEmail {
  /** The envelope sender (MAIL FROM): each API process of a test uses its own. */
  from: string;
  to: string[];
  subject: string;
  receivedAt: number;
}

/**
 * A minimal SMTP server for tests: enough of RFC 5321 for nodemailer (greeting, EHLO/HELO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT; no TLS, no AUTH), recording every message it accepts, so that a
 * test sees each delivery, duplicates included. `delayMs` (as it is when a message's DATA begins)
 * holds the final reply to it: a slow server, to stop an API process while it is sending. Emits `data` (with the envelope sender)
 * when a message's DATA begins.
 *
 * Hand-written (a hundred lines) rather than the `smtp-server` package: the workspace's node_modules is
 * shared and installing into it is out of this change's reach.
 */
export class SmtpSink extends EventEmitter {
  readonly received: ReceivedEmail[] = [];
  delayMs = 0;
  private readonly sockets = new Set<Socket>();
  private constructor(private readonly server: Server) {
    super();
  }

  static async start(): Promise<SmtpSink> {
    const sink: SmtpSink = new SmtpSink(createServer((socket) => sink.session(socket)));
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private session(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const reply = (line: string) => socket.writable && socket.write(`${line}\r\n`);
    let envelope = { from: '', to: [] as string[] };
    let data: string[] | null = null;
    let delay = 0;
    let buffer = '';
    reply('220 sink.test ESMTP test sink');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line !== '.') {
            data.push(line.startsWith('..') ? line.slice(1) : line);
            continue;
          }
          const email: ReceivedEmail = { ...envelope, subject: subjectOf(data), receivedAt: 0 };
          data = null;
          envelope = { from: '', to: [] };
          setTimeout(() => {
            email.receivedAt = Date.now();
            this.received.push(email);
            reply('250 2.0.0 queued');
          }, delay);
          continue;
        }
        switch (line.slice(0, 4).toUpperCase()) {
          case 'EHLO':
          case 'HELO':
            reply('250 sink.test');
            break;
          case 'MAIL':
            envelope.from = addressOf(line);
            reply('250 2.1.0 ok');
            break;
          case 'RCPT':
            envelope.to.push(addressOf(line));
            reply('250 2.1.5 ok');
            break;
          case 'DATA':
            data = [];
            delay = this.delayMs; // as it was when this message began
            this.emit('data', envelope.from);
            reply('354 end with <CRLF>.<CRLF>');
            break;
          case 'RSET':
            envelope = { from: '', to: [] };
            reply('250 ok');
            break;
          case 'NOOP':
            reply('250 ok');
            break;
          case 'QUIT':
            reply('221 bye');
            socket.end();
            break;
          default:
            reply('502 5.5.2 not implemented');
        }
      }
    });
  }
}

const addressOf = (line: string) => /<([^>]*)>/.exec(line)?.[1].toLowerCase() ?? '';

/** The Subject header, unfolded and with its RFC 2047 encoded words (nodemailer uses them for non-ASCII) decoded. */
function subjectOf(lines: string[]): string {
  const headerEnd = lines.indexOf('');
  const headers = (headerEnd < 0 ? lines : lines.slice(0, headerEnd)).join('\r\n').replace(/\r\n[ \t]+/g, ' ');
  const raw = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  return raw
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_all, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}
