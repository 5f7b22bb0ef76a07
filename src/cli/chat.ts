import { createInterface } from "node:readline/promises";
import { DefaultChatTransport, readUIMessageStream } from "ai";
import { createApp } from "../app.js";
import type { KneeUIMessage, QuestionData } from "../chat/protocol/ui-message.js";
import { parseConfig } from "../config.js";
import { ensureDemoClinic } from "../db/clinics.js";
import { createNodeDatabase } from "../db/sqlite/node-database.js";
import { loadKnowledgeFromDir } from "../knowledge/load-knowledge-node.js";

// `npm run chat`: the same conversation in a terminal, through the same app and protocol.
// Quick replies show as numbered choices; type a number, several numbers (checklists), or words.
// It keeps its own throwaway database (in memory) unless given --db=PATH, so trying it out
// never writes test chats into the server's database (DATABASE_PATH is not used here).

const dbArgument = process.argv.find((arg) => arg.startsWith("--db="))?.slice("--db=".length);
const config = parseConfig({ ...process.env, DATABASE_PATH: dbArgument || ":memory:" });
const database = createNodeDatabase(config.DATABASE_PATH);
await ensureDemoClinic(database.db);
const knowledge = loadKnowledgeFromDir(new URL("../../knowledge/", import.meta.url).pathname);
const app = createApp({ config, db: database.db, knowledge });
const clinic = process.argv.find((arg) => arg.startsWith("--clinic="))?.slice("--clinic=".length) ?? "demo";

const chatId = `cli-${Date.now().toString(36)}`;
const messages: KneeUIMessage[] = [];
let token: string | undefined;
let pending: QuestionData | undefined;

async function send(text: string, answers?: Record<string, unknown>): Promise<KneeUIMessage> {
  if (text || answers)
    messages.push({
      id: `u${messages.length}`,
      role: "user",
      parts: [{ type: "text", text }],
      ...(answers ? { metadata: { answers } } : {}),
    });
  const transport = new DefaultChatTransport<KneeUIMessage>({
    api: `${config.publicOrigin}/api/chat`,
    headers: token ? { "x-visitor-token": token } : {},
    body: { clinic },
    fetch: async (url, init) => {
      const response = await app.request(String(url), init as RequestInit);
      if (!response.ok) throw new Error(((await response.json()) as { error: { message: string } }).error.message);
      return response;
    },
  });
  const stream = await transport.sendMessages({
    chatId,
    messages,
    trigger: "submit-message",
    messageId: undefined,
    abortSignal: undefined,
  });
  let last: KneeUIMessage | undefined;
  for await (const message of readUIMessageStream<KneeUIMessage>({ stream })) last = message;
  if (!last) throw new Error("no reply");
  token ??= last.metadata?.visitorToken;
  messages.push(last);
  return last;
}

/** The widget's words for touch screens, as a terminal user does it. */
const forTerminal = (text: string) =>
  text.replace(/\btap one of the answers\b/gi, "type the number of one of the answers").replace(/\btap\b/gi, "type");

function show(message: KneeUIMessage): void {
  pending = undefined;
  for (const part of message.parts) {
    if (part.type === "text") console.log(`\n${forTerminal(part.text)}`);
    if (part.type === "source-url") console.log(`  [source] ${part.title ?? ""} ${part.url}`);
    if (part.type === "data-question") {
      pending = part.data;
      part.data.options?.forEach((option, index) => console.log(`  ${index + 1}. ${option.label}`));
      if (part.data.kind === "multi")
        console.log("  (type the numbers that apply, e.g. 1,3, or answer in your own words)");
      else if (part.data.kind === "number")
        console.log(
          `  (type a number${part.data.min !== undefined && part.data.max !== undefined ? ` from ${part.data.min} to ${part.data.max}` : ""})`,
        );
      else console.log("  (type a number, or answer in your own words)");
    }
    if (part.type === "data-cta")
      part.data.actions.forEach((action) =>
        console.log(`  -> ${action.label}${action.href ? ` (${action.href})` : ""}`),
      );
  }
}

/** Turn "2" or "1,3" into the chosen option labels; anything else is the visitor's words. */
function resolveInput(input: string): string {
  const options = pending?.options;
  if (!options || !/^\s*\d+(\s*,\s*\d+)*\s*$/.test(input) || pending?.kind === "number") return input;
  const labels = input.split(",").map((piece) => options[Number(piece.trim()) - 1]?.label);
  return labels.every(Boolean) ? labels.join(", ") : input;
}

const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
console.log(
  `knee-triage chat (type 'quit' to leave). ${dbArgument ? `Saving to ${dbArgument}.` : "A throwaway in-memory database: nothing is saved (--db=PATH to keep it)."}`,
);
show(await send(""));
// Lines are read as a stream so piped input (a script, a test) is never dropped between turns.
try {
  process.stdout.write("\n> ");
  for await (const raw of terminal) {
    const line = raw.trim();
    if (line === "quit" || line === "exit") break;
    if (line !== "") {
      if (!process.stdin.isTTY) console.log(line);
      try {
        show(await send(resolveInput(line)));
      } catch (error) {
        console.log(`\n(${error instanceof Error ? error.message : String(error)})`);
      }
    }
    process.stdout.write("\n> ");
  }
} finally {
  terminal.close();
  await database.close();
}
