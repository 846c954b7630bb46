// 证书查询's status filter runs in SQL (expiry-date ranges from statusBounds), and its pages are read
// from PostgreSQL: each status's rows are exactly those the list shows with that status, around every
// boundary (the renewal window's ends, month ends, an open 延续, 失效 and 已注销 records).
import { describe, expect, it } from "vitest";
import { addDays, addMonths, todayInShanghai } from "@/lib/domain/calendar-date";
import { CERTIFICATE_STATUSES, statusBounds } from "@/lib/domain/certificate-dates";
import { enterpriseCertificateRows, listEnterpriseCertificates } from "@/lib/server/certificates/queries";
import { createEnterprise, createPersonWithCertificate, fileRenewal } from "./support/factories";

describe("证书查询 status filter in SQL", () => {
  it("gives each status exactly the certificates shown with it, and pages in SQL", async () => {
    const unit = await createEnterprise({ approved: true });
    const today = todayInShanghai();
    const { validAfter, lapsedBefore } = statusBounds(today);
    const expiries = [validAfter, lapsedBefore, today, addMonths(today, 40)].flatMap((d) =>
      [-2, -1, 0, 1, 2].map((n) => addDays(d, n)),
    );
    for (const expiresOn of expiries) await createPersonWithCertificate({ enterprise: unit.enterprise, expiresOn });
    // 已过期 only because a 延续 is open, 失效 and 已注销 records
    const pendingExpiry = addDays(lapsedBefore, -5);
    const pending = await createPersonWithCertificate({ enterprise: unit.enterprise, expiresOn: pendingExpiry });
    await fileRenewal(unit, { id: pending.certificate.id, personId: pending.person.id }, pendingExpiry);
    await createPersonWithCertificate({
      enterprise: unit.enterprise,
      expiresOn: addDays(today, -400),
      status: "LAPSED",
    });
    await createPersonWithCertificate({ enterprise: unit.enterprise, status: "REVOKED" });
    // another unit's certificate never shows
    const other = await createEnterprise({ approved: true });
    await createPersonWithCertificate({ enterprise: other.enterprise, expiresOn: today });

    const all = [
      ...(await enterpriseCertificateRows(unit.actor, {})),
      ...(await enterpriseCertificateRows(unit.actor, { status: "已注销" })),
    ];
    expect(all).toHaveLength(expiries.length + 3);
    for (const status of CERTIFICATE_STATUSES) {
      const expected = all
        .filter((r) => r.status === status)
        .map((r) => r.id)
        .sort();
      const rows = await enterpriseCertificateRows(unit.actor, { status });
      expect(rows.map((r) => r.id).sort(), status).toEqual(expected);
      expect(rows.every((r) => r.status === status)).toBe(true);
      expect(expected.length, `${status} is drawn`).toBeGreaterThan(0);
    }
    expect(all.find((r) => r.id === pending.certificate.id)?.status).toBe("已过期");

    const unfiltered = await enterpriseCertificateRows(unit.actor, {});
    const page2 = await listEnterpriseCertificates({ actor: unit.actor, filter: {}, page: 2 });
    expect(page2).toMatchObject({ total: unfiltered.length, page: 2, pageCount: 2 });
    expect(page2.rows.map((r) => r.id)).toEqual(unfiltered.slice(20, 40).map((r) => r.id));
  });
});
