// The background worker: `npm run worker`, and started by `npm start` beside the web server. It
// delivers the mail outbox continuously and runs the daily jobs (lapse, renewal reminders) every
// hour; all of it is safe with several workers running.
// Run with --conditions=react-server so that modules marked "server-only" load outside Next.
import { syncHolidays } from "../lib/server/deadlines/sync-holidays";
import { runDailyJobs } from "../lib/server/jobs/daily-jobs";
import { runOutboxWorker } from "../lib/server/mail/deliver-outbox";

const HOUR = 60 * 60 * 1000;
const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());

async function jobs() {
  try {
    const synced = await syncHolidays();
    if (synced.length > 0) console.log(`[jobs] 节假日安排 loaded for ${synced.join(", ")}`);
    const { lapsed, reminded, digests, purged } = await runDailyJobs();
    console.log(
      `[jobs] ${lapsed} certificate(s) marked 失效, ${reminded} renewal reminder(s) sent, ${digests} overdue digest(s), ${purged} stale record(s) purged`,
    );
  } catch (error) {
    console.error("[jobs] daily jobs failed", error);
  }
}

if (process.argv.includes("--jobs-once")) {
  await jobs();
  process.exit(0);
}

console.log(`[mail] worker started (${process.env.SMTP_URL ? "SMTP" : "dev mailbox: /dev/mailbox"})`);
// DAILY_JOBS=off: the e2e suite counts mails and messages exactly; the jobs have their own tests.
const withJobs = process.env.DAILY_JOBS !== "off";
if (withJobs) void jobs();
const timer = withJobs ? setInterval(() => void jobs(), HOUR) : undefined;
await runOutboxWorker(controller.signal);
clearInterval(timer);
console.log("[mail] worker stopped");
process.exit(0);
