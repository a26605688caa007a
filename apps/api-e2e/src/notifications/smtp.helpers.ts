/**
 * A real SMTP server inside the test (smtp-server), recording every message it accepts as
 * mailparser reads it. It can refuse connections (not listening), answer 4xx or 5xx to
 * recipients, or accept.
 */
import { createServer } from 'node:net';
import { simpleParser, ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpMode = 'accept' | 'tempfail' | 'permfail';

export interface Received {
  to: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  /** Every text/calendar part: the alternative (with its method= parameter) and the invite.ics attachment. */
  calendarParts: { contentType: string; method: string | null; filename: string | null; content: string }[];
  raw: string;
}

export interface TestSmtp {
  port: number;
  url: string;
  received: Received[];
  mode: SmtpMode;
  /** How long the server takes over each message before accepting it (a slow relay). */
  delayMs: number;
  listening: boolean;
  /** Starts accepting connections (again). */
  listen(): Promise<void>;
  /** Stops listening: new connections are refused. */
  refuse(): Promise<void>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startSmtp(options: { listening?: boolean } = {}): Promise<TestSmtp> {
  const port = await freePort();
  let server: SMTPServer | undefined;
  const smtp: TestSmtp = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received: [],
    mode: 'accept',
    delayMs: 0,
    listening: false,
    async listen() {
      if (server) return;
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (smtp.mode === 'tempfail') return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          if (smtp.mode === 'permfail') return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
          callback();
        },
        onData(stream, _session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            new Promise((r) => setTimeout(r, smtp.delayMs))
              .then(() => simpleParser(raw))
              .then((mail) => {
                smtp.received.push(toReceived(mail, raw));
                callback();
              })
              .catch(callback);
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(port, '127.0.0.1', () => resolve());
      });
      smtp.listening = true;
    },
    async refuse() {
      const s = server;
      server = undefined;
      smtp.listening = false;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async close() {
      await smtp.refuse();
    },
  };
  if (options.listening !== false) await smtp.listen();
  return smtp;
}

function toReceived(mail: ParsedMail, raw: string): Received {
  const to = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
  const calendarParts = (mail.attachments ?? [])
    .filter((a) => a.contentType === 'text/calendar' || a.contentType === 'application/ics' || a.filename?.endsWith('.ics'))
    .map((a) => ({
      contentType: a.contentType,
      method: (a.headers.get('content-type') as { params?: Record<string, string> } | undefined)?.params?.['method'] ?? null,
      filename: a.filename ?? null,
      content: a.content.toString('utf8'),
    }));
  return {
    to: to.map((a) => a.address ?? '').join(','),
    messageId: mail.messageId ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    calendarParts,
    raw,
  };
}
