// The HTTP server in front of Next (run by scripts/start.ts instead of `next start`): it sets the
// client address header from the socket, so that no client can choose its own "IP" (lib/client-ip.ts),
// and refuses a large server-action body from anyone without a live session before Next reads it
// (lib/action-body-limit.ts).
import { createServer } from "node:http";
import next from "next";
import pg from "pg";
import { refuseLargeAnonymousAction } from "../lib/action-body-limit";
import { setClientAddress, trustedProxies } from "../lib/client-ip";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const trusted = trustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();
const sessions = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
// An idle connection cut by a database restart is dropped by the pool; unheard, the event would end the server.
sessions.on("error", (error) => console.error("[server] idle database connection lost:", error.message));
const liveSession = async (tokenHash: string) => {
  const { rowCount } = await sessions.query(
    `SELECT 1 FROM "Session" WHERE "tokenHash" = $1 AND "expiresAt" > now() AT TIME ZONE 'UTC'`,
    [tokenHash],
  );
  return (rowCount ?? 0) > 0;
};
const server = createServer((req, res) => {
  setClientAddress(req, trusted);
  refuseLargeAnonymousAction(req, res, liveSession).then(
    (answered) => answered || void handle(req, res),
    (error: unknown) => {
      console.error("[server] session lookup failed", error);
      res.writeHead(503, { Connection: "close" }).end();
    },
  );
});
server.listen(port, host, () => console.log(`> Next.js ${dev ? "dev" : "production"} server on ${host}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void Promise.allSettled([app.close(), sessions.end()]).finally(() => process.exit(0));
  });
}
