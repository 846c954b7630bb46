// The mail worker: `npm run worker`, and started by `npm start` beside the web server.
// Run with --conditions=react-server so that modules marked "server-only" load outside Next.
import { runOutboxWorker } from "../lib/server/mail/deliver-outbox";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => controller.abort());
console.log(`[mail] worker started (${process.env.SMTP_URL ? "SMTP" : "dev mailbox: /dev/mailbox"})`);
await runOutboxWorker(controller.signal);
console.log("[mail] worker stopped");
process.exit(0);
