import { uncertain, type PhraseRule } from "./matcher.js";
import { cannotNow, cannotThen } from "./weight-bearing.js";

// Bending the knee to a right angle (flexTo90) and lifting the straight leg (straightLegRaise).
// Both are abilities: "no" and "unsure" are the unsafe answers, so every way of saying the
// patient cannot, will not or could not is "no", and "not fully" or "only a bit" is asked.

const cannot = String.raw`(?:${cannotNow}|${cannotThen}|(?:doesn't|does not|didn't|did not) (?:want to )?)`;
const knee = String.raw`(?:it|my knee|the knee|my leg|the leg|(?:his|her|their) (?:knee|leg))`;
const leg = String.raw`(?:my|the|his|her|their)?\s*(?:(?:whole|straight|injured|bad|left|right|sore)\s+)*(?:leg|legs)`;

export const movementRules: PhraseRule[] = [
  // "Can't bend it much past halfway", "only bends about half way": short of a right angle.
  {
    field: "flexTo90",
    pattern: new RegExp(
      String.raw`\b${cannot}\s+bend(?:\s+${knee})?\s+(?:much |very much |any |any further |far )?(?:past|beyond|further than|more than) (?:(?:about |roughly )?(?:halfway|half way|half)\b|(?:maybe |like |around |perhaps )(?:halfway|half way)\b(?! (?:down|up|along|through|into|round|around|across|to)\b))|\b${cannot}\s+get\s+${knee}\s+to\s+bend\s+(?:anywhere near|to|as far as|up to) (?:a right angle|90|ninety)\b(?!\s*(?:years|yrs|yo\b))|\bbends? (?:only |just )?(?:about |maybe |roughly )?(?:halfway|half way)\b`,
    ),
    value: "no",
    selfNegated: true,
    negated: "skip",
  },
  // "I can bend it but only maybe halfway, nowhere near 90": the limit comes after a "but" or a
  // comma, so the whole sentence is read.
  {
    field: "flexTo90",
    pattern: new RegExp(
      String.raw`\bbend(?:s)?(?:\s+${knee})?,?\s+but\s+(?:only|just)\s+(?:about |maybe |roughly |like )?(?:halfway|half way)\b|\bbend\b[^.?!;]{0,40}?\bnowhere near (?:90|ninety|a right angle)\b(?!\s*(?:years|yrs|yo\b))`,
    ),
    value: "no",
    negated: "skip",
    // "Maybe halfway" hedges the amount, not whether it gets to a right angle.
    doubted: "no",
    scope: "sentence",
  },
  // "Can't bend it much" does not say whether it reaches a right angle: asked.
  {
    field: "flexTo90",
    pattern: new RegExp(String.raw`\b${cannot}\s+bend(?:\s+${knee})?\s+(?:much|very much|far|very far|a lot)\b`),
    value: uncertain,
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "flexTo90",
    pattern: new RegExp(
      String.raw`\b${cannot}\s+bend(?:\s+${knee})?\s+(?:fully|all the way|completely|properly|right back|as far|as much|like the other|normally)\b|\bcan (?:only|barely|hardly|just about) bend\b|\bcan bend ${knee} (?:a (?:little|bit|tiny bit)|slightly)\b`,
    ),
    value: "unsure",
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "flexTo90",
    pattern: new RegExp(
      String.raw`\b${cannot}\s+bend\b|\b(?:it|knee|leg)(?:'s| is) (?:stuck |locked )?(?:rigid|stiff as a board)\b`,
    ),
    value: "no",
    selfNegated: true,
  },
  {
    field: "flexTo90",
    pattern: new RegExp(
      String.raw`\b(?:can|able to|i'm able to)\s+(?:still\s+|fully\s+)?bend\b(?:\s+${knee})?(?!,?\s+but\s+(?:only|just)\b)|\bbend(?:s|ing)? (?:is )?(?:fine|ok|okay|normally|fully)\b|\bfull (?:bend|range of (?:movement|motion))\b`,
    ),
  },
  // "I don't think I could lift my leg": an ability doubted is unsure, the unsafe answer.
  {
    field: "straightLegRaise",
    pattern: new RegExp(
      String.raw`\b(?:(?:don't|do not) think|not sure|unsure|doubt)(?: if| whether| that)? (?:i|he|she|they) (?:could|can|would be able to|am able to) (?:lift|raise)(?:\s+up)?\s+${leg}\b`,
    ),
    value: "unsure",
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "straightLegRaise",
    pattern: new RegExp(
      String.raw`\bcan (?:only just|barely|hardly) (?:lift|raise) ${leg}\b|\b(?:struggle|struggling|struggles) to (?:lift|raise) ${leg}\b`,
    ),
    value: "unsure",
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "straightLegRaise",
    pattern: new RegExp(
      String.raw`\b${cannot}\s+(?:lift|raise|pick up|hold up|do a straight[- ]leg raise)(?:\s+up)?\s+${leg}\b|\b${cannot}\s+(?:lift|raise) (?:it|the knee) (?:up )?(?:off the (?:bed|floor|ground)|straight)\b|\b${cannot}\s+do (?:a )?straight[- ]leg raises?\b`,
    ),
    value: "no",
    selfNegated: true,
  },
  {
    field: "straightLegRaise",
    pattern: new RegExp(
      String.raw`\b(?:can|able to|i'm able to)\s+(?:still\s+)?(?:lift|raise)(?:\s+up)?\s+${leg}\b|\bcan (?:lift|raise) (?:it|the knee) (?:up )?(?:off the (?:bed|floor|ground)|straight)\b|\bcan do (?:a )?straight[- ]leg raises?\b`,
    ),
  },
];
