// nginx as the load balancer in front of several app instances, for `npm run test:multi`
// (scripts/e2e.ts with E2E_INSTANCES=2): Debian's package, installed on demand when running as root.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { waitExit, waitForPort } from "./embedded-db";

const NGINX = "/usr/sbin/nginx";

/** Installs Debian's nginx if it is missing (needs root: apt-get). */
export function ensureNginx(log: (line: string) => void) {
  if (existsSync(NGINX)) return;
  if (process.getuid?.() !== 0) throw new Error(`未找到 ${NGINX}：请先安装 nginx（sudo apt-get install -y nginx）`);
  log("未找到 nginx：apt-get install -y nginx");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx"], {
    stdio: "inherit",
    env,
  });
  if (install.status !== 0 || !existsSync(NGINX)) throw new Error("apt-get install nginx 失败");
}

/**
 * The production layout's proxy settings (docs/DEPLOYMENT.md): round robin over the upstreams, the
 * client's address appended to X-Forwarded-For, the browser's Host kept (server actions compare it
 * with Origin), bodies as large as the app accepts. X-Upstream names the instance that answered.
 */
export function nginxConfig(listenPort: number, upstreams: number[], dir: string, logDir: string): string {
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;`).join("\n");
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${logDir}/nginx-error.log warn;
events { worker_connections 256; }
http {
  log_format balanced '$remote_addr "$request" $status upstream=$upstream_addr';
  access_log ${logDir}/nginx-access.log balanced;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  upstream app {
${servers}
    keepalive 16;
    # below Node's 5 s keepAliveTimeout: otherwise nginx may reuse a connection the instance is closing
    # (a reset: retried for a GET, a 502 for a server action's POST)
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${listenPort};
    client_max_body_size 70m;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 300s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/**
 * Starts nginx in the foreground (its own process group) with its configuration and temp files in
 * dir and its logs in logDir (the master process, root or not, opens them).
 */
export async function startNginx(listenPort: number, upstreams: number[], dir: string, logDir: string) {
  // As root, nginx's worker runs as an unprivileged user: it must be able to write its temp files.
  mkdirSync(path.join(dir, "tmp"), { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(path.join(dir, "tmp"), 0o777);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig(listenPort, upstreams, dir, logDir));
  const errorLog = path.join(logDir, "nginx-error.log");
  // nginx appends: keep only this run's lines (upstreamCounts reads them)
  for (const name of ["nginx-error.log", "nginx-access.log"]) rmSync(path.join(logDir, name), { force: true });
  const args = ["-p", dir, "-c", conf, "-e", errorLog, "-g", "daemon off;"];
  const child: ChildProcess = spawn(NGINX, args, { detached: true, stdio: ["ignore", "inherit", "inherit"] });
  const exited = waitExit(child);
  const ready = waitForPort(listenPort, 15_000);
  const first = await Promise.race([ready.then(() => "ready" as const), exited.then(() => "exited" as const)]);
  if (first === "exited") throw new Error(`nginx 未能启动，见 ${errorLog}`);
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGQUIT"); // graceful: finish the requests in flight
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}

/** Requests per upstream in the access log written by nginxConfig (how the load was shared). */
export function upstreamCounts(logDir: string): string {
  const file = path.join(logDir, "nginx-access.log");
  if (!existsSync(file)) return "无访问日志";
  const counts = new Map<string, number>();
  for (const m of readFileSync(file, "utf8").matchAll(/ upstream=(\S+)$/gm)) {
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return [...counts].map(([upstream, n]) => `${upstream} ${n} 次`).join("，");
}
