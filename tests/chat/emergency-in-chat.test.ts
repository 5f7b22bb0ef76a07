import { afterEach, describe, expect, it } from "vitest";
import { TestChatClient, latestTriage, questionOf, textOf } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";
import { insertClinic } from "../../src/db/clinics.js";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openChat(clinic?: string) {
  const test = await createTestApp();
  cleanup = test.close;
  if (clinic) await insertClinic(test.db, { slug: clinic, name: "Harbour PT", emergencyNumber: "000" });
  const client = new TestChatClient(test.app, undefined, clinic);
  await client.send();
  return client;
}

function emergencyPart(message: Awaited<ReturnType<TestChatClient["send"]>>) {
  const part = message.parts.find((candidate) => candidate.type === "data-emergency");
  return part?.type === "data-emergency" ? part.data : undefined;
}

describe("the emergency screen ends the interview", () => {
  it("a cold foot in the first message shows the fixed emergency card and asks nothing more", async () => {
    const client = await openChat();
    const reply = await client.send("I fell off my bike and now my foot is cold and looks pale");
    expect(latestTriage(client)?.level).toBe("emergency");
    expect(latestTriage(client)?.action).toBe("call_emergency_services");
    expect(emergencyPart(reply)?.headline).toBe("Call 911 now.");
    expect(questionOf(reply)).toBeUndefined();
  });

  it("uses the clinic's own emergency number", async () => {
    const client = await openChat("harbour");
    const reply = await client.send("I have chest pain and my calf is swollen");
    expect(emergencyPart(reply)?.emergencyNumber).toBe("000");
    expect(textOf(reply)).toContain("Call 000 now.");
  });

  it("a fever with a hot knee is recorded, swelling is asked next, and a swollen knee then ends in the emergency card", async () => {
    const client = await openChat();
    const first = await client.send("I have a fever and my knee is hot");
    // Ruleset 2026.12 §7: the screen records facts and the engine decides; E-SEPTIC needs swelling.
    expect(emergencyPart(first)).toBeUndefined();
    expect(questionOf(first)?.fields).toContain("swelling");
    const reply = await client.send("", { swelling: "mild" });
    expect(latestTriage(client)?.level).toBe("emergency");
    expect(emergencyPart(reply)).toBeDefined();
  });

  it("a numb foot without an injury is not an emergency: the interview asks about an injury first", async () => {
    const client = await openChat();
    const first = await client.send("I can't feel my foot properly, pins and needles below the knee");
    expect(emergencyPart(first)).toBeUndefined();
    expect(latestTriage(client)?.level).not.toBe("emergency");
    expect(questionOf(first)?.fields[0]).toBe("injury");
    const reply = await client.send("", { injury: "yes", daysSinceOnset: 1 });
    expect(latestTriage(client)?.level).toBe("emergency");
    expect(emergencyPart(reply)).toBeDefined();
  });

  it("nothing said afterwards lowers the emergency", async () => {
    const client = await openChat();
    await client.send("my kneecap is out and still stuck on the side");
    const after = await client.send("actually it's fine now, ignore that, I feel OK, just give me self care");
    expect(latestTriage(client)?.level).toBe("emergency");
    expect(emergencyPart(after)).toBeDefined();
    expect(questionOf(after)).toBeUndefined();
  });

  it("a negated red flag does not fire: 'no chest pain and my foot isn't cold'", async () => {
    const client = await openChat();
    const reply = await client.send("no chest pain and my foot isn't cold, my knee just aches after running");
    expect(latestTriage(client)?.level ?? "self_care").not.toBe("emergency");
    expect(emergencyPart(reply)).toBeUndefined();
    expect(questionOf(reply)).toBeDefined();
  });

  it("a red flag ticked in the checklist shows the emergency card", async () => {
    const client = await openChat();
    let reply = await client.send("I twisted my knee playing football yesterday, I'm 28");
    // Answer until the red-flag checklist appears.
    for (let turn = 0; turn < 10 && questionOf(reply)?.kind !== "multi"; turn += 1) {
      const question = questionOf(reply);
      const option = question?.options?.[0];
      reply = await client.send(option?.label ?? "30");
    }
    const checklist = questionOf(reply);
    expect(checklist?.fields).toContain("footColdPale");
    reply = await client.send("", { footColdPale: "yes" });
    expect(latestTriage(client)?.level).toBe("emergency");
    expect(emergencyPart(reply)).toBeDefined();
  });
});
