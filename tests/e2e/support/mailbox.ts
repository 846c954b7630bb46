// The mail the app sent, as caught by scripts/e2e.ts (GET $E2E_MAILBOX_URL/messages?to=addr).
import { expect } from "@playwright/test";

export type Mail = { to: string; subject: string; text: string; at: string };

type WaitOptions = {
  /** only mail caught at or after this moment (e.g. just before 【发送验证码】 was clicked) */
  after?: Date | number;
  timeout?: number;
};

function mailboxUrl(): string {
  const url = process.env.E2E_MAILBOX_URL;
  if (!url) throw new Error("E2E_MAILBOX_URL is not set: run the suite with `npm run test:e2e`");
  return url.replace(/\/$/, "");
}

/** Every mail to `to`, newest first. */
export async function mailsTo(to: string): Promise<Mail[]> {
  const res = await fetch(`${mailboxUrl()}/messages?to=${encodeURIComponent(to)}`);
  if (!res.ok) throw new Error(`mailbox answered ${res.status}`);
  return (await res.json()) as Mail[];
}

async function poll<T>(what: string, find: () => Promise<T | undefined>, timeout: number): Promise<T> {
  let found: T | undefined;
  await expect
    .poll(async () => (found = await find()) !== undefined, {
      message: `等待邮件：${what}`,
      timeout,
      intervals: [250, 500, 1000],
    })
    .toBe(true);
  return found!;
}

const afterMs = (after?: Date | number) =>
  after === undefined ? 0 : typeof after === "number" ? after : after.getTime();

/** Waits for a mail to `to` whose subject includes `subjectIncludes`; returns the newest such mail. */
export function waitForMail(to: string, subjectIncludes: string, options: WaitOptions = {}): Promise<Mail> {
  const since = afterMs(options.after);
  return poll(
    `发往 ${to}、主题含「${subjectIncludes}」`,
    async () => (await mailsTo(to)).find((m) => m.subject.includes(subjectIncludes) && Date.parse(m.at) >= since),
    options.timeout ?? 30_000,
  );
}

const CODE = /(?<!\d)(\d{6})(?!\d)/;

/** Waits for a mail to `to` carrying a 6-digit code and returns the code. */
export async function waitForCode(to: string, options: WaitOptions = {}): Promise<string> {
  const since = afterMs(options.after);
  const mail = await poll(
    `发往 ${to} 的验证码`,
    async () => (await mailsTo(to)).find((m) => Date.parse(m.at) >= since && CODE.test(m.text)),
    options.timeout ?? 30_000,
  );
  return CODE.exec(mail.text)![1];
}
