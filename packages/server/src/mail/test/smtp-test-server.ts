import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the test SMTP server received it. */
export interface ReceivedMail {
  /** The Message-ID header without its angle brackets. */
  messageId: string;
  reference: string | undefined;
  subject: string | undefined;
  envelopeFrom: string | undefined;
  envelopeTo: string[];
  raw: string;
}

/** Header fields of a raw message, names lower-cased, folded lines joined. */
export function headersOf(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A real SMTP server on 127.0.0.1 and a random port, for tests: it accepts any sender without
 * authentication, records what it receives, and can be told to refuse recipients (550).
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** When set, every RCPT TO is answered with 550 and this text. */
  rejectRecipients: string | undefined;

  private server!: SMTPServer;
  port = 0;

  private constructor() {}

  static async start(): Promise<TestSmtpServer> {
    const self = new TestSmtpServer();
    const server = new SMTPServer({
      authOptional: true,
      // Plain SMTP on the loopback: no self-signed STARTTLS for the client to trip over.
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (self.rejectRecipients) {
          const error = new Error(self.rejectRecipients) as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const headers = headersOf(raw);
          self.received.push({
            messageId: (headers.get('message-id') ?? '').replace(/^<|>$/g, ''),
            reference: headers.get('x-myomap-reference'),
            subject: headers.get('subject'),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    self.server = server;
    self.port = (server.server.address() as AddressInfo).port;
    return self;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages received with this Message-ID. */
  withMessageId(messageId: string): ReceivedMail[] {
    return this.received.filter((m) => m.messageId === messageId);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
