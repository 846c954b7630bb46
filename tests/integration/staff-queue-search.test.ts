// The staff queues' search (a UNION of indexed arms, lib/server/review/queries.ts): holder name
// fragment, exact 身份证号, certificate number fragment, unit name; the queue's kind and status apply
// to every arm; a row matching two arms is listed once; counted and paged in SQL.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/server/errors";
import { listApplicationsForStaff } from "@/lib/server/review/queries";
import { createEnterprise, createPersonWithCertificate, createStaff, fileRenewal } from "./support/factories";

async function holderWithRenewal(unit: Awaited<ReturnType<typeof createEnterprise>>, name: string) {
  const holder = await createPersonWithCertificate({ enterprise: unit.enterprise, name });
  const renewal = await fileRenewal(unit, holder.certificate, holder.expiresOn);
  return { ...holder, renewalId: renewal.id };
}

describe("staff queue search", () => {
  it("finds by holder name fragment, exact ID number, number fragment and unit name, each row once", async () => {
    const { actor } = await createStaff("REVIEWER");
    const token = randomUUID().slice(0, 8);
    const unit = await createEnterprise({ approved: true, fields: { name: `港航${token}工程有限公司` } });
    const other = await createEnterprise({ approved: true });
    const a = await holderWithRenewal(unit, `甲${token}`);
    const b = await holderWithRenewal(unit, "乙某某");
    const c = await holderWithRenewal(other, `丙${token}`);
    const queue = (q: string, status?: "PENDING_REVIEW" | "APPROVED") =>
      listApplicationsForStaff({ actor, kind: "RENEWAL", status, q });
    const ids = async (q: string) => (await queue(q)).rows.map((r) => r.id).sort();

    expect(await ids(`甲${token.slice(0, 5)}`)).toEqual([a.renewalId]);
    expect(await ids(b.idNumber.toLowerCase())).toEqual([b.renewalId]);
    expect(await ids(b.idNumber.slice(0, 10))).toEqual([]); // the ID number only whole
    expect(await ids(c.certificate.number.slice(1).toLowerCase())).toEqual([c.renewalId]);
    expect(await ids(`港航${token}`.toUpperCase())).toEqual([a.renewalId, b.renewalId].sort());
    expect(await ids(unit.fields.creditCode.slice(-7).toLowerCase())).toEqual([a.renewalId, b.renewalId].sort());
    // a: its unit's name and its holder's name; b: the unit; c: the holder — each once
    const both = await queue(token, "PENDING_REVIEW");
    expect(both.total).toBe(3);
    expect(both.rows.map((r) => r.id).sort()).toEqual([a.renewalId, b.renewalId, c.renewalId].sort());
    expect(both.rows[0]).toMatchObject({ person: { name: expect.any(String) }, certificate: expect.any(Object) });
    // the status and the kind narrow every arm
    expect((await queue(token, "APPROVED")).total).toBe(0);
    const registrations = await listApplicationsForStaff({ actor, kind: "ENTERPRISE_REGISTRATION", q: token });
    expect(registrations.rows.map((r) => r.id)).toEqual([unit.applicationId]);
    // LIKE's wildcards typed by the user match themselves
    expect((await queue("%")).total).toBe(0);
    expect((await queue("_")).total).toBe(0);
  });

  it("counts and pages the matches in SQL, every row once", async () => {
    const { actor } = await createStaff("ASSESSOR");
    const reviewer = (await createStaff("REVIEWER")).actor;
    const token = randomUUID().slice(0, 8);
    const unit = await createEnterprise({ approved: true });
    const filed: string[] = [];
    for (let i = 0; i < 21; i++) filed.push((await holderWithRenewal(unit, `丁${token}${i}`)).renewalId);
    await holderWithRenewal(unit, "戊某某");

    const first = await listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", q: `丁${token}` });
    const second = await listApplicationsForStaff({ actor: reviewer, kind: "RENEWAL", q: `丁${token}`, page: 2 });
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([21, 2, 20, 1]);
    const all = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(all).size).toBe(21);
    expect(all.sort()).toEqual(filed.sort());
    // the 全部 tab is newest first
    const times = first.rows.map((r) => r.submittedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    // an assessor sees no 延续 queue (审核部门 only): the role check precedes the search
    await expect(listApplicationsForStaff({ actor, kind: "RENEWAL", q: token })).rejects.toBeInstanceOf(ForbiddenError);
  });
  it("finds one- and two-character name fragments (no trigram: the grams index serves them)", async () => {
    const { actor } = await createStaff("REVIEWER");
    const unit = await createEnterprise({ approved: true, fields: { name: "中交路桥Ab工程有限公司" } });
    const other = await createEnterprise({ approved: true, fields: { name: "华建港航工程有限公司" } });
    const wangWei = await holderWithRenewal(unit, "王伟");
    const wangWeiHua = await holderWithRenewal(other, "王伟华");
    const liWei = await holderWithRenewal(other, "李伟");
    const ids = async (q: string) =>
      (await listApplicationsForStaff({ actor, kind: "RENEWAL", q })).rows.map((r) => r.id).sort();

    expect(await ids("王伟")).toEqual([wangWei.renewalId, wangWeiHua.renewalId].sort());
    expect(await ids("伟华")).toEqual([wangWeiHua.renewalId]);
    expect(await ids("伟")).toEqual([wangWei.renewalId, wangWeiHua.renewalId, liWei.renewalId].sort());
    expect(await ids("华")).toEqual([wangWeiHua.renewalId, liWei.renewalId].sort()); // 王伟华; 华建港航
    expect(await ids("路桥")).toEqual([wangWei.renewalId]);
    expect(await ids("桥")).toEqual([wangWei.renewalId]);
    expect(await ids("aB")).toEqual([wangWei.renewalId]); // unit names in any case
    expect(await ids("王李")).toEqual([]);
    // codes are searched from three characters (trigrams): a shorter fragment would match nearly all
    const number = wangWei.certificate.number;
    expect(await ids(number.slice(-2))).toEqual([]);
    expect(await ids(number.slice(-3))).toContain(wangWei.renewalId);
    expect(await ids(unit.fields.creditCode.slice(-2))).toEqual([]);
    // a long fragment is found by its last six characters, then checked whole
    expect(await ids(number.slice(-9).toLowerCase())).toContain(wangWei.renewalId);
    expect(await ids(`X${number.slice(-8)}`)).toEqual([]);
  });
});
