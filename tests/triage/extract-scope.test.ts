import { describe, expect, it } from "vitest";
import { ASKED, NONE, check, monday, type Row } from "./extract-check.js";
import { extractFacts } from "../../src/triage/extract/index.js";

// Spec §7: negations and hedges follow the words they govern, clause by clause and item by
// item; fears, the distant past, medicines stopped and other body parts record nothing; an
// injury told in everyday words is an injury. Each rule with its negative twin.

describe("negation by clause and by item", () => {
  it.each<Row>([
    ["my foot isn't cold but it looks a bit blue", "footColdPale", "yes"],
    ["my foot isn't cold and it isn't blue", "footColdPale", "no"],
    ["the wound isn't red but it's leaking", "woundProblem", "yes"],
    ["the wound is fine, it's healed", "woundProblem", "no"],
    ["the knee isn't red, the skin around the stitches is", "woundProblem", "yes"],
    ["calf isn't painful, just swollen", "calfPainSwelling", "yes"],
    ["calf isn't painful, just swollen", "swelling", NONE],
    ["calf isn't painful or swollen", "calfPainSwelling", "no"],
    ["no swelling, can walk fine", "walkFourStepsNow", "yes"],
    ["can't walk, no swelling", "walkFourStepsNow", "no"],
    ["cnt walk on it at all twistd it at footy", "injury", "yes"],
    ["cnt walk on it at all twistd it at footy", "walkFourStepsNow", "no"],
    ["never twisted it", "injury", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("an injury in everyday words (spec §3: a fall, blow, twist, landing, collision)", () => {
  it.each<Row>([
    ["No injury really, but I did twist it a bit stepping off a kerb", "injury", "yes"],
    ["landed awkwardly at netball", "injury", "yes"],
    ["knocked it on a table", "injury", "yes"],
    ["caught my knee on the car door getting out", "injury", "yes"],
    ["my left knee got whacked by a hockey stick", "injury", "yes"],
    ["dropped a paving slab on my knee", "injury", "yes"],
    ["my teammate landed on my knee in the scrum", "injury", "yes"],
    ["my grandson kicked a football into my knee", "injury", "yes"],
    // Someone else's injury, or a denied mechanism, is not the visitor's injury.
    ["my knee aches, my teammate landed badly and hurt his knee", "injury", NONE],
    ["I didn't bang it", "injury", NONE],
    // Someone landing on the knee is a blow to it; the visitor landing is a landing.
    ["my teammate landed on my knee in the scrum", "mechanism", "direct_blow"],
    ["I landed on my knee off a jump", "mechanism", "landing"],
    // "Fell asleep", "fell in love" are no fall; a fall down the stairs is.
    ["my knee aches after I fell asleep on the sofa with it bent", "injury", NONE],
    ["I fell in love with running this year and now my knee hurts", "mechanism", NONE],
    ["I fell down the stairs and my knee hurts", "mechanism", "fall"],
    // "Looked twisted out of place" is its shape, not how it happened.
    ["the kneecap didn't come out but the whole knee looked twisted out of place", "injury", NONE],
    ["my knee twisted under me", "mechanism", "twist"],
    // Walking or getting up is the walking question's, not an activity given up.
    ["cnt walk on it at all twistd it at footy", "limitsActivity", NONE],
    ["she cant get up off the chair on it", "limitsActivity", NONE],
    ["I can't kneel at work anymore", "limitsActivity", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });

  it("shows 'no fall or twist or anything' back to confirm as no injury (spec §7.3)", () => {
    expect(extractFacts("no fall or twist or anything, sore for 2 months", { now: monday }).confirm).toMatchObject({
      injury: "no",
    });
  });

  it("reads a doubt that leads the next clause as doubt about the injury", () => {
    expect(
      extractFacts("I don't think I injured it but I'm not 100% sure, it's been 2 weeks", { now: monday }).confirm,
    ).toMatchObject({ injury: "unsure" });
  });
});

describe("fears, the distant past and medicines stopped record nothing (spec §7.2)", () => {
  it.each<Row>([
    ["I'd hate to end up not able to walk", "walkFourStepsNow", NONE],
    ["worried it'll give way on me on the stairs", "givingWay", NONE],
    ["scared it'll lock up during my race", "locked", NONE],
    ["I keep imagining my foot going numb on a long run", "numbnessTingling", NONE],
    ["I'd be gutted if I couldn't bend it for yoga anymore", "flexTo90", NONE],
    ["my knee locked once back in 2019", "locked", NONE],
    ["it used to give way when I was a teenager", "givingWay", NONE],
    ["I was on warfarin a few years back but not anymore", "anticoagulants", NONE],
    ["finished chemo for breast cancer in the spring", "immunosuppressed", NONE],
    // "Not now" and "fine till now" close the past episode; "now" alone carries it on.
    ["used to get numb toes when I wore tight ski boots, not now", "numbnessTingling", NONE],
    ["used to get numb toes and now they're numb again", "numbnessTingling", "yes"],
    ["tore my ACL 10 years ago and had it reconstructed, fine till now", "injury", NONE],
    // Fears about what is there now, the present, and medicines taken now still record.
    ["I'm scared because my foot has gone cold", "footColdPale", "yes"],
    ["I'm worried it's infected, it's hot and red", "hotRed", "yes"],
    ["it gave way twice today", "givingWay", "episodes"],
    ["fell 2 years ago and it's given way ever since", "givingWay", "episodes"],
    ["I'm on warfarin and stopped running", "anticoagulants", "yes"],
    ["had chemo for breast cancer", "cancerHistory", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("hedges on red flags are unsure, and a hedged enum takes the raising value", () => {
  it.each<Row>([
    ["foot might be a bit pale? not sure", "footColdPale", "unsure"],
    ["probably nothing but my toes might be a bit blue", "footColdPale", "unsure"],
    ["my toes are blue", "footColdPale", "yes"],
    ["might be a little swollen", "swelling", "mild"],
    ["not sure if it's swollen", "swelling", ASKED],
    // "I guess" is the visitor's own guess: unsure, not yes.
    ["I guess it's a bit hot, or maybe that's the heat pack", "hotRed", "unsure"],
    ["it's a bit hot", "hotRed", "yes"],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
