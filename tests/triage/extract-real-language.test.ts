import { describe, expect, it } from "vitest";
import { ASKED, NONE, check, monday, type Row } from "./extract-check.js";
import { extractFacts } from "../../src/triage/extract/index.js";
import type { IntakeField } from "../../src/triage/intake-schema.js";

// Readings behind four real-language conversations (tests/eval/real-conversations.json rc24,
// rc35, rc55, rc60), each with its negative twin: the rule is the clause's subject, body part
// and mood, never the exact sentence.

describe("a scar or wound's colour is the wound, not the joint (spec §3 hotRed, woundProblem)", () => {
  it.each<Row>([
    [
      "Three weeks since my knee replacement. The scar looks a bit pink along one end, maybe? Its hard to tell if thats normal healing, the nurse said some redness is expected.",
      "hotRed",
      NONE,
    ],
    [
      "Three weeks since my knee replacement. The scar looks a bit pink along one end, maybe?",
      "woundProblem",
      "unsure",
    ],
    ["knee replacement 3 weeks ago, the scar looks red. Redness all along it", "hotRed", ASKED],
    ["knee replacement 3 weeks ago, the scar looks red", "woundProblem", "yes"],
    ["some redness is normal after an operation", "hotRed", NONE],
    // Negative twins: the joint itself, stated now.
    ["knee replacement 3 weeks ago and there's redness all over the knee, it's hot", "hotRed", "yes"],
    ["my knee is red and swollen", "hotRed", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("another joint swollen is not this knee's swelling nor other swollen joints (spec §7.2, §3)", () => {
  it.each<Row>([
    [
      "slipped on wet leaves yesterday and went over, my ankle is swollen and bruised and my knee hurts too",
      "otherJointsSwollen",
      NONE,
    ],
    [
      "slipped on wet leaves yesterday and went over, my ankle is swollen and bruised and my knee hurts too",
      "swelling",
      NONE,
    ],
    ["my ankle is swollen", "otherJointsSwollen", NONE],
    ["my wrist is stiff", "otherJointsSwollen", NONE],
    // Several joints swollen or stiff: the inflammatory pattern the field asks about.
    ["my fingers and wrists are swollen and stiff in the mornings too", "otherJointsSwollen", "yes"],
    ["both ankles and a couple of fingers have puffed up and gone stiff this week", "otherJointsSwollen", "yes"],
    ["my ankle and my wrist are swollen too", "otherJointsSwollen", "yes"],
    // The knee itself still records.
    ["my knee is swollen", "swelling", "mild"],
    ["my ankle's swollen and so is my knee", "swelling", "mild"],
    // Another part of the body hot is not this knee's heat; the knee hot still is.
    ["my wrist is red and hot from a burn", "hotRed", NONE],
    ["my calf is really swollen and hot", "hotRed", NONE],
    ["my calf is really swollen and hot", "calfPainSwelling", "yes"],
    ["my calf aches and my knee is red and hot", "hotRed", "yes"],
    // The other knee's swelling is not this knee's, unless this one was named as the fine one.
    ["my right knee hurts, the left one is a bit puffy but doesn't bother me", "swelling", NONE],
    ["my right knee is fine but the left one is swollen", "swelling", "mild"],
    ["it is twice the size of the other one", "swelling", "marked"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a question asks, it does not tell (spec §7.2)", () => {
  it.each<Row>([
    ["is something torn??", "injury", NONE],
    ["can a torn meniscus make your knee lock?", "injury", NONE],
    ["does a fever with knee pain mean infection?", "feverOrUnwell", NONE],
    ["is numbness in the foot a sign of nerve damage?", "numbnessTingling", NONE],
    ["is it safe to kneel after a knee replacement?", "kneeReplacement", NONE],
    // A question about the visitor's own present symptom tells it.
    ["is it normal for my wound to still be leaking 2 weeks after the op?", "woundProblem", "yes"],
    ["is it serious that I can't straighten it since I twisted it yesterday?", "injury", "yes"],
    ["could the numbness in my toes be coming from the knee?", "numbnessTingling", "yes"],
    ["why is my foot so cold and pale??", "footColdPale", "yes"],
    ["I tore something, is that bad?", "injury", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });

  it("keeps the statements around a question: 'no injury' is shown back to confirm (spec §7.3)", () => {
    const result = extractFacts(
      "no injury, no swelling, walking totally fine. is something torn?? I really dont want to stop",
      { now: monday },
    );
    expect(result.confirm).toEqual({ injury: "no" });
    expect(result.answers.injury).toBeUndefined();
  });
});

describe("a fall told in everyday words, and 'not really swollen' (rc24)", () => {
  const opening =
    "Silly really, I missed the bottom step last night and went down on my knee. Its a bit sore and bruised but I can walk on it and bend it, Ive been pottering about all morning.";
  it.each<Row>([
    [opening, "injury", "yes"],
    [opening, "mechanism", "fall"],
    ["missed the last step on the stairs and went down hard on my knee this morning", "injury", "yes"],
    ["went down on one knee to tie my lace and it twinged", "injury", NONE],
    // Unprompted, "not really swollen" reassures: never recorded, the question is asked.
    ["not really swollen, just bruised", "swelling", ASKED],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });

  it.each<[string, IntakeField, string]>([
    ["not really swollen, just bruised", "swelling", "none"],
    ["not really, it's a bit puffy", "swelling", "mild"],
    ["no, not really", "swelling", "none"],
    ["yes really swollen", "swelling", "marked"],
  ])('reads the reply "%s" to the %s question as %s', (text, field, expected) => {
    check(text, field, expected, [field]);
  });
});
