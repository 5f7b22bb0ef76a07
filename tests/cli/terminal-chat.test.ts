import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// `npm run chat` as someone trying it out would: it never writes into the server's database
// unless asked to, and it speaks of typing numbers, not tapping.

let directory: string | undefined;
afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

function chat(input: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/chat.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => resolve(output));
    child.stdin.end(input);
  });
}

describe("the terminal chat", { timeout: 60_000 }, () => {
  it("uses a throwaway database by default, even when DATABASE_PATH names the server's", async () => {
    directory = mkdtempSync(join(tmpdir(), "knee-chat-"));
    const serverDatabase = join(directory, "server.db");
    const output = await chat("my knee aches when I run, no injury\nblorf\nquit\n", [], {
      DATABASE_PATH: serverDatabase,
    });
    expect(output).toContain("throwaway");
    expect(existsSync(serverDatabase)).toBe(false);
    // The terminal's words: type a number, never tap.
    expect(output).toContain("type a number");
    // "blorf" is not an answer: the question comes back with its choices, numbered.
    expect(output).toMatch(/didn't catch that[^]*You can choose one of[^]*\n {2}1\. /);
    expect(output).not.toMatch(/\btap\b/i);
  });

  it("keeps the chat in a database file when given --db=PATH", async () => {
    directory = mkdtempSync(join(tmpdir(), "knee-chat-"));
    const kept = join(directory, "kept.db");
    const output = await chat("my knee aches when I run\nquit\n", [`--db=${kept}`], {});
    expect(output).toContain(`Saving to ${kept}`);
    expect(existsSync(kept)).toBe(true);
  });
});
