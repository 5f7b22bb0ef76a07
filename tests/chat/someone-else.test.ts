import { afterEach, describe, expect, it } from "vitest";
import { aboutPatient, openingWords, patientChosen, patientOfStory } from "../../src/chat/interview/patient.js";
import { TestChatClient, questionOf, textOf } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";

// Issue 16.5: a parent or carer asking about someone else's knee is asked once, and the
// questions then speak of "their" knee; the visitor is still "you".

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openChat() {
  const test = await createTestApp();
  cleanup = test.close;
  const client = new TestChatClient(test.app);
  const opening = await client.send();
  return { client, opening };
}

function allQuestionWords(question: ReturnType<typeof questionOf>): string {
  return [question?.prompt, question?.help, ...(question?.options ?? []).map((option) => option.label)]
    .filter(Boolean)
    .join(" | ");
}

describe("a visitor asking for someone else", () => {
  it("is asked once, beside the first prompt, whether the knee is theirs or someone else's", async () => {
    const { opening } = await openChat();
    expect(questionOf(opening)).toMatchObject({
      id: "q-patient",
      options: [{ label: "Me" }, { label: "My child" }, { label: "Someone else" }],
    });
    expect(textOf(opening)).toMatch(/what's going on with your knee/);
  });

  it("after 'My child', asks about their knee, and the questions say they/their while the visitor is still you", async () => {
    const { client } = await openChat();
    const prompt = await client.send("My child");
    expect(textOf(prompt)).toMatch(/what's going on with your child's knee/);
    expect(questionOf(prompt)).toBeUndefined();
    const reply = await client.send("fell off the trampoline yesterday, knee is sore");
    const words = allQuestionWords(questionOf(reply));
    expect(words).not.toMatch(/\b(?:you|your|my|I)\b(?! can also type)/);
    expect(words).toMatch(/\b(?:they|their|them)\b/i);
  });

  it("keeps the patient's wording for the whole interview and heads the advice with whose knee it is", async () => {
    const { client } = await openChat();
    await client.send("My child");
    let reply = await client.send("my daughter is 12, she twisted her knee at netball 3 weeks ago, it's a bit sore");
    const asked: string[] = [];
    for (let turn = 0; turn < 25 && questionOf(reply); turn += 1) {
      const question = questionOf(reply)!;
      asked.push(question.prompt);
      const none = question.options?.find((option) =>
        /none of these|^no$|not swollen|getting better/i.test(option.label),
      );
      const can = question.options?.find((option) => /^they can/i.test(option.label));
      reply = await client.send(
        question.kind === "number"
          ? "2"
          : question.kind === "multi" && can
            ? question
                .options!.filter((option) => /^they can/i.test(option.label))
                .map((option) => option.label)
                .join(", ")
            : ((none ?? question.options?.[0])?.label ?? "no"),
      );
    }
    expect(asked.length).toBeGreaterThan(3);
    for (const prompt of asked) expect(prompt).not.toMatch(/\b(?:are you|do you|can you|your knee)\b/i);
    expect(textOf(reply)).toMatch(/This advice is about your child's knee/);
    // The contact form then asks the child's name as well as the visitor's.
    expect(reply.parts.find((part) => part.type === "data-cta")).toMatchObject({ data: { patient: "child" } });
  });

  it("takes a story about a son's knee as the answer, without asking who it is for", async () => {
    const { client } = await openChat();
    const reply = await client.send("my son hurt his knee playing football yesterday, he is 14");
    expect(questionOf(reply)?.id).not.toBe("q-patient");
    expect(allQuestionWords(questionOf(reply))).not.toMatch(/\byour knee\b|\bcan you\b|\bdo you\b/i);
  });

  it("leaves a visitor who writes about their own knee spoken to as 'you'", async () => {
    const { client } = await openChat();
    const reply = await client.send("I'm 45 and my knee has ached for 3 weeks, no injury");
    expect(textOf(reply) + allQuestionWords(questionOf(reply))).not.toMatch(/\btheir\b|\bthey\b/);
  });

  it("after 'Me', asks about the visitor's own knee", async () => {
    const { client } = await openChat();
    const prompt = await client.send("Me");
    expect(textOf(prompt)).toMatch(/what's going on with your knee/);
  });
});

describe("reading and wording", () => {
  it.each([
    ["Me", "self"],
    ["my child", "child"],
    ["My daughter", "child"],
    ["someone else", "someone_else"],
    ["my mum", "someone_else"],
  ])("reads the short reply %j as %s", (text, patient) => {
    expect(patientChosen(text)).toBe(patient);
  });

  it.each(["my knee hurts when I run", "is this about me?", "my son hurt his knee yesterday at football"])(
    "does not take %j as an answer to who it is for",
    (text) => {
      expect(patientChosen(text)).toBeUndefined();
    },
  );

  it("reads whose knee an opening story is about", () => {
    expect(patientOfStory("my son hurt his knee playing football")).toBe("child");
    expect(patientOfStory("my mum fell and hurt her knee")).toBe("someone_else");
    expect(patientOfStory("my knee hurts after running, my son says I should rest")).toBe("self");
  });

  // Round 25 (and its review): a story naming nobody and saying nothing of the writer is about the
  // one it tells of, capitals and all; a son of a child's age is a child; a physio's "he" is not.
  it("reads an opening told of 'he' or 'she' with nobody named, and a lad of 15, as someone else's knee", () => {
    expect(patientOfStory("His toes are numb and tingly since the tackle")).toBe("someone_else");
    expect(patientOfStory("She came off the beam awkwardly and now she can't lift her leg straight")).toBe(
      "someone_else",
    );
    expect(patientOfStory("My lad is 15 and he's been limping for a week")).toBe("child");
    expect(
      patientOfStory(
        "Twisted knee at 5-a-side last night, swollen today. Mate who's a physio said he hurt his the same way",
      ),
    ).toBe("self");
  });

  it("turns the visitor's knee into theirs, keeping what the visitor does themselves", () => {
    expect(aboutPatient("Can you take 4 steps on it now?", "child")).toBe("Can they take 4 steps on it now?");
    expect(aboutPatient("Lying on my back, I can lift the whole leg", "child")).toBe(
      "Lying on their back, they can lift the whole leg",
    );
    expect(aboutPatient("If you press around the knee, is the kneecap sore?", "child")).toBe(
      "If you press around the knee, is the kneecap sore?",
    );
    expect(aboutPatient("I'm not sure about some of these", "child")).toBe("I'm not sure about some of these");
    expect(aboutPatient("Can you take 4 steps on it now?", "self")).toBe("Can you take 4 steps on it now?");
  });
});

describe("the visitor's first words about the problem", () => {
  it("skip a bare answer to 'about you or someone else?'", () => {
    expect(openingWords(["My child", "she fell off the trampoline"])).toBe("she fell off the trampoline");
    expect(openingWords(["my knee hurts on stairs"])).toBe("my knee hurts on stairs");
    expect(openingWords([])).toBeUndefined();
  });
});
