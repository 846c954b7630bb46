import { describe, expect, it } from "vitest";
import {
  isTotpCode,
  normalizeRecoveryCode,
  resetterBarred,
  secondFactorPending,
  temporaryPasswordExpired,
} from "@/lib/domain/second-factor";
import { ROLES } from "@/lib/domain/workflow";

const HOUR = 3600_000;
const now = new Date("2026-12-04T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("secondFactorPending", () => {
  it("only staff, only until enrolled", () => {
    const pending = ROLES.filter((role) =>
      secondFactorPending({ role, enrolled: false, exempt: false, production: false }),
    );
    expect(pending).toEqual(["REVIEWER", "ASSESSOR", "ADMIN"]);
    expect(secondFactorPending({ role: "ADMIN", enrolled: true, exempt: false, production: true })).toBe(false);
  });

  it("the demo exemption holds outside production only", () => {
    expect(secondFactorPending({ role: "REVIEWER", enrolled: false, exempt: true, production: false })).toBe(false);
    expect(secondFactorPending({ role: "REVIEWER", enrolled: false, exempt: true, production: true })).toBe(true);
  });
});

describe("重置密码: 24 hours", () => {
  const reset = (ms: number) => ({ passwordResetById: "r1", passwordResetAt: ago(ms) });

  it("bars the resetting reviewer, and only them, for 24 hours", () => {
    expect(resetterBarred(reset(23.9 * HOUR), "r1", now)).toBe(true);
    expect(resetterBarred(reset(23.9 * HOUR), "r2", now)).toBe(false);
    expect(resetterBarred(reset(24 * HOUR), "r1", now)).toBe(false);
    expect(resetterBarred({ passwordResetById: null, passwordResetAt: null }, "r1", now)).toBe(false);
  });

  it("the temporary password expires after 24 hours, unless it was replaced", () => {
    expect(temporaryPasswordExpired({ mustChangePassword: true, passwordResetAt: ago(23.9 * HOUR) }, now)).toBe(false);
    expect(temporaryPasswordExpired({ mustChangePassword: true, passwordResetAt: ago(24 * HOUR) }, now)).toBe(true);
    expect(temporaryPasswordExpired({ mustChangePassword: false, passwordResetAt: ago(48 * HOUR) }, now)).toBe(false);
    // a staff account's temporary password (set by the 系统管理员, no reset time) does not expire this way
    expect(temporaryPasswordExpired({ mustChangePassword: true, passwordResetAt: null }, now)).toBe(false);
  });
});

describe("codes as typed", () => {
  it("tells a 动态验证码 from a recovery code and normalises the latter", () => {
    expect(isTotpCode(" 123 456 ")).toBe(true);
    expect(isTotpCode("12345")).toBe(false);
    expect(isTotpCode("abcde-fghjk")).toBe(false);
    expect(normalizeRecoveryCode(" ABCDE-fghjk ")).toBe("abcdefghjk");
  });
});
