// Every message the app sends, caught on loopback and served as JSON (`GET /messages?to=addr`,
// newest first; `DELETE /messages` empties the box) for tests/e2e/support/mailbox.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

type CaughtMail = { to: string; subject: string; text: string; at: string };
type StoredMail = CaughtMail & { recipients: string[] };

/** Splits a MIME entity (as a latin1 "binary" string) into lower-cased headers and body. */
function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : "";
  const headers = new Map<string, string>();
  // Unfold continuation lines, then take the first occurrence of each header.
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeCharset(bytes: Buffer, charset = "utf-8"): string {
  try {
    return new TextDecoder(charset.trim().replace(/^"|"$/g, "") || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function decodeQuotedPrintable(text: string, header = false): Buffer {
  const source = header ? text.replace(/_/g, " ") : text.replace(/=\r?\n/g, ""); // soft line breaks
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(source.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=); the header value is latin1 "binary". */
function decodeHeader(value: string): string {
  const words = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  const joined = value.replace(/(\?=)\s+(?==\?)/g, "$1"); // whitespace between encoded words is dropped
  let out = "";
  let last = 0;
  for (const m of joined.matchAll(words)) {
    out += decodeCharset(Buffer.from(joined.slice(last, m.index), "latin1"));
    const [, charset, encoding, data] = m;
    const bytes = encoding.toUpperCase() === "B" ? Buffer.from(data, "base64") : decodeQuotedPrintable(data, true);
    out += decodeCharset(bytes, charset);
    last = m.index + m[0].length;
  }
  return out + decodeCharset(Buffer.from(joined.slice(last), "latin1"));
}

function headerParam(value: string | undefined, param: string): string | undefined {
  const m = new RegExp(`;\\s*${param}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, "i").exec(value ?? "");
  return m ? (m[2] ?? m[1]) : undefined;
}

/** The text/plain content of a MIME entity (the first one, for multipart messages). */
function plainText(raw: string): string | undefined {
  const { headers, body } = splitEntity(raw);
  const type = (headers.get("content-type") ?? "text/plain").toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = headerParam(headers.get("content-type"), "boundary");
    if (!boundary) return undefined;
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith("--")) break; // closing delimiter
      const text = plainText(part.replace(/^\r?\n/, ""));
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (!type.startsWith("text/plain")) return undefined;
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body)
        : Buffer.from(body, "latin1");
  return decodeCharset(bytes, headerParam(headers.get("content-type"), "charset"))
    .replace(/\r\n/g, "\n")
    .trimEnd();
}

function parseMail(raw: Buffer, envelopeTo: string[]): StoredMail {
  const binary = raw.toString("latin1");
  const { headers } = splitEntity(binary);
  const toHeader = decodeHeader(headers.get("to") ?? "");
  const headerAddresses = [...toHeader.matchAll(/[^\s<>,;"]+@[^\s<>,;"]+/g)].map((m) => m[0]);
  const recipients = [...new Set([...headerAddresses, ...envelopeTo].map((a) => a.toLowerCase()))];
  return {
    to: headerAddresses.join(", ") || envelopeTo.join(", "),
    subject: decodeHeader(headers.get("subject") ?? ""),
    text: plainText(binary) ?? "",
    at: new Date().toISOString(),
    recipients,
  };
}

export async function startMailCatcher(log: (line: string) => void, verbose = false) {
  const mails: StoredMail[] = [];

  const smtp = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    banner: "aq e2e mail catcher",
    size: 20 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        try {
          const mail = parseMail(
            Buffer.concat(chunks),
            session.envelope.rcptTo.map((r) => r.address),
          );
          mails.push(mail);
          if (verbose) log(`邮件 → ${mail.to}：${mail.subject}`);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  smtp.on("error", (error) => log(`SMTP: ${error.message}`));
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const mailbox = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://mailbox");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== "/messages") return send(404, { error: "GET /messages?to=addr" });
    if (req.method === "DELETE") {
      mails.length = 0;
      return send(200, { ok: true });
    }
    if (req.method !== "GET") return send(405, { error: "method not allowed" });
    const to = url.searchParams.get("to")?.trim().toLowerCase();
    const selected = mails.filter((m) => !to || m.recipients.includes(to)).reverse();
    send(
      200,
      selected.map(({ to, subject, text, at }) => ({ to, subject, text, at })),
    );
  });
  await new Promise<void>((resolve) => mailbox.listen(0, "127.0.0.1", () => resolve()));
  const httpPort = (mailbox.address() as AddressInfo).port;

  return {
    smtpPort,
    httpPort,
    count: () => mails.length,
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      mailbox.closeAllConnections();
      await new Promise<void>((resolve) => mailbox.close(() => resolve()));
    },
  };
}
