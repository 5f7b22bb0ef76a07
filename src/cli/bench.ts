import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// `npm run bench`: guided chat turns per second and latency with 16 concurrent clients,
// beside the same server's /healthz in the same run. The machine is shared and noisy, so the
// figure that matters is the ratio; phases alternate so drift hits both sides alike.

const CONCURRENCY = 16;
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 4000);
const ROUNDS = 2;
const port = 18000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;

interface Phase {
  count: number;
  elapsedMs: number;
  latencies: number[];
  errors: number;
  /** CPU time the server process spent in this phase (Linux /proc), less noisy than wall time. */
  serverCpuMs: number;
}

/** The server's user + system CPU time in ms, from /proc (0 where there is no /proc). */
function serverCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("server did not start");
}

interface Question {
  kind: string;
  options?: Array<{ label: string }>;
}

/** A reply that keeps a self-care interview going: "No"-type answers, pain 3. */
function reply(question: Question): string {
  if (question.kind === "multi") return "None of these";
  if (question.kind === "number") return "3";
  const labels = question.options?.map((option) => option.label) ?? [];
  return labels.find((label) => /^(no|not swollen|getting better)$/i.test(label)) ?? labels[0] ?? "no";
}

/** The last question in a reply; only that one event is parsed, to keep the client light. */
function lastQuestion(sse: string): Question | undefined {
  const at = sse.lastIndexOf('data: {"type":"data-question"');
  if (at < 0) return undefined;
  const end = sse.indexOf("\n", at);
  return (JSON.parse(sse.slice(at + 6, end < 0 ? undefined : end)) as { data: Question }).data;
}

async function chatClient(deadline: number, phase: Phase, clientIndex: number): Promise<void> {
  let conversation = 0;
  while (Date.now() < deadline) {
    const id = `bench-${clientIndex}-${conversation++}-${Date.now()}`;
    let token = "";
    let text = "";
    let messageCount = 0;
    for (let turn = 0; turn < 40 && Date.now() < deadline; turn += 1) {
      const messages = text ? [{ id: `m${messageCount++}`, role: "user", parts: [{ type: "text", text }] }] : [];
      const started = performance.now();
      const response = await fetch(`${base}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { "x-visitor-token": token } : {}) },
        body: JSON.stringify({ id, messages }),
      });
      const body = await response.text();
      phase.latencies.push(performance.now() - started);
      if (!response.ok) {
        phase.errors += 1;
        break;
      }
      phase.count += 1;
      token ||= /"visitorToken":"([^"]+)"/.exec(body)?.[1] ?? "";
      const question = lastQuestion(body);
      if (turn === 0) text = "I'm 34 and my knee has ached for 3 weeks after runs, no injury";
      else if (!question) break;
      else text = reply(question);
    }
  }
}

async function healthClient(deadline: number, phase: Phase): Promise<void> {
  while (Date.now() < deadline) {
    const started = performance.now();
    const response = await fetch(`${base}/healthz`);
    await response.text();
    phase.latencies.push(performance.now() - started);
    if (response.ok) phase.count += 1;
    else phase.errors += 1;
  }
}

async function runPhase(kind: "health" | "chat"): Promise<Phase> {
  const phase: Phase = { count: 0, elapsedMs: 0, latencies: [], errors: 0, serverCpuMs: 0 };
  const started = performance.now();
  const cpuBefore = serverCpuMs(server.pid);
  const deadline = Date.now() + PHASE_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, (_, index) =>
      kind === "health" ? healthClient(deadline, phase) : chatClient(deadline, phase, index),
    ),
  );
  phase.elapsedMs = performance.now() - started;
  phase.serverCpuMs = serverCpuMs(server.pid) - cpuBefore;
  return phase;
}

function merge(phases: Phase[]): Phase {
  return phases.reduce((total, phase) => ({
    count: total.count + phase.count,
    elapsedMs: total.elapsedMs + phase.elapsedMs,
    latencies: [...total.latencies, ...phase.latencies],
    errors: total.errors + phase.errors,
    serverCpuMs: total.serverCpuMs + phase.serverCpuMs,
  }));
}

function describe(name: string, phase: Phase) {
  const sorted = [...phase.latencies].sort((a, b) => a - b);
  const perSecond = phase.count / (phase.elapsedMs / 1000);
  const cpuPerRequest = phase.serverCpuMs / Math.max(1, phase.count);
  console.log(
    `${name.padEnd(8)} ${perSecond.toFixed(0).padStart(6)} req/s   p50 ${percentile(sorted, 0.5).toFixed(1).padStart(6)} ms   p99 ${percentile(sorted, 0.99).toFixed(1).padStart(6)} ms   server CPU ${cpuPerRequest.toFixed(2)} ms/req   (${phase.count} ok, ${phase.errors} errors)`,
  );
  return { perSecond, p99: percentile(sorted, 0.99) };
}

const directory = mkdtempSync(join(tmpdir(), "knee-bench-"));
const server = spawn(
  process.execPath,
  [...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "--import", "tsx", "src/server.ts"],
  {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: join(directory, "bench.db"),
      OPENAI_API_KEY: "",
      OPENAI_BASE_URL: "",
      CHAT_RATE_LIMIT_PER_MINUTE: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
  },
);
try {
  await waitForServer();
  await runPhase("chat"); // warm-up: JIT, SQLite pages
  const health: Phase[] = [];
  const chat: Phase[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    health.push(await runPhase("health"));
    chat.push(await runPhase("chat"));
  }
  console.log(`\n${CONCURRENCY} concurrent clients, ${ROUNDS} x ${PHASE_MS} ms per side, alternating\n`);
  const healthFigures = describe("healthz", merge(health));
  const chatFigures = describe("chat", merge(chat));
  const ratio = chatFigures.perSecond / healthFigures.perSecond;
  console.log(`\nchat / healthz throughput ratio: ${(ratio * 100).toFixed(1)}%  (budget ≥ 25%)`);
  console.log(`chat p99: ${chatFigures.p99.toFixed(1)} ms  (budget ≤ 60 ms)`);
  console.log(ratio >= 0.25 && chatFigures.p99 <= 60 ? "within budget" : "OVER BUDGET");
} finally {
  server.kill("SIGTERM");
  rmSync(directory, { recursive: true, force: true });
}
