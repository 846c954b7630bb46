import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";
import { NotFoundError } from "../errors";
import { checkedKey, type FileStorage } from "./blob";
import { S3Storage } from "./s3-storage";

export type { FileStorage } from "./blob";

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    return path.join(this.root, checkedKey(key));
  }

  async put(key: string, bytes: Uint8Array) {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  }

  async get(key: string) {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new NotFoundError();
      throw error;
    }
  }

  async delete(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The local store, whatever is selected: the source of `npm run files:migrate`. */
export function localDiskStorage(): LocalDiskStorage {
  return new LocalDiskStorage(path.resolve(env.fileStorageDir));
}

let storage: FileStorage | undefined;
export function fileStorage(): FileStorage {
  if (!storage) {
    const s3 = env.s3;
    storage = s3 ? new S3Storage(s3) : localDiskStorage();
  }
  return storage;
}
