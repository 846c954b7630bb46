// One row of the HTTP benchmark at one connection count, with autocannon: every response's latency
// (autocannon's result has no p95) and every response checked, so that a fast error is not counted as speed.
import autocannon from "autocannon";

export interface LoadRequest {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface LoadSpec {
  url: string;
  connections: number;
  /** seconds; ignored when `amount` is set */
  duration: number;
  /** a fixed number of requests (each submission needs its own certificate) */
  amount?: number;
  /** the request to send next (called for every request) */
  next: () => LoadRequest;
  /** what is wrong with a response, or null */
  check: (status: number, body: string, headers: Record<string, string | string[]>) => string | null;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** responses that failed the check, and the first reason */
  failed: number;
  failure?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  let failure: string | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
        timeout: 60,
        requests: [
          {
            setupRequest: (request) => {
              const next = spec.next();
              return {
                ...request,
                method: next.method ?? "GET",
                path: next.path,
                headers: next.headers,
                body: next.body,
              };
            },
            onResponse: (status, body, _context, headers) => {
              const wrong = spec.check(status, body, (headers ?? {}) as Record<string, string | string[]>);
              if (wrong) {
                failed++;
                failure ??= `${wrong} (HTTP ${status})`;
              }
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  if (latencies.length === 0) {
    failed++;
    failure ??= `${spec.duration} 秒内没有一个响应`;
  }
  const errors = result.errors + result.timeouts;
  if (errors > 0) {
    failed += errors;
    failure ??= `${result.errors} connection errors, ${result.timeouts} timeouts`;
  }
  return {
    requests: latencies.length,
    rps: latencies.length / (result.duration || 1),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failed,
    failure,
  };
}
