import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "../env";

// TOTP secrets must be readable by the server (it computes the expected code), so they are encrypted,
// not hashed: AES-256-GCM with TOTP_ENCRYPTION_KEY; a 12-byte random IV per secret; the tag makes a
// tampered value fail to open. Stored as "v1.<iv>.<tag>.<ciphertext>", base64url.

const VERSION = "v1";

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", env.totpEncryptionKey, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function openSecret(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !data) throw new Error("unreadable TOTP secret");
  const decipher = createDecipheriv("aes-256-gcm", env.totpEncryptionKey, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
