import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CERTIFICATE_NUMBER_PATTERN,
  displayCertificateStatus,
  formatCertificateNumber,
} from "@/lib/domain/certificate";

describe("certificate numbers", () => {
  it("formats the example from the issue", () => {
    expect(
      formatCertificateNumber({ province: "浙", category: "C", year: 2024, specialty: "HIGHWAY", serial: 123 }),
    ).toBe("浙交安C(24)G00123");
    expect(
      formatCertificateNumber({ province: "浙", category: "A", year: 2023, specialty: "WATERWAY", serial: 7 }),
    ).toBe("浙交安A(23)S00007");
  });

  it("every formatted number matches the pattern", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("A" as const, "B" as const, "C" as const),
        fc.constantFrom("HIGHWAY" as const, "WATERWAY" as const),
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 99999 }),
        (category, specialty, year, serial) =>
          CERTIFICATE_NUMBER_PATTERN.test(
            formatCertificateNumber({ province: "浙", category, year, specialty, serial }),
          ),
      ),
    );
  });
});

describe("displayCertificateStatus", () => {
  it("stored LAPSED and REVOKED win over the dates", () => {
    expect(displayCertificateStatus({ expiresOn: "2030-01-01", recordStatus: "LAPSED", today: "2026-01-01" })).toBe(
      "失效",
    );
    expect(displayCertificateStatus({ expiresOn: "2030-01-01", recordStatus: "REVOKED", today: "2026-01-01" })).toBe(
      "已注销",
    );
  });

  it("an active record follows the date rules", () => {
    expect(displayCertificateStatus({ expiresOn: "2027-05-31", recordStatus: "ACTIVE", today: "2027-02-27" })).toBe(
      "有效",
    );
    expect(displayCertificateStatus({ expiresOn: "2027-05-31", recordStatus: "ACTIVE", today: "2027-02-28" })).toBe(
      "即将到期",
    );
    expect(displayCertificateStatus({ expiresOn: "2027-05-31", recordStatus: "ACTIVE", today: "2027-06-01" })).toBe(
      "已过期",
    );
    expect(displayCertificateStatus({ expiresOn: "2027-05-31", recordStatus: "ACTIVE", today: "2027-08-01" })).toBe(
      "失效",
    );
  });
});
