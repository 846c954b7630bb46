import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/server/errors";
import { runBatch } from "@/lib/server/workflow/run-batch";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("runBatch", () => {
  it("runs rows at once up to the concurrency and reports them in the input's order", async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 12 }, (_, i) => i);
    const results = await runBatch(
      items,
      (i) => `row-${i}`,
      async (i) => {
        running++;
        most = Math.max(most, running);
        await sleep(12 - i); // later rows finish first
        running--;
        if (i % 5 === 0) throw new ConflictError();
      },
      { concurrency: 4 },
    );
    expect(most).toBe(4);
    expect(results.map((r) => r.id)).toEqual(items.map((i) => `row-${i}`));
    expect(results.filter((r) => !r.ok).map((r) => r.id)).toEqual(["row-0", "row-5", "row-10"]);
    expect(results[5].message).toBe(new ConflictError().message);
  });

  it("one row at a time by default", async () => {
    let running = 0;
    let most = 0;
    await runBatch([1, 2, 3], String, async () => {
      running++;
      most = Math.max(most, running);
      await sleep(2);
      running--;
    });
    expect(most).toBe(1);
  });

  it("after an unexpected error starts no further row, lets running rows finish, and throws", async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = runBatch(
      Array.from({ length: 20 }, (_, i) => i),
      String,
      async (i) => {
        started.push(i);
        if (i === 1) throw new Error("database went away");
        await sleep(5);
        finished.push(i);
      },
      { concurrency: 3 },
    );
    await expect(run).rejects.toThrow("database went away");
    expect(started).toEqual([0, 1, 2]);
    expect(finished.sort()).toEqual([0, 2]);
  });
});
