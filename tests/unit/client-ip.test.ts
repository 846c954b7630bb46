import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/client-ip";

describe("clientIp", () => {
  it("takes the entry our own proxy appended, not what the client sent", () => {
    expect(clientIp("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientIp("203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts trusted hops from the right", () => {
    expect(clientIp("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIp("203.0.113.9", 3)).toBe("203.0.113.9");
  });

  it("says unknown when there is nothing", () => {
    expect(clientIp(null)).toBe("unknown");
    expect(clientIp(" , ")).toBe("unknown");
  });
});
