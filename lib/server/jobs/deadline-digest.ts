import "server-only";
import { APPLICATION_KINDS, KINDS } from "@/lib/domain/application-kinds";
import { formatChineseDate, fromDateOnly, todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";
import { stageRole, timedStages, timeLeftText } from "@/lib/domain/deadlines";
import { DEPARTMENT_TYPE_OF_ROLE } from "@/lib/domain/staff";
import { STATUS_LABEL } from "@/lib/domain/workflow";
import { db } from "../db";
import { deadlineView } from "../deadlines/deadline-view";
import { env } from "../env";
import { enqueueMail } from "../mail/outbox";

/** At most this many items are listed in one digest; the total is always given. */
const LISTED = 100;

/** The queues (kind × status) a department's role acts on. */
function stagesOf(type: "REVIEW" | "ASSESSMENT") {
  return APPLICATION_KINDS.flatMap((kind) =>
    timedStages(kind)
      .filter((status) => {
        const role = stageRole(kind, status);
        return role === "REVIEWER" || role === "ASSESSOR" ? DEPARTMENT_TYPE_OF_ROLE[role] === type : false;
      })
      .map((status) => ({ kind, status })),
  );
}

/**
 * Daily: each department with a mail address gets one digest of the overdue applications in the
 * queues its role acts on (none if nothing is overdue). A DeadlineDigest row per (department, day) is
 * inserted in the same transaction as the outbox mail: whoever inserts it sends, so repeated or
 * concurrent runs send each digest once. Returns how many digests were queued.
 */
export async function sendDeadlineDigests(today: CalendarDate = todayInShanghai()): Promise<number> {
  const departments = await db.department.findMany({ where: { email: { not: null } }, orderBy: { name: "asc" } });
  const view = await deadlineView(today);
  let sent = 0;
  for (const department of departments) {
    const stages = stagesOf(department.type);
    const where = { OR: stages, dueOn: view.dueFilter("overdue") };
    const [total, items] = await Promise.all([
      db.application.count({ where }),
      db.application.findMany({
        where,
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        take: LISTED,
        include: { enterprise: { select: { name: true } }, person: { select: { name: true } } },
      }),
    ]);
    if (total === 0) continue;
    const lines = items.map((a) => {
      const left = view.timeLeftOf(a);
      const who = a.person ? `${a.person.name}（${a.enterprise.name}）` : a.enterprise.name;
      return `- ${KINDS[a.kind].label} · ${STATUS_LABEL[a.status]} · ${who} · ${left ? timeLeftText(left) : ""}\n  ${env.appUrl}/staff/review/${KINDS[a.kind].slug}/${a.id}`;
    });
    const queued = await db.$transaction(async (tx) => {
      const { count } = await tx.deadlineDigest.createMany({
        data: [{ departmentId: department.id, day: fromDateOnly(today) }],
        skipDuplicates: true,
      });
      if (count === 0) return false;
      await enqueueMail(tx, {
        to: department.email!,
        subject: `【办理时限】${department.name}：${total} 件申请已超期`,
        text: [
          `${department.name}：`,
          `截至${formatChineseDate(today)}，以下 ${total} 件申请已超过办理时限${total > LISTED ? `（列出最早到期的 ${LISTED} 件）` : ""}：`,
          "",
          ...lines,
          "",
          `请登录系统在“待办”中处理：${env.appUrl}/staff/todo`,
        ].join("\n"),
      });
      return true;
    });
    if (queued) sent++;
  }
  return sent;
}
