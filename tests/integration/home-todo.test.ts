// 待办 at home (issue 9 §6): each count is the party's own, counted in SQL, and agrees with the rules
// the lists use (the renewal window of lib/domain/certificate-dates.ts, open applications, …).
import { describe, expect, it } from "vitest";
import { addDays, addMonths, todayInShanghai, type CalendarDate } from "@/lib/domain/calendar-date";
import { isRenewable } from "@/lib/domain/certificate-dates";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import type { ApplicationStatus } from "@/lib/domain/workflow";
import { db } from "@/lib/server/db";
import { countEnterpriseTodo } from "@/lib/server/home-todo/count-enterprise-todo";
import { countHolderTodo } from "@/lib/server/home-todo/count-holder-todo";
import { registerPerson } from "@/lib/server/persons/register-person";
import {
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  issueCode,
  PERSON_PASSWORD,
  uniqueEmail,
  uniqueIp,
} from "./support/factories";

type Cert = Awaited<ReturnType<typeof createPersonWithCertificate>>;

/** An application row in a given status (the counts read kind, status, party and certificate only). */
async function application(c: Cert, kind: ApplicationKind, status: ApplicationStatus, createdAt = new Date()) {
  return db.application.create({
    data: {
      kind,
      status,
      enterpriseId: c.certificate.enterpriseId!,
      personId: c.person.id,
      certificateId: c.certificate.id,
      payload: {},
      createdAt,
    },
  });
}

describe("待办 counts", () => {
  it("the unit's: renewal window, 单位信息变更, transfers to decide, rejections to correct, bindings to confirm", async () => {
    const today = todayInShanghai();
    const unit = await createEnterprise({ approved: true });
    const other = await createEnterprise({ approved: true });
    const cert = (opts: { expiresOn?: CalendarDate; unitName?: string } = {}) =>
      createPersonWithCertificate({ enterprise: unit.enterprise, ...opts });
    const empty = await countEnterpriseTodo({ actor: unit.actor });
    expect(empty).toEqual({ renewal: 0, unitInfo: 0, transfers: 0, rejected: {}, bindings: 0 });

    // The renewal window's edges, month ends included: the SQL agrees with isRenewable.
    const expiries = [
      addMonths(today, 3),
      addDays(addMonths(today, 3), 1),
      addMonths(today, -2),
      addDays(addMonths(today, -2), -1),
      addDays(today, 10),
      addMonths(today, 20),
    ];
    for (const expiresOn of expiries) await cert({ expiresOn });
    const inWindow = expiries.filter((e) => isRenewable(e, today)).length;
    expect(inWindow).toBe(3);
    // One in the window already has an open renewal: nothing to do there.
    const renewing = await cert({ expiresOn: addDays(today, 20) });
    await application(renewing, "RENEWAL", "PENDING_REVIEW");
    // 单位信息变更: an old printed name, one of them already filed.
    const oldName = await cert({ unitName: "旧单位名称" });
    const filed = await cert({ unitName: "旧单位名称" });
    await application(filed, "UNIT_INFO_CHANGE", "PENDING_REVIEW");
    // 调出 waiting for the unit; another already passed on to the 审核部门.
    await application(oldName, "TRANSFER_OUT", "PENDING_UNIT");
    await application(renewing, "TRANSFER_IN", "PENDING_REVIEW");
    // Rejections: a renewal to correct; a 单位信息变更 refiled since; a 注销 (cannot be corrected).
    const rejected = await cert();
    await application(rejected, "RENEWAL", "REJECTED");
    await application(filed, "UNIT_INFO_CHANGE", "REJECTED", new Date(Date.now() - 60_000));
    await application(rejected, "CERTIFICATE_CANCELLATION", "REJECTED");
    // A holder of the unit registers: a binding to confirm.
    const claimant = await cert();
    const email = uniqueEmail("holder");
    await registerPerson({
      name: claimant.person.name,
      idNumber: claimant.idNumber,
      phone: "13905710003",
      email,
      code: await issueCode("REGISTER", email),
      password: PERSON_PASSWORD,
      ip: uniqueIp(),
    });

    expect(await countEnterpriseTodo({ actor: unit.actor })).toEqual({
      renewal: inWindow,
      unitInfo: 1,
      transfers: 1,
      rejected: { RENEWAL: 1 },
      bindings: 1,
    });
    // Nothing of it is another unit's.
    expect(await countEnterpriseTodo({ actor: other.actor })).toEqual(empty);
  });

  it("the holder's: only their own certificates and applications; none while the account is unbound", async () => {
    const today = todayInShanghai();
    const unit = await createEnterprise({ approved: true });
    const mine = await createPersonWithCertificate({ enterprise: unit.enterprise, expiresOn: addDays(today, 30) });
    const holder = await createHolderAccount(mine.person);
    const someoneElse = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      expiresOn: addDays(today, 5),
    });
    await application(someoneElse, "TRANSFER_OUT", "PENDING_UNIT");
    await db.enterprise.update({ where: { id: unit.enterprise.id }, data: { name: `${unit.enterprise.name}（新）` } });
    await application(mine, "TRANSFER_OUT", "REJECTED", new Date(Date.now() - 60_000));
    await application(mine, "TRANSFER_OUT", "PENDING_UNIT");

    expect(await countHolderTodo({ actor: holder.actor })).toEqual({
      renewal: 1,
      unitInfo: 1,
      transfers: 1,
      // the rejected 调出 was filed anew since
      rejected: {},
    });
    expect(await countHolderTodo({ actor: { ...holder.actor, personId: null } })).toBeNull();
    await expect(countHolderTodo({ actor: unit.actor })).rejects.toThrow();
  });
});
