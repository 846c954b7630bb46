// Issue 11 "Past one machine": the S3-compatible FileStorage, against s3rver on loopback, and
// `npm run files:migrate` (local disk → bucket, verified by SHA-256, idempotent).
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { NextRequest } from "next/server";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getFile } from "@/app/files/[id]/route";
import { createSession, sessionCookieName } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { NotFoundError } from "@/lib/server/errors";
import { saveUpload } from "@/lib/server/files/save-upload";
import { migrateFilesToS3 } from "@/lib/server/storage/migrate-files-to-s3";
import { S3Storage } from "@/lib/server/storage/s3-storage";
import { fileStorage, LocalDiskStorage } from "@/lib/server/storage/storage";
import { createStaff, pdfBytes, pngBytes, sha256 } from "./support/factories";

const BUCKET = "anguan-files";
let server: S3rver;
let dir: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "s3rver-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: path.join(dir, "bucket"),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = (await server.run()) as AddressInfo;
  const vars = {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    FILE_STORAGE_DIR: path.join(dir, "local"),
  };
  for (const [name, value] of Object.entries(vars)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const bucket = () => new S3Storage(env.s3!);
const keyOf = () => `test/${randomUUID()}`;

describe("S3Storage", () => {
  it("is what fileStorage() selects when S3_BUCKET is set", () => {
    expect(fileStorage()).toBeInstanceOf(S3Storage);
    expect(env.s3).toMatchObject({ bucket: BUCKET, forcePathStyle: true });
  });

  it("reads the S3_* variables: path style with an endpoint, the SDK's chain without keys, never half keys", () => {
    try {
      vi.stubEnv("S3_FORCE_PATH_STYLE", "0");
      expect(env.s3?.forcePathStyle).toBe(false);
      for (const name of ["S3_FORCE_PATH_STYLE", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) {
        vi.stubEnv(name, undefined);
      }
      expect(env.s3).toEqual({ bucket: BUCKET, region: "us-east-1", forcePathStyle: false });
      vi.stubEnv("S3_ACCESS_KEY_ID", "only-one");
      expect(() => env.s3).toThrow("set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither");
      vi.stubEnv("S3_BUCKET", undefined);
      expect(env.s3).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("saves, reads back byte-identical, records the SHA-256, deletes", async () => {
    const storage = bucket();
    const key = keyOf();
    const bytes = new Uint8Array(256 * 1024).map((_, i) => (i * 7919) % 256);
    await storage.put(key, bytes);
    const back = await storage.get(key);
    expect(sha256(back)).toBe(sha256(bytes));
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    expect(await storage.head(key)).toEqual({ size: bytes.length, sha256: sha256(bytes) });
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(NotFoundError);
    expect(await storage.head(key)).toBeNull();
  });

  it("treats a missing key as local disk does: get → NotFoundError, delete → nothing", async () => {
    const local = new LocalDiskStorage(path.join(dir, "local"));
    for (const storage of [bucket(), local]) {
      const key = keyOf();
      await expect(storage.get(key)).rejects.toBeInstanceOf(NotFoundError);
      await expect(storage.delete(key)).resolves.toBeUndefined();
    }
  });

  it("refuses keys we did not generate", async () => {
    await expect(bucket().put("../etc/passwd", pngBytes())).rejects.toThrow("invalid storage key");
    await expect(bucket().get("A/../b")).rejects.toThrow("invalid storage key");
  });

  it("serves an upload through /files/[id] to an authorised reader, and only to them", async () => {
    const bytes = pdfBytes("s3");
    const { actor: reviewer, account } = await createStaff("REVIEWER");
    const id = await saveUpload({
      file: new File([bytes], "营业执照.pdf"),
      field: "licenseFile",
      uploadedById: account.id,
    });
    const row = await db.storedFile.findUniqueOrThrow({ where: { id } });
    expect(sha256(await bucket().get(row.key))).toBe(sha256(bytes));

    const request = async (accountId: string) => {
      const cookie = `${sessionCookieName()}=${(await createSession(accountId)).token}`;
      return getFile(new NextRequest(`http://localhost/files/${id}`, { headers: { cookie } }), {
        params: Promise.resolve({ id }),
      });
    };
    const response = await request(reviewer.accountId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(bytes));

    const { actor: admin } = await createStaff("ADMIN");
    expect((await request(admin.accountId)).status).toBe(403);

    // The row survives but the object is gone: a 404, as with local disk, never a 500.
    await bucket().delete(row.key);
    expect((await request(reviewer.accountId)).status).toBe(404);
  });
});

describe("files:migrate", () => {
  /** A StoredFile row with its bytes on local disk (or `onDisk` instead, or nothing when null). */
  async function localFile(local: LocalDiskStorage, bytes: Uint8Array, onDisk: Uint8Array | null = bytes) {
    const id = randomUUID();
    const key = `test/${id}`;
    if (onDisk) await local.put(key, onDisk);
    return db.storedFile.create({
      data: {
        id,
        key,
        originalName: "附件.pdf",
        mimeType: "application/pdf",
        size: bytes.length,
        sha256: sha256(bytes),
      },
    });
  }

  it("copies every file, verifies it, reports what it could not copy, and skips on a second run", async () => {
    const local = new LocalDiskStorage(path.join(dir, "local"));
    const good = await Promise.all([1, 2, 3].map((n) => localFile(local, pdfBytes(`file ${n}`))));
    const missing = await localFile(local, pdfBytes("missing"), null);
    const corrupt = await localFile(local, pdfBytes("recorded"), pdfBytes("changed"));
    const to = bucket();

    const first = await migrateFilesToS3({ from: local, to });
    expect(first).toMatchObject({ total: 5, copied: 3, skipped: 0 });
    expect(first.problems).toEqual(
      expect.arrayContaining([
        { id: missing.id, key: missing.key, problem: "本地文件缺失" },
        { id: corrupt.id, key: corrupt.key, problem: "本地文件与记录的 SHA-256 不符" },
      ]),
    );
    for (const row of good) expect(sha256(await to.get(row.key))).toBe(row.sha256);
    await expect(to.get(missing.key)).rejects.toBeInstanceOf(NotFoundError);
    await expect(to.get(corrupt.key)).rejects.toBeInstanceOf(NotFoundError);

    const second = await migrateFilesToS3({ from: local, to });
    expect(second).toMatchObject({ total: 5, copied: 0, skipped: 3 });

    // An object in the bucket that differs from the record is copied again.
    await to.put(good[0].key, pdfBytes("tampered"));
    expect(await migrateFilesToS3({ from: local, to })).toMatchObject({ copied: 1, skipped: 2 });
    expect(sha256(await to.get(good[0].key))).toBe(good[0].sha256);
  });

  it("runs as `npm run files:migrate`, printing the counts", async () => {
    const local = new LocalDiskStorage(path.join(dir, "local"));
    const row = await localFile(local, pngBytes());
    const run = () =>
      promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/files-migrate.ts"], {
        env: process.env,
      });
    expect((await run()).stdout).toContain("共 1 个文件：已复制并校验 1 个，已存在跳过 0 个，失败 0 个。");
    expect(sha256(await bucket().get(row.key))).toBe(row.sha256);
    expect((await run()).stdout).toContain("已复制并校验 0 个，已存在跳过 1 个");

    await writeFile(path.join(dir, "local", row.key), "not the bytes");
    await bucket().delete(row.key);
    const failed = run();
    await expect(failed).rejects.toMatchObject({ code: 1 });
    await expect(failed).rejects.toMatchObject({ stdout: expect.stringContaining("本地文件与记录的 SHA-256 不符") });
  });
});
