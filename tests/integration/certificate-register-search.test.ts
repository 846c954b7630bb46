// 证书登记簿's search (a UNION of indexed arms): number fragment, holder name fragment, exact ID number;
// a holder's every certificate; counted and paged in SQL, newest change first, no row twice.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { searchCertificatesForStaff } from "@/lib/server/certificates/queries";
import { createCertificateFor, createEnterprise, createPersonWithCertificate, createStaff } from "./support/factories";

describe("证书登记簿 search", () => {
  it("finds by number fragment, name fragment and ID number, and pages the matches", async () => {
    const { actor } = await createStaff("ASSESSOR");
    const unit = await createEnterprise({ approved: true });
    const token = randomUUID().slice(0, 8);
    const holder = await createPersonWithCertificate({ enterprise: unit.enterprise, name: `甲${token}` });
    const second = await createCertificateFor(holder.person, { enterprise: unit.enterprise });
    const other = await createPersonWithCertificate({ enterprise: unit.enterprise, name: `乙${token}` });

    const byName = await searchCertificatesForStaff({ actor, q: `甲${token.slice(0, 6)}` });
    expect(byName.rows.map((r) => r.id).sort()).toEqual([holder.certificate.id, second.id].sort());
    expect(byName.total).toBe(2);
    expect(byName.rows[0].idNumber).toBe(holder.idNumber);

    const byNumber = await searchCertificatesForStaff({ actor, q: other.certificate.number.toLowerCase() });
    expect(byNumber.rows.map((r) => r.id)).toContain(other.certificate.id);
    expect(byNumber.rows.every((r) => r.number.includes(other.certificate.number))).toBe(true);

    const byId = await searchCertificatesForStaff({ actor, q: other.idNumber.toLowerCase() });
    expect(byId.rows.map((r) => r.id)).toEqual([other.certificate.id]);

    // 22 more holders whose names contain the token: two pages, newest change first, every row once
    for (let i = 0; i < 22; i++)
      await createPersonWithCertificate({ enterprise: unit.enterprise, name: `丙${token}${i}` });
    const first = await searchCertificatesForStaff({ actor, q: `丙${token}` });
    const last = await searchCertificatesForStaff({ actor, q: `丙${token}`, page: 2 });
    expect([first.total, first.pageCount, first.rows.length, last.rows.length]).toEqual([22, 2, 20, 2]);
    const all = [...first.rows, ...last.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(22);
    expect(all.map((r) => r.holderName)).toEqual(Array.from({ length: 22 }, (_, i) => `丙${token}${21 - i}`));
  });
});
