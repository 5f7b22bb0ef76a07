import { describe, expect, it } from "vitest";
import { intakeSchema } from "../../src/triage/intake-schema.js";
import { screenForEmergency } from "../../src/triage/screen.js";

// Spec §7: emergency phrases in the visitor's own words, and their denials, which never hit.

interface Pair {
  rule: string;
  said: string;
  denied: string;
  answers: Record<string, unknown>;
}

const pairs: Pair[] = [
  { rule: "E-VASCULAR", said: "my foot is cold", denied: "my foot isn't cold", answers: { footColdPale: "yes" } },
  {
    rule: "E-VASCULAR",
    said: "my foot has gone white",
    denied: "my foot hasn't gone white",
    answers: { footColdPale: "yes" },
  },
  { rule: "E-VASCULAR", said: "my toes are blue", denied: "my toes are not blue", answers: { footColdPale: "yes" } },
  {
    rule: "E-VASCULAR",
    said: "My foot's gone really cold and pale",
    denied: "no cold or pale foot",
    answers: { footColdPale: "yes" },
  },
  {
    rule: "E-NEURO-INJURY",
    said: "I can't feel my foot",
    denied: "I can feel my foot fine",
    answers: { numbnessTingling: "yes" },
  },
  {
    rule: "E-NEURO-INJURY",
    said: "cant feel my toes",
    denied: "I can feel my toes",
    answers: { numbnessTingling: "yes" },
  },
  {
    rule: "E-NEURO-INJURY",
    said: "my foot is numb",
    denied: "my foot is not numb",
    answers: { numbnessTingling: "yes" },
  },
  {
    rule: "E-NEURO-INJURY",
    said: "my leg has gone dead",
    denied: "my leg hasn't gone dead",
    answers: { numbnessTingling: "yes" },
  },
  {
    rule: "E-OPEN-WOUND",
    said: "there's a bone sticking out",
    denied: "no bone sticking out, just a graze",
    answers: { openWound: "yes" },
  },
  {
    rule: "E-OPEN-WOUND",
    said: "the bone is showing in the cut",
    denied: "no bone showing",
    answers: { openWound: "yes" },
  },
  { rule: "E-OPEN-WOUND", said: "I can see the bone", denied: "I can't see any bone", answers: { openWound: "yes" } },
  {
    rule: "E-DEFORMITY",
    said: "my kneecap is out",
    denied: "the kneecap is not out",
    answers: { patellaDislocation: "still_out" },
  },
  {
    rule: "E-DEFORMITY",
    said: "my kneecap popped out and it's still out",
    denied: "my kneecap popped out and went back in",
    answers: { patellaDislocation: "still_out" },
  },
  {
    rule: "E-DEFORMITY",
    said: "knee cap is dislocated",
    denied: "knee cap isn't dislocated",
    answers: { patellaDislocation: "still_out" },
  },
  {
    rule: "E-DEFORMITY",
    said: "my kneecap is on the side of my knee",
    denied: "my kneecap is where it should be",
    answers: { patellaDislocation: "still_out" },
  },
  {
    rule: "E-DEFORMITY",
    said: "my knee is bent the wrong way",
    denied: "my knee isn't bent the wrong way",
    answers: { deformity: "yes" },
  },
  {
    rule: "E-DEFORMITY",
    said: "my leg is at a weird angle",
    denied: "my leg is not at a weird angle",
    answers: { deformity: "yes" },
  },
  { rule: "E-DEFORMITY", said: "my leg is deformed", denied: "no deformity", answers: { deformity: "yes" } },
  { rule: "E-PE", said: "I have chest pain", denied: "no chest pain", answers: { breathlessOrChestPain: "yes" } },
  { rule: "E-PE", said: "my chest hurts", denied: "my chest doesn't hurt", answers: { breathlessOrChestPain: "yes" } },
  { rule: "E-PE", said: "I can't breathe", denied: "I can breathe fine", answers: { breathlessOrChestPain: "yes" } },
  {
    rule: "E-PE",
    said: "I'm short of breath",
    denied: "I'm not short of breath",
    answers: { breathlessOrChestPain: "yes" },
  },
  {
    rule: "E-PE",
    said: "struggling to breathe",
    denied: "no trouble breathing",
    answers: { breathlessOrChestPain: "yes" },
  },
  {
    rule: "E-PE",
    said: "I've been coughing up blood",
    denied: "not coughing up blood",
    answers: { breathlessOrChestPain: "yes" },
  },
  {
    rule: "E-SEPTIC",
    said: "I have a fever and my knee is hot",
    denied: "no fever but my knee is hot",
    answers: { hotRed: "yes", feverOrUnwell: "yes" },
  },
  {
    rule: "E-SEPTIC",
    said: "hot swollen knee and I feel feverish",
    denied: "hot swollen knee but I don't feel feverish",
    answers: { hotRed: "yes", feverOrUnwell: "yes" },
  },
  {
    rule: "E-SEPTIC",
    said: "temperature of 39 and my knee is red",
    denied: "temperature of 36.8 and my knee is red",
    answers: { hotRed: "yes", feverOrUnwell: "yes" },
  },
  {
    rule: "E-SEPTIC",
    said: "my knee is hot and swollen and I'm shivery",
    denied: "my knee is not hot and I'm not shivery",
    answers: { hotRed: "yes", feverOrUnwell: "yes" },
  },
  {
    rule: "E-CAUDA",
    said: "I can't control my bladder",
    denied: "no bladder problems",
    answers: { saddleNumbnessOrBladder: "yes" },
  },
  {
    rule: "E-CAUDA",
    said: "I'm numb between my legs",
    denied: "no numbness between my legs",
    answers: { saddleNumbnessOrBladder: "yes" },
  },
  {
    rule: "E-CAUDA",
    said: "I wet myself",
    denied: "bladder and bowels are fine",
    answers: { saddleNumbnessOrBladder: "yes" },
  },
  {
    rule: "E-CAUDA",
    said: "numb around my bottom",
    denied: "not numb around my bottom",
    answers: { saddleNumbnessOrBladder: "yes" },
  },
  {
    rule: "E-COMPARTMENT",
    said: "my calf is rock hard and the pain is unbearable",
    denied: "my calf is soft and the pain is bearable",
    answers: { severePainOutOfProportion: "yes" },
  },
  {
    rule: "E-COMPARTMENT",
    said: "the pain is unbearable even with painkillers and my shin is tight",
    denied: "the pain is unbearable but my shin is not tight",
    answers: { severePainOutOfProportion: "yes" },
  },
];

