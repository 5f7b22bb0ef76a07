import { describe, expect, it } from "vitest";
import { interpretReply } from "../../src/chat/interview/interpret-reply.js";
import { questionAsking } from "../../src/chat/interview/question-plan.js";
import type { IntakeField } from "../../src/triage/index.js";

// A reply that starts with the answer and goes on ("no, but it's really hot now") answers the
// question and says something more: both are read, and the "something more" is never lost.

const now = new Date(2026, 0, 5, 12);

function reply(text: string, field: IntakeField) {
  const pending = questionAsking([field], {}, 1, [field]);
  const read = interpretReply({ text, structured: undefined, pending, now });
  return { ...read.chosen, ...read.extraction.answers };
}

describe("a yes or no that goes on", () => {
  it.each<[string, IntakeField, Record<string, unknown>]>([
    ["no, but it's really hot now", "feverOrUnwell", { feverOrUnwell: "no", hotRed: "yes" }],
    ["no. my foot's gone numb though", "hotRed", { hotRed: "no", numbnessTingling: "yes" }],
    ["yes and my calf is swollen too", "feverOrUnwell", { feverOrUnwell: "yes", calfPainSwelling: "yes" }],
  ])("reads %j to the %s question as the answer plus what else it says", (text, field, expected) => {
    expect(reply(text, field)).toMatchObject(expected);
  });

  it.each<[string, IntakeField, Record<string, unknown>]>([
    ["no", "feverOrUnwell", { feverOrUnwell: "no" }],
    ["no not really", "hotRed", { hotRed: "no" }],
  ])("reads the plain answer %j to %s as just that", (text, field, expected) => {
    expect(reply(text, field)).toEqual(expected);
  });
});
