// Starts the app database exactly as `npm start` does, prints where, and keeps running until killed.
// Used by embedded-db-restart.test.ts, which kills it with SIGKILL.
import { startAppDatabase } from "../../../scripts/lib/app-database";

async function main() {
  const database = await startAppDatabase(process.argv[2], { log: (line) => console.error(line) });
  console.log(JSON.stringify({ url: database.url, port: database.port, dataDir: database.dataDir }));
  setInterval(() => {}, 60_000);
}

main().catch((err: Error) => {
  console.log(JSON.stringify({ error: err.message }));
  process.exit(1);
});