describe("screenForEmergency", () => {
  it.each(pairs)('flags $rule for "$said"', ({ said, rule, answers }) => {
    const hits = screenForEmergency(said);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ rule, answers });
    expect(intakeSchema.safeParse(hits[0]?.answers).success).toBe(true);
  });

  it.each(pairs)('does not flag the denial "$denied"', ({ denied }) => {
    expect(screenForEmergency(denied)).toEqual([]);
  });

  it("quotes the phrase as the visitor typed it, capitals and typos included", () => {
    expect(screenForEmergency("Honestly my FOOT is COLD now")[0]?.phrase).toBe("FOOT is COLD");
    expect(screenForEmergency("i cant breath properly")[0]?.phrase).toBe("cant breath");
  });

  it("reads common misspellings of emergency words", () => {
    expect(screenForEmergency("having trouble brething")[0]?.rule).toBe("E-PE");
    expect(screenForEmergency("I've got a feaver and the knee is warm")[0]?.rule).toBe("E-SEPTIC");
    expect(screenForEmergency("my knee cap is stuck on the outside")[0]?.rule).toBe("E-DEFORMITY");
  });

  it("flags a hedged mention as unsure, the unsafe answer that still fires the rule (spec §1.3, §7)", () => {
    expect(screenForEmergency("I think my foot might be a bit cold")).toMatchObject([
      { rule: "E-VASCULAR", answers: { footColdPale: "unsure" } },
    ]);
    expect(screenForEmergency("maybe my foot is a bit pale")).toMatchObject([{ answers: { footColdPale: "unsure" } }]);
    expect(screenForEmergency("my foot is pale")).toMatchObject([{ answers: { footColdPale: "yes" } }]);
  });

  it("flags bone through the skin as an open wound and a deformity (tests/corpus/README.md)", () => {
    const hits = screenForEmergency("the bone is poking through the skin");
    expect(hits.map((hit) => hit.rule).sort()).toEqual(["E-DEFORMITY", "E-OPEN-WOUND"]);
    expect(screenForEmergency("I can see the bone")).toMatchObject([
      { rule: "E-OPEN-WOUND", answers: { openWound: "yes" } },
    ]);
  });

  it("records an explicit doubt as unsure and still flags it (spec §1.3)", () => {
    expect(screenForEmergency("not sure if my foot is cold")).toMatchObject([
      { rule: "E-VASCULAR", answers: { footColdPale: "unsure" } },
    ]);
    expect(screenForEmergency("I'm not sure if my toes are blue")).toMatchObject([
      { answers: { footColdPale: "unsure" } },
    ]);
  });

  it.each([
    "my dad had chest pain last year",
    "my friend's foot went blue",
    "she can't feel her toes",
    "my husband is short of breath",
  ])('ignores someone else\'s symptoms: "%s"', (text) => {
    expect(screenForEmergency(text)).toEqual([]);
  });

  it.each([
    "what if my foot goes cold?",
    "when should I worry about chest pain?",
    "should I go to A&E if I can't feel my foot?",
    "if my foot goes cold I will call 999",
    "I had chest pain years ago",
  ])('ignores hypothetical and long-past mentions: "%s"', (text) => {
    expect(screenForEmergency(text)).toEqual([]);
  });

  it('reads "if my foot is cold" as possibly happening now, the safer reading', () => {
    expect(screenForEmergency("if my foot is cold, is that bad?")[0]?.rule).toBe("E-VASCULAR");
    expect(screenForEmergency("my foot goes cold if I stand for long")[0]?.rule).toBe("E-VASCULAR");
  });

  it("still flags a current symptom asked about as a question", () => {
    expect(screenForEmergency("my foot is cold, should I worry?")[0]?.rule).toBe("E-VASCULAR");
    expect(screenForEmergency("is it bad that my foot is cold?")[0]?.rule).toBe("E-VASCULAR");
  });

  it("needs both parts of a two-part emergency", () => {
    expect(screenForEmergency("I have a fever")).toEqual([]);
    expect(screenForEmergency("my knee is hot")).toEqual([]);
    expect(screenForEmergency("the pain is unbearable")).toEqual([]);
    expect(screenForEmergency("my calf is tight")).toEqual([]);
  });

  it("finds the two parts of E-SEPTIC across sentences and quotes both", () => {
    const [hit] = screenForEmergency("I think I have a fever. My knee is red.");
    expect(hit).toMatchObject({ rule: "E-SEPTIC", answers: { hotRed: "yes", feverOrUnwell: "yes" } });
    expect(hit?.phrase).toBe("fever … knee is red");
  });

  it("reports each emergency rule once, with several at once when several are said", () => {
    const hits = screenForEmergency("my foot is cold and my toes are blue. I also have chest pain.");
    expect(hits.map((hit) => hit.rule)).toEqual(["E-VASCULAR", "E-PE"]);
  });

  it("keeps a symptom in one clause when another clause denies something else", () => {
    expect(screenForEmergency("my foot is fine but my chest hurts when I breathe")[0]?.rule).toBe("E-PE");
    expect(screenForEmergency("no fever, knee is not hot")).toEqual([]);
  });

  it.each([
    "can't walk, foot is cold",
    "no injury, foot is cold",
    "no swelling and foot is white",
    "I can't walk and my foot is cold",
    "without warning my foot went cold",
    "I don't know why my foot is cold",
    "I have no idea why my foot is cold",
  ])('ends a denial where a new statement begins: "%s"', (text) => {
    expect(screenForEmergency(text)).toMatchObject([{ rule: "E-VASCULAR", answers: { footColdPale: "yes" } }]);
  });

  it("carries a denial across a list of symptoms", () => {
    expect(screenForEmergency("I don't have chest pain, shortness of breath or a fever")).toEqual([]);
    expect(screenForEmergency("no chest pain or breathlessness")).toEqual([]);
  });

  it("does not mistake ice packs, bruises or a dead leg from a knock for emergencies", () => {
    expect(screenForEmergency("the ice pack is cold on my foot")).toEqual([]);
    expect(screenForEmergency("I got a dead leg from a knock in football")).toEqual([]);
    expect(screenForEmergency("numb patch on my knee")).toEqual([]);
  });
});
