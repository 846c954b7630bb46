// `npm run fault:smtp`: the SMTP server goes away for a minute while 100 decisions are made.
// A real SMTP server (smtp-server) counts every message by its Message-ID (the outbox id); the real
// outbox worker (runOutboxWorker) runs throughout; the server is closed (its port refuses), 100
// 企业注册 are approved through decideApplication (each queues one mail) over the minute, the server
// comes back on the same port, and the script waits until the outbox has drained. Prints enqueued /
// delivered / lost / duplicated and how long the drain took; exits 1 unless lost and duplicated are 0.
// Database: aq_f_smtp (dropped and made anew) on FAULTS_ADMIN_URL's server (default the local 5432).
// FAULT_SMTP_DOWN_SECONDS shortens the outage for a quick try (default 60).
import { createEnterprise, createStaff } from "../../tests/integration/support/factories";
import { decodeMail, freePort, startSmtpServer, type ReceivedMail } from "../../tests/integration/support/smtp";
import { db } from "../../lib/server/db";
import { runOutboxWorker } from "../../lib/server/mail/deliver-outbox";
import { decideApplication } from "../../lib/server/workflow/decide-application";
import { log, prepareDatabase, report, seconds, sleep, waitUntil } from "./support";

const DECISIONS = 100;
const DOWN_MS = Number(process.env.FAULT_SMTP_DOWN_SECONDS ?? 60) * 1000;
const DRAIN_TIMEOUT_MS = 20 * 60_000;

await prepareDatabase("aq_f_smtp");
const port = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

log(`准备 ${DECISIONS} 个待审核的企业注册和一名审核部门人员`);
const reviewer = await createStaff("REVIEWER");
const applicationIds: string[] = [];
for (let i = 0; i < DECISIONS; i++) applicationIds.push((await createEnterprise()).applicationId);
const before = await db.outboxMessage.aggregate({ _max: { id: true } });
const baseline = before._max.id ?? BigInt(0);

const received: ReceivedMail[] = [];
let smtp = await startSmtpServer(port);
const worker = new AbortController();
const workerDone = runOutboxWorker(worker.signal);
log(`SMTP 服务 127.0.0.1:${port} 与邮件 worker 已运行`);

await smtp.close();
received.push(...smtp.received);
const downAt = Date.now();
log(`SMTP 服务已停止（端口拒绝连接）：${seconds(DOWN_MS)} 内做出 ${DECISIONS} 个审核决定`);
let decided = 0;
for (const [i, applicationId] of applicationIds.entries()) {
  await decideApplication({ actor: reviewer.actor, applicationId, expectedVersion: 0, action: "approve" });
  decided++;
  await sleep(downAt + ((i + 1) * DOWN_MS) / DECISIONS - Date.now());
}
const receivedWhileDown = received.length;

smtp = await startSmtpServer(port);
const upAt = Date.now();
log(`SMTP 服务已恢复（停机 ${seconds(upAt - downAt)}）：等待发件箱清空`);
const ours = { id: { gt: baseline } };
const drained = await waitUntil(
  async () => (await db.outboxMessage.count({ where: { ...ours, sentAt: null } })) === 0,
  DRAIN_TIMEOUT_MS,
);
const drainMs = Date.now() - upAt;
await sleep(3000); // a copy sent late would show up here
worker.abort();
await workerDone;
await smtp.close();
received.push(...smtp.received);

const rows = await db.outboxMessage.findMany({ where: ours, select: { id: true, attempts: true, sentAt: true } });
const copies = new Map<string, number>();
for (const mail of received) {
  const key = decodeMail(mail.raw).headers["message-id"] ?? "(无 Message-ID)";
  copies.set(key, (copies.get(key) ?? 0) + 1);
}
const keyOf = (id: bigint) => new RegExp(`^<outbox-${id}@`);
const countFor = (id: bigint) => [...copies].filter(([key]) => keyOf(id).test(key)).reduce((sum, [, n]) => sum + n, 0);
const perRow = rows.map((row) => ({ row, n: countFor(row.id) }));
const delivered = perRow.filter((r) => r.n > 0).length;
const duplicated = perRow.reduce((sum, r) => sum + Math.max(0, r.n - 1), 0);
const strangers = received.length - perRow.reduce((sum, r) => sum + r.n, 0);
const attempts = rows.map((r) => r.attempts).sort((a, b) => a - b);

const code = report(
  `fault:smtp — SMTP 停机 ${seconds(DOWN_MS)}，期间 ${decided} 个审核决定`,
  [
    ["入队邮件 enqueued", rows.length],
    ["已投递 delivered", delivered],
    ["丢失 lost", rows.length - delivered],
    ["重复 duplicated", duplicated],
    ["停机期间收到", receivedWhileDown],
    ["来源不明的邮件", strangers],
    ["标记已发送", rows.filter((r) => r.sentAt).length],
    ["发送尝试次数（最少/中位/最多）", `${attempts[0]} / ${attempts[attempts.length >> 1]} / ${attempts.at(-1)}`],
    ["恢复后清空用时", drained ? seconds(drainMs) : `超过 ${seconds(DRAIN_TIMEOUT_MS)} 仍未清空`],
  ],
  ["丢失 lost", "重复 duplicated", "停机期间收到", "来源不明的邮件"],
  [
    ...(rows.length < decided ? [`入队 ${rows.length} 封，少于决定数 ${decided}`] : []),
    ...(drained ? [] : ["发件箱未清空"]),
  ],
);
await db.$disconnect();
process.exit(code);
