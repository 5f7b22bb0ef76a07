import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { KneeUIMessage } from "../../src/chat/protocol/ui-message.js";
import { sentencesOf } from "../../src/knowledge/sentences.js";
import { TestChatClient, textOf } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";

// The commonest visitor questions, asked at the opening of a conversation through POST
// /api/chat, get a direct answer in the article's own words and a citation of the section
// that answers them, not of a passage that says the opposite.

let close: (() => void) | undefined;
afterEach(() => close?.());

async function askAtOpening(question: string): Promise<KneeUIMessage> {
  const test = await createTestApp();
  close = test.close;
  const client = new TestChatClient(test.app);
  return client.send(question);
}

const citations = (message: KneeUIMessage) =>
  message.parts.flatMap((part) => (part.type === "source-url" ? [part.url] : []));

/** The sentences of one article section, as a visitor would read them on the page. */
function sectionSentences(articleId: string, anchor: string): string[] {
  const markdown = readFileSync(new URL(`../../knowledge/${articleId}.md`, import.meta.url), "utf8");
  const start = markdown.indexOf(`{#${anchor}}`);
  const end = markdown.indexOf("\n## ", start);
  return sentencesOf(markdown.slice(markdown.indexOf("\n", start), end === -1 ? undefined : end)).map(
    (sentence) => sentence.text,
  );
}

describe("answers from the articles at the opening of a conversation", () => {
  it("'should I ice it?' is answered with the cold-pack advice, citing the ice section, not the passage about icing failing", async () => {
    const reply = await askAtOpening("should I ice it?");
    const text = textOf(reply);
    expect(text).toContain("A cold pack wrapped in a cloth, used for short spells, can ease pain after activity.");
    expect(citations(reply)[0]).toBe("http://localhost:8787/knowledge/self-care-and-return-to-running#ice");
    expect(citations(reply)).not.toContain(
      "http://localhost:8787/knowledge/self-care-and-return-to-running#rest-is-not-enough",
    );
    expect(text).not.toMatch(/months of rolling, stretching, icing/);
  });

  it("'can I keep running in the meantime?' is answered that you usually needn't stop, cutting back on what provokes the pain", async () => {
    const reply = await askAtOpening("can I keep running in the meantime?");
    const text = textOf(reply);
    expect(text).toContain("Usually you don't have to stop everything.");
    expect(text).toContain("Cut back on whatever clearly brings the pain on");
    expect(citations(reply)[0]).toBe("http://localhost:8787/knowledge/self-care-and-return-to-running#keep-active");
    expect(citations(reply).some((url) => url.endsWith("#is-running-bad"))).toBe(false);
  });

  it("'is it ok to keep hiking?' gets the same keep-active answer instead of nothing", async () => {
    const reply = await askAtOpening("is it ok to keep hiking?");
    expect(textOf(reply)).toContain(
      "Cut back on whatever clearly brings the pain on, such as running, hiking or deep squats",
    );
    expect(citations(reply)[0]).toBe("http://localhost:8787/knowledge/self-care-and-return-to-running#keep-active");
  });

  it("'what exercises help runner's knee?' names the exercises and cites the strengthening article first", async () => {
    const reply = await askAtOpening("what exercises help runner's knee?");
    const text = textOf(reply);
    expect(text).toMatch(/straight leg raises, monster walks, glute bridges and single-leg balance/);
    expect(citations(reply)[0]).toBe("http://localhost:8787/knowledge/knee-strengthening-exercises#which-exercises");
    expect(text.split("(From our article")[0]).not.toMatch(/running itself damages knees|not bad for healthy knees/);
  });

  it("every sentence of a direct answer is copied from the section it cites", async () => {
    for (const question of [
      "should I ice it?",
      "can I keep running in the meantime?",
      "how do you do a glute bridge properly?",
      "should I wear a knee brace?",
    ]) {
      const reply = await askAtOpening(question);
      const [url] = citations(reply);
      const [articleId, anchor] = new URL(url ?? "").pathname
        .replace("/knowledge/", "")
        .concat(new URL(url ?? "").hash)
        .split("#");
      const answer = textOf(reply).split("\n\n(From our article")[0] ?? "";
      const allowed = sectionSentences(articleId ?? "", anchor ?? "");
      const said = answer.split("\n").pop() ?? "";
      expect(allowed.length, question).toBeGreaterThan(0);
      let rest = said;
      for (const sentence of allowed) rest = rest.replace(sentence, "");
      expect(rest.trim(), `${question}: words not in the cited section`).toBe("");
    }
  });

  it("a question the articles don't cover gets an honest no-information reply and the offer to ask the clinic, with no citation", async () => {
    const reply = await askAtOpening("are cortisone injections good for knee pain?");
    const text = textOf(reply);
    expect(text).toContain("I don't have information on that in our articles");
    expect(text).toMatch(/ask the team at .+ directly/);
    expect(citations(reply)).toEqual([]);
  });
});
