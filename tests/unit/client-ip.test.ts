import { request, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientAddress, clientIp, setClientAddress, trustedProxies } from "@/lib/client-ip";

const none = trustedProxies(undefined);
const proxies = trustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

describe("clientAddress", () => {
  it("ignores X-Forwarded-For from a caller that is not a configured proxy", () => {
    expect(clientAddress("203.0.113.9", "6.6.6.6", none)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", "6.6.6.6", proxies)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", ["1.1.1.1", "2.2.2.2"], none)).toBe("203.0.113.9");
  });

  it("walks the chain from the right past trusted proxies only", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.2.3", proxies)).toBe("203.0.113.9");
    expect(clientAddress("fd00::1", "2001:db8::7", proxies)).toBe("2001:db8::7");
    // A trusted peer that forwards nothing is itself the client.
    expect(clientAddress("127.0.0.1", undefined, proxies)).toBe("127.0.0.1");
    // A malformed hop ends the walk at the last trusted proxy.
    expect(clientAddress("127.0.0.1", "6.6.6.6, not-an-ip", proxies)).toBe("127.0.0.1");
  });

  it("says unknown without a socket address, and refuses a bad TRUSTED_PROXIES entry", () => {
    expect(clientAddress(undefined, "6.6.6.6", proxies)).toBe("unknown");
    expect(clientIp(null)).toBe("unknown");
    expect(clientIp(" 203.0.113.9 ")).toBe("203.0.113.9");
    expect(() => trustedProxies("10.0.0.0/x")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxies("proxy.local")).toThrow(/TRUSTED_PROXIES/);
  });
});

/** A real HTTP server with the same hook as scripts/server.ts; answers with the address the app would read. */
async function echoServer(trusted: string | undefined) {
  const list = trustedProxies(trusted);
  const server = createServer((req, res) => {
    setClientAddress(req, list);
    res.end(clientIp((req.headers[CLIENT_IP_HEADER] as string | undefined) ?? null));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const get = (headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      request({ host: "127.0.0.1", port, headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(body));
      })
        .on("error", reject)
        .end();
    });
  return { get, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("setClientAddress on a real socket", () => {
  it("a direct caller cannot choose its address with X-Forwarded-For or our own header", async () => {
    const server = await echoServer(undefined);
    try {
      for (let i = 0; i < 5; i++) {
        const spoof = `198.51.100.${i}`;
        expect(await server.get({ "X-Forwarded-For": spoof, [CLIENT_IP_HEADER]: spoof })).toBe("127.0.0.1");
      }
    } finally {
      await server.close();
    }
  });

  it("behind a configured proxy, the address the proxy appended counts", async () => {
    const server = await echoServer("127.0.0.1");
    try {
      expect(await server.get({ "X-Forwarded-For": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
    } finally {
      await server.close();
    }
  });
});
