// Command-line options the benchmarks share: `--name value` or `--name=value`.

export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/**
 * `--database-url`, else $DATABASE_URL; exits with `usage` when neither is given. Sets DATABASE_URL, which
 * the app's lazily created client (lib/server/db.ts) reads on first use.
 */
export function databaseUrlOption(usage: string): string {
  const url = option("database-url") ?? process.env.DATABASE_URL;
  if (!url) {
    console.error(usage);
    process.exit(2);
  }
  process.env.DATABASE_URL = url;
  return url;
}
