import nodemailer, { SendMailOptions, Transporter } from 'nodemailer';

/** Where messages go: an SMTP relay, or nowhere (the dev outbox keeps them as CAPTURED). */
export interface MailTransport {
  readonly captures: boolean;
  send(message: SendMailOptions): Promise<void>;
  close(): void;
}

export function createMailTransport(smtpUrl: string | undefined): MailTransport {
  if (!smtpUrl) return { captures: true, send: async () => undefined, close: () => undefined };
  const url = new URL(smtpUrl);
  const transporter: Transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    pool: true,
    maxConnections: 3,
    maxMessages: Infinity,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    captures: false,
    send: async (message) => {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

export type DeliveryFailure = 'retry' | 'permanent';

/**
 * RFC 5321: 4xx replies are transient (try again later), 5xx are permanent. Connection errors
 * (refused, timed out, dropped) carry no reply code and are retried.
 */
export function classifyMailError(error: unknown): DeliveryFailure {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 ? 'permanent' : 'retry';
}
