import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { lapseCertificates } from "./lapse-certificates";
import { sendRenewalReminders } from "./renewal-reminders";
import { sendDeadlineDigests } from "./deadline-digest";
import { purgeStaleRecords } from "./purge-stale-records";

/** The daily jobs; each is idempotent, so the worker may run them as often as it likes. */
export async function runDailyJobs(today = todayInShanghai()) {
  const lapsed = await lapseCertificates(today);
  const reminded = await sendRenewalReminders(today);
  const digests = await sendDeadlineDigests(today);
  const purged = await purgeStaleRecords();
  return { lapsed, reminded, digests, purged };
}
