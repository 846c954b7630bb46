// What the benchmarks share.
import { randomUUID } from "node:crypto";
import { db } from "../lib/server/db";

/** A stored file to stand for every upload the benchmark's rows refer to (its bytes are never read). */
export function benchFile() {
  return db.storedFile.create({
    data: {
      key: `bench/${randomUUID()}`,
      originalName: "bench.pdf",
      mimeType: "application/pdf",
      size: 1,
      sha256: "0",
    },
  });
}
