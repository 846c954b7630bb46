import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * What the QR code on a printed application form vouches for. The token is stateless: it is
 * `base64url(JSON) + "." + base64url(HMAC-SHA256)`, so the public verification page can tell an
 * untouched form from an edited one without a database row per printout.
 *
 * The payload is signed, not encrypted: anyone who scans the code can read it, just as they can read
 * the paper form it is printed on. The verification page masks the holder's name all the same.
 */
export interface FormClaims {
  /** e.g. "单位信息变更" */
  kind: string;
  certificateNumber: string;
  holderName: string;
  /** Labelled values printed on the form, e.g. { 原单位名称: "…", 新单位名称: "…" }. */
  fields: Record<string, string>;
  /** YYYY-MM-DD */
  generatedOn: string;
}

/** Version 1 wire format: short keys keep the QR code small. */
interface WireV1 {
  v: 1;
  k: string;
  c: string;
  n: string;
  f: Record<string, string>;
  d: string;
}

/** Tokens longer than this are rejected before any work is done. */
const MAX_TOKEN_LENGTH = 4096;
const SIGNATURE_BYTES = 32;

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set (npm start sets it; see README)");
  // A key of its own, derived from AUTH_SECRET, so these signatures never collide with its other uses.
  return createHmac("sha256", secret).update("anguan:form-token:v1").digest();
}

function sign(payload: string, secretKey: Buffer = key()): Buffer {
  return createHmac("sha256", secretKey).update(payload).digest();
}

export function signFormToken(claims: FormClaims): string {
  const wire: WireV1 = {
    v: 1,
    k: claims.kind,
    c: claims.certificateNumber,
    n: claims.holderName,
    f: { ...claims.fields },
    d: claims.generatedOn,
  };
  const payload = Buffer.from(JSON.stringify(wire), "utf8").toString("base64url");
  return `${payload}.${sign(payload).toString("base64url")}`;
}

/** The claims of an intact token; null for anything else (tampered, truncated, foreign, garbage). */
export function verifyFormToken(token: string): FormClaims | null {
  const secretKey = key(); // a missing AUTH_SECRET is a deployment error, not a bad token: it throws
  try {
    if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
    const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const [, payload, signature] = match;
    const given = Buffer.from(signature, "base64url");
    const expected = sign(payload, secretKey);
    if (given.length !== SIGNATURE_BYTES || !timingSafeEqual(given, expected)) return null;
    // Only a canonical encoding is accepted (base64url decoding ignores stray trailing bits).
    if (given.toString("base64url") !== signature) return null;
    return parseWire(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  } catch {
    return null; // undecodable payload, invalid JSON
  }
}

function parseWire(value: unknown): FormClaims | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const w = value as Partial<Record<keyof WireV1, unknown>>;
  if (w.v !== 1) return null;
  if (typeof w.k !== "string" || typeof w.c !== "string" || typeof w.n !== "string" || typeof w.d !== "string")
    return null;
  if (typeof w.f !== "object" || w.f === null || Array.isArray(w.f)) return null;
  const fields: Record<string, string> = {};
  for (const [label, v] of Object.entries(w.f)) {
    if (typeof v !== "string") return null;
    fields[label] = v;
  }
  return { kind: w.k, certificateNumber: w.c, holderName: w.n, fields, generatedOn: w.d };
}
