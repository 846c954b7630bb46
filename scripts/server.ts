// The HTTP server in front of Next (run by scripts/start.ts instead of `next start`): it sets the
// client address header from the socket, so that no client can choose its own "IP" (lib/client-ip.ts).
import { createServer } from "node:http";
import next from "next";
import { setClientAddress, trustedProxies } from "../lib/client-ip";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const trusted = trustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();
const server = createServer((req, res) => {
  setClientAddress(req, trusted);
  void handle(req, res);
});
server.listen(port, host, () => console.log(`> Next.js ${dev ? "dev" : "production"} server on ${host}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
