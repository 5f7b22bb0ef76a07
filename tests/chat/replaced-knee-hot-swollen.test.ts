import { afterEach, describe, expect, it } from "vitest";
import { interpretReply } from "../../src/chat/interview/interpret-reply.js";
import { TestChatClient, latestTriage } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";

// A hot, swollen artificial knee is E-SEPTIC (spec §4: hotRed yes/unsure, swelling not none,
// kneeReplacement yes), whatever the temperature. An aside that dates the operation ("done 2
// years ago") dates the operation, not the heat and swelling this week (tests/eval
// real-conversations-2 p51, which took 7 questions to reach the emergency).

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const now = new Date(2026, 0, 5, 12);
const opening = (text: string) =>
  interpretReply({ text, structured: undefined, pending: undefined, now }).extraction.answers;

describe("a replaced knee gone warm and swollen, with the operation dated in an aside", () => {
  it.each([
    "my knee replacement (done 2 years ago) has gone warm and swollen this week. no temperature, i feel ok in myself. no injury. it was perfect until now",
    "my knee replacement, done 2 years ago, has gone hot and swollen",
    "had my knee replaced (2 years ago) and it's now warm and swollen",
  ])("reads %j as hot, swollen and replaced", (text) => {
    expect(opening(text)).toMatchObject({ kneeReplacement: "yes", hotRed: "yes", swelling: expect.any(String) });
  });

  it.each([
    "i had a hot swollen knee 2 years ago",
    "my knee (the replaced one) was hot and swollen years ago",
    "years ago my knee went hot and swollen after a football match",
  ])("still reads %j as the past, not this knee now", (text) => {
    expect(opening(text).hotRed).toBeUndefined();
  });

  it("goes straight to the emergency department over HTTP", async () => {
    const test = await createTestApp();
    cleanup = test.close;
    const client = new TestChatClient(test.app);
    await client.send();
    await client.send(
      "my knee replacement (done 2 years ago) has gone warm and swollen this week. no temperature, i feel ok in myself. no injury. it was perfect until now",
    );
    expect(latestTriage(client)).toMatchObject({ level: "emergency", action: "go_to_emergency_department" });
    expect(latestTriage(client)?.reasons.map((reason) => reason.rule)).toContain("E-SEPTIC");
  });
});

describe("an aside that dates something other than an operation", () => {
  it("keeps 'my knee swelled up and went hot (2 years ago)' as the past", () => {
    expect(opening("my knee swelled up and went hot (2 years ago)").hotRed).toBeUndefined();
  });
});
