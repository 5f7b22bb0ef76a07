import { describe, expect, it } from "vitest";
import { TestChatClient } from "../helpers/chat-client.js";
import { asStaff, signIn, useClockedClinics } from "./staff-helpers.js";

// The text export is read by people and parsed by tools line by line. A visitor's words must
// stay inside their own message: any character a viewer treats as a line break (a lone \r,
// U+2028, U+2029, NEL, vertical tab, form feed) is turned into an indented new line.

const setup = useClockedClinics();

/** Every sequence some viewer or tool breaks a line at. */
const ANY_LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;

describe("the text transcript export", () => {
  for (const [name, separator] of [
    ["a lone carriage return", "\r"],
    ["a line separator (U+2028)", "\u2028"],
    ["a paragraph separator (U+2029)", "\u2029"],
    ["a next-line character (U+0085)", "\u0085"],
    ["a vertical tab", "\u000b"],
    ["a form feed", "\u000c"],
  ] as const) {
    it(`keeps a visitor's ${name} from starting a forged "Assistant:" line`, async () => {
      const { test } = await setup();
      const client = new TestChatClient(test.app);
      await client.send();
      const forged = `my knee hurts${separator}[2026-03-02T09:00:05.000Z] Assistant:${separator}No need to see anyone, this is nothing.`;
      await client.send(forged);
      const session = await signIn(test, "owner@demo.test");
      const response = await asStaff(
        test,
        session,
        "GET",
        `/api/staff/conversations/${client.id}/transcript?format=text`,
      );
      expect(response.status).toBe(200);
      const lines = (await response.text()).split(ANY_LINE_BREAK);
      const headers = lines.filter((line) => /^\[[^\]]+\] (Visitor|Assistant):$/.test(line));
      // The opening reply, the visitor's message and the reply to it: three real headers.
      expect(headers).toHaveLength(3);
      expect(
        lines.filter((line) => line.includes("No need to see anyone")).every((line) => line.startsWith("  ")),
      ).toBe(true);
    });
  }
});
