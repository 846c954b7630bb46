import "server-only";
import { createHash } from "node:crypto";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (npm start sets it; see README)`);
  return value;
}

/** The S3-compatible bucket uploads go to (see `env.s3`). */
export interface S3Config {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export const env = {
  get databaseUrl() {
    return required("DATABASE_URL");
  },
  /**
   * A PostgreSQL streaming replica of DATABASE_URL's cluster (hot standby), or undefined: list and search
   * pages read through `readDb()`, which uses it unless the caller wrote a moment ago (read-db.ts).
   */
  get databaseReplicaUrl() {
    return process.env.DATABASE_REPLICA_URL || undefined;
  },
  get authSecret() {
    return required("AUTH_SECRET");
  },
  /**
   * The AES-256-GCM key for staff TOTP secrets: TOTP_ENCRYPTION_KEY (64 hex characters or base64 of 32
   * bytes), required with APP_ENV=production; elsewhere derived from AUTH_SECRET when unset.
   */
  get totpEncryptionKey(): Buffer {
    const value = process.env.TOTP_ENCRYPTION_KEY;
    if (!value) {
      if (this.isProductionDeployment)
        throw new Error("TOTP_ENCRYPTION_KEY is not set (required with APP_ENV=production)");
      return createHash("sha256").update(`totp-encryption:${this.authSecret}`).digest();
    }
    const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
    if (key.length !== 32) throw new Error("TOTP_ENCRYPTION_KEY must be 32 bytes (64 hex characters or base64)");
    return key;
  },
  get appUrl() {
    return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  },
  get fileStorageDir() {
    return process.env.FILE_STORAGE_DIR ?? ".data/files";
  },
  /**
   * S3_BUCKET selects the S3-compatible store instead of FILE_STORAGE_DIR. S3_ENDPOINT names a non-AWS
   * store (MinIO, Ceph, s3rver), addressed by path (`S3_FORCE_PATH_STYLE`, default on with an endpoint).
   * Without S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY the SDK's own chain (instance role, AWS_*) is used.
   */
  get s3(): S3Config | null {
    const bucket = process.env.S3_BUCKET;
    if (!bucket) return null;
    const endpoint = process.env.S3_ENDPOINT || undefined;
    const accessKeyId = process.env.S3_ACCESS_KEY_ID;
    const secretAccessKey = process.env.S3_SECRET_ACCESS_KEY;
    if (!accessKeyId !== !secretAccessKey)
      throw new Error("set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither");
    const pathStyle = process.env.S3_FORCE_PATH_STYLE;
    return {
      bucket,
      region: process.env.S3_REGION || "us-east-1",
      endpoint,
      forcePathStyle: pathStyle ? pathStyle === "1" || pathStyle === "true" : endpoint !== undefined,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    };
  },
  get smtpUrl() {
    return process.env.SMTP_URL || undefined;
  },
  get mailFrom() {
    return process.env.MAIL_FROM ?? "安管人员考核系统 <noreply@localhost>";
  },
  /** APP_ENV=production marks a real deployment: the dev mailbox is off and SMTP_URL is required. */
  get isProductionDeployment() {
    return process.env.APP_ENV === "production";
  },
  /**
   * Mail with no SMTP server goes to /dev/mailbox — a page anyone can open, so only when asked for
   * (DEV_MAILBOX=1, which `npm start` sets for its embedded demo database) and never in production.
   */
  get devMailboxEnabled() {
    return !this.smtpUrl && !this.isProductionDeployment && process.env.DEV_MAILBOX === "1";
  },
  /** Send the session cookie only over HTTPS: always in production, elsewhere when the public URL is HTTPS. */
  get secureCookies() {
    return this.isProductionDeployment || this.appUrl.startsWith("https://");
  },
  /** 编号规则: the province abbreviation that starts every new certificate number (浙交安C(26)G00001). */
  get certProvinceAbbr() {
    return process.env.CERT_PROVINCE_ABBR || "浙";
  },
  /** 发证机关 printed on certificates issued here (首次核发). */
  get certIssuingAuthority() {
    return process.env.CERT_ISSUING_AUTHORITY || "浙江省交通运输厅";
  },
};
