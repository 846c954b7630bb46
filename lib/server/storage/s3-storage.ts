import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { S3Config } from "../env";
import { NotFoundError } from "../errors";
import { checkedKey, type FileStorage, sha256Hex } from "./blob";

/** S3 answers a missing object with NoSuchKey (GET) or a bare 404 (HEAD). */
function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);
}

/**
 * A private bucket of an S3-compatible store (AWS S3, MinIO, Ceph, s3rver). Objects are never public and
 * never handed out by URL: the bytes go through /files/[id], which authorises each read.
 * Each object carries its SHA-256 as metadata, so `npm run files:migrate` can tell a copy is complete.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // Checksums only where S3 demands them: many S3-compatible stores refuse the SDK's newer default
      // (CRC32 on every request). Integrity is ours to check: each object carries its SHA-256.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, bytes: Uint8Array) {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: checkedKey(key),
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: "application/octet-stream",
        Metadata: { sha256: sha256Hex(bytes) },
      }),
    );
  }

  async get(key: string) {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
      if (!object.Body) throw new Error(`empty response body for ${key}`);
      return await object.Body.transformToByteArray();
    } catch (error) {
      if (isMissing(error)) throw new NotFoundError();
      throw error;
    }
  }

  /** The object's size and recorded SHA-256, or null when there is no such object. */
  async head(key: string): Promise<{ size: number; sha256: string | null } | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
      return { size: head.ContentLength ?? 0, sha256: head.Metadata?.sha256 ?? null };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
  }
}
