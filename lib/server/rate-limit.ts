import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "./env";
import { RateLimitedError } from "./errors";

// Limits live in PostgreSQL so that they hold across several app instances.
let pool: pg.Pool | undefined;
function store() {
  if (!pool) {
    pool = new pg.Pool({ connectionString: env.databaseUrl, max: 3 });
    // An idle connection cut by a database restart is dropped by the pool; unheard, the event would end the process.
    pool.on("error", (error) => console.error("[rate-limit] idle database connection lost:", error.message));
  }
  return pool;
}

interface LimitSpec {
  points: number;
  /** seconds */
  duration: number;
  /** seconds to block once the points are used up (default: the rest of the window) */
  blockDuration?: number;
}

const SPECS = {
  /** per IP: failed logins (successes are free, so one NAT address can hold a whole department) */
  loginIp: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  /**
   * per account name + IP: 5 wrong passwords lock the name from that address for 15 minutes, so that
   * guessing at `reviewer` from one address does not lock the reviewer out everywhere
   */
  loginAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** per account name from any address: a guess spread over many addresses still locks it */
  loginAccountTotal: { points: 50, duration: 60 * 60, blockDuration: 15 * 60 },
  /** per staff account: wrong 动态验证码/恢复码 after a right password (the password is known: lock the account) */
  secondFactor: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** per IP: email codes sent */
  sendCodeIp: { points: 10, duration: 60 * 60 },
  /** per IP: registrations submitted */
  registerIp: { points: 10, duration: 60 * 60 },
  /** per IP: forgot-password resets attempted */
  resetIp: { points: 20, duration: 60 * 60 },
  /** per IP: public 证书查询 lookups (certificate number + holder name) */
  verifyIp: { points: 30, duration: 10 * 60 },
  /** per holder account: 【申请绑定】 (each asks the unit or the 审核部门 to confirm; refusals must not be spammed) */
  bindingRequest: { points: 3, duration: 24 * 60 * 60 },
} satisfies Record<string, LimitSpec>;
export type LimitName = keyof typeof SPECS;
const ACCOUNT_LOCKS: LimitName[] = ["loginAccount", "loginAccountTotal", "secondFactor", "bindingRequest"];

/**
 * RATE_LIMIT_MULTIPLIER raises the per-IP limits for test runs, where every request comes from
 * 127.0.0.1. It never applies to the per-account lockouts, and a production deployment refuses it.
 */
function multiplier(): number {
  const value = Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1);
  if (value !== 1 && env.isProductionDeployment)
    throw new Error("RATE_LIMIT_MULTIPLIER is not allowed when APP_ENV=production");
  return Number.isFinite(value) && value >= 1 ? value : 1;
}

const limiters = new Map<LimitName, RateLimiterPostgres>();
function limiter(name: LimitName) {
  let l = limiters.get(name);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: store(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      ...SPECS[name],
      points: ACCOUNT_LOCKS.includes(name) ? SPECS[name].points : SPECS[name].points * multiplier(),
    });
    limiters.set(name, l);
  }
  return l;
}

function minutes(ms: number) {
  return Math.max(1, Math.ceil(ms / 60000));
}

/** Spends one point; throws RateLimitedError with `message(minutes)` when none are left. */
export async function consume(name: LimitName, key: string, message: (minutes: number) => string) {
  try {
    await limiter(name).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(message(minutes(error.msBeforeNext)));
    throw error;
  }
}

/** Minutes until the key may try again, or 0 when it is not blocked. */
export async function blockedMinutes(name: LimitName, key: string): Promise<number> {
  const res = await limiter(name).get(key);
  return res && res.remainingPoints <= 0 ? minutes(res.msBeforeNext) : 0;
}

/** Records a failure (a wrong password); once the points are spent the key is blocked. */
export async function recordFailure(name: LimitName, key: string): Promise<void> {
  const spec: LimitSpec = SPECS[name];
  try {
    const res = await limiter(name).consume(key);
    // The failure that spends the last point starts the block: a full blockDuration from now, not
    // what is left of the counting window (callers refuse before a further point is consumed).
    if (res.remainingPoints <= 0 && spec.blockDuration) await limiter(name).block(key, spec.blockDuration);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

export const TOO_MANY = (what: string) => (m: number) => `${what}过于频繁，请${m}分钟后再试`;
