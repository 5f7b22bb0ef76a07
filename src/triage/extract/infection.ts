import { partItRefersTo } from "./referent.js";
import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";

// Heat and redness of the joint, fever or feeling unwell, and a surgical wound that looks
// infected. The screen reuses the first two: both together are E-SEPTIC (spec §7).

// Redness around a cut, a scar or a bruise is the skin, not the joint (spec §3 hotRed): the
// joint is asked about, and a surgical wound is woundProblem.
const skinWords = String.raw`cuts?|grazes?|scrapes?|scratch(?:es)?|wounds?|scars?|incisions?|stitch(?:es)?|staples|sutures|dressings?|bites?|stings?|rash|bruis(?:e|es|ed|ing)|sunburn|port sites?|surgical site`;
const skinNotJoint = new RegExp(String.raw`\b(?:${skinWords})\b`);
const skinAround = new RegExp(
  String.raw`\b(?:skin|redness|heat|warmth|area|red|hot|warm|pink)\s+(?:\w+\s+)?(?:around|over|near|on|at|by|next to|of)\s+(?:the |my |one of (?:the|my) )?(?:${skinWords})\b|\b(?:${skinWords})\b(?:\s+[a-z']+){0,3}?\s+(?:red|hot|warm|pink|inflamed|angry)\b`,
);
const skinLocated = new RegExp(
  String.raw`\b(?:${skinWords})\s+(?:on|over|of|at|across|down|in) (?:the |my |his |her |their )?(?:front of (?:the |my )?|side of (?:the |my )?)?$`,
);
const namesJoint = /\b(?:knee|joint|kneecap)\b/;
// "My wrist is red and hot", "my calf is really swollen and hot": another part of the body is
// what is hot (spec §7.2), when it is the subject the heat is said of.
const otherPartIs =
  /\b(?:wrists?|hands?|arms?|elbows?|shoulders?|ankles?|foot|feet|toes?|calf|calves|shin|thigh|hip|back|face|neck|chest|eyes?|fingers?|throat)\s+(?:is|are|was|were|looks|looked|feels|felt|has gone|went|got|seems|came up|has come up)\s+(?:(?:very|really|quite|a bit|a little|slightly|so|super|all|proper)\s+)*$/;
// "Cheeks warm, red and blotchy": a part named right before the list is what is warm.
const otherPartRightBefore =
  /\b(?:cheeks?|face|forehead|skin|ankles?|calf|calves|wrists?|hands?|foot|feet|toes?|fingers?|neck|chest|arms?|eyes?|ears?)[\s,:]*$/;
function jointHeat(context: MatchContext): RuleValue | undefined {
  const { match, scope, parsed } = context;
  if (skinNotJoint.test(match[0])) return uncertain;
  const wordsBefore = scope.text.slice(Math.max(0, match.index - 60), match.index);
  if (!namesJoint.test(match[0]) && (otherPartIs.test(wordsBefore) || otherPartRightBefore.test(wordsBefore)))
    return undefined;
  // "…about my calf. It's swollen and hot": "it" is the calf (referent.ts).
  if (!namesJoint.test(match[0]) && partItRefersTo(context) !== undefined) return undefined;
  // "The knee is hot" is the joint, unless it is "the scar on my knee" or "...around the scar".
  if (namesJoint.test(match[0])) {
    const skinOnKnee = skinLocated.test(scope.text.slice(Math.max(0, match.index - 30), match.index));
    return skinOnKnee || skinAround.test(scope.text.slice(match.index, match.index + match[0].length + 30))
      ? uncertain
      : "yes";
  }
  // "It's red", "some redness" without the joint named may be the scar named earlier in the
  // sentence or in the one before: asked, not taken as the joint.
  const index = parsed.sentences.findIndex((sentence) => sentence.start === context.sentence.start);
  const before = index > 0 ? (parsed.sentences[index - 1]?.text ?? "") : "";
  return skinNotJoint.test(context.sentence.text) || skinNotJoint.test(before) ? uncertain : "yes";
}

const degree = String.raw`(?:(?:very|really|quite|a bit|a little|slightly|so|super|bright|burning|all|red|hot|and)\s+)*`;

export const hotRedRules: PhraseRule[] = [
  {
    field: "hotRed",
    pattern: /\b(?:normal|cool|cold) to (?:the )?touch\b|\bnot (?:hot|warm) to (?:the )?touch\b/,
    value: "no",
    selfNegated: true,
  },
  {
    field: "hotRed",
    pattern:
      /\b(?:not|isn't|is not|aren't|never) (?:(?:very|that|too|really|at all) )?(?:hot|warm|red)\b(?! (?:water|bath|pack|weather|outside))/,
    value: "no",
    selfNegated: true,
  },
  {
    field: "hotRed",
    pattern: new RegExp(
      [
        // "hot and red", "hot, red and swollen"
        String.raw`\b(?:hot|warm|red|reddish)(?:\s+(?:and|&|n)\s+|,\s*)(?:red|hot|warm|swollen|puffy|inflamed|angry)\b`,
        // "swollen and feels warm", "puffy and looks a bit red"
        String.raw`\b(?:swollen|puffy|swelled up|puffed up),?\s+(?:and\s+)?(?:(?:feels|feeling|looks|looking|a bit|a little|quite|really|very|slightly)\s+){0,2}(?:hot|red|warm)\b(?!\s+(?:water|bath|pack|weather|outside|shower|drink|tea|raw))`,
        String.raw`\b(?:hot|warm|red),?\s+(?:swollen\s+|puffy\s+)?(?:knee|joint|kneecap)\b`,
        String.raw`\b(?:knee|joint|kneecap|skin over (?:the|my) knee|it)(?:'s|s)?\s+(?:itself\s+)?(?:(?:is|feels|looks|has gone|went|gone|got|getting|is getting|seems|has become|became|turned|flared up|is not|isn't|not|doesn't feel|does not feel|also|quite|may|might|could|must|be|seems to be|possibly|probably|maybe|perhaps|definitely)\s+)*${degree}(?:hot|hotter|warm|warmer|red|redder|reddish|flushed)\b(?!\s+(?:water|bath|pack|weather|outside|out|day|today|flag))`,
        // "my knee came up hot": the knee itself, not "it came up hot by noon" (the weather).
        String.raw`\b(?:knee|joint|kneecap)(?:'s| has| had)?\s+(?:came|come|comes|coming) up\s+${degree}(?:hot|warm|red)\b`,
        String.raw`\b(?:hot|warm) to (?:the )?touch\b`,
        String.raw`\bredness\b`,
        String.raw`\b(?:heat|warmth) (?:in|from|coming (?:off|from)|around|on) (?:the |my )?(?:knee|joint|it)\b`,
      ].join("|"),
    ),
    value: jointHeat,
  },
  // "Might be a bit warm, hard to tell": a clause with no subject is the knee being talked
  // about, unless the sentence names another place or the skin.
  {
    field: "hotRed",
    pattern: new RegExp(
      String.raw`^(?:(?:maybe|might|could|may|possibly|perhaps|probably|kinda|kind of|sort of|feels|looks|it's|its|it)\s+)*(?:be\s+)?${degree}(?:hot|warm|warmer|red|redder|reddish)\b(?!\s+(?:water|bath|pack|weather|outside|out|day|today|flag))`,
    ),
    value: (context) =>
      skinNotJoint.test(context.sentence.text) ||
      /\b(?:foot|feet|toes?|calf|calves|ankles?|shin|hands?|face|skin|room|weather|house|outside)\b/.test(
        context.sentence.text,
      )
        ? undefined
        : "yes",
  },
  {
    field: "hotRed",
    pattern: /\bheat\b(?!\s+(?:pack|pad|rub|therapy|gel|wrap|patch|bag))/,
    value: uncertain,
    negated: "no",
  },
];

function temperatureReading(context: MatchContext): RuleValue | undefined {
  const reading = Number(context.match[1]);
  if (reading >= 34 && reading <= 45) return reading >= 38 ? "yes" : "no";
  if (reading >= 93 && reading <= 110) return reading >= 100.4 ? "yes" : "no";
  return undefined;
}

function unwellDegree(context: MatchContext): RuleValue {
  return /\b(?:a bit|a little|slightly|kind of|sort of)\b/.test(context.match[0]) ? "unsure" : "yes";
}

export const feverRules: PhraseRule[] = [
  {
    field: "feverOrUnwell",
    pattern:
      /\b(?:temp(?:erature)?|fever)\s+(?:(?:of|is|was|at|around|about|reading|went up to|up to|hit|reached|has been|over)\s+)*(\d{2,3}(?:\.\d)?)\s*(?:°|º|degrees?|deg)?\s*(?:c|f)?\b/,
    value: temperatureReading,
    negated: "skip",
  },
  {
    field: "feverOrUnwell",
    pattern:
      /\b(?:temperature|temp) (?:is |was |has been )?(?:normal|fine|ok|okay)\b|\bnormal (?:temperature|temp)\b|\b(?:otherwise|generally) (?:i )?(?:feel )?(?:well|fine|ok|okay|healthy|good)\b|\bfeel(?:ing)? (?:fine|well|ok|okay|good|great) (?:otherwise|in myself|generally)\b|\bin myself i(?:'m| am| feel) (?:fine|well|ok|okay|good)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "feverOrUnwell",
    pattern:
      /\bi(?:'m| am)? (?:not|don't|do not) feel(?:ing)? (?:very |too |that |so |at all )?(?:well|great|good)\b|\bi(?:'m| am) not (?:very |too )?well\b/,
    selfNegated: true,
  },
  {
    field: "feverOrUnwell",
    pattern:
      /\bfeel(?:ing|s)?\s+(?:(?:really|very|so|quite|generally|pretty|totally|extremely|absolutely|a bit|a little|slightly|kind of|sort of|awfully)\s+)*(?:unwell|ill|poorly|rough|awful|terrible|dreadful|horrible|rotten|grotty|like death|like i(?:'ve| have)? (?:got )?(?:the )?flu|under the weather|run down|feverish|shivery|hot and cold|fluey|flu-?ish)\b/,
    value: unwellDegree,
  },
  {
    field: "feverOrUnwell",
    pattern:
      /\b(?:fever|fevers|feverish|febrile|temperature|high temp|a temp|pyrexia|pyrexial|chills|shivers|shivery|shivering|rigors|flu-like|flu like|the flu|hot and cold|burning up|fluey|flu-?ish)\b/,
    value: (context) =>
      /\b(?:temperature|temp) (?:of|in) (?:the |my )?knee\b|\bknee temperature\b/.test(context.scope.text)
        ? undefined
        : "yes",
  },
];

const surgeryContext =
  /\b(?:surgery|operation|op|operated|arthroscop\w*|scope|scoped|replacement|stitches|staples|sutures|incisions?|surgical|keyhole|reconstruction|acl repair|meniscus repair)\b/;
const doubt =
  /\b(?:not (?:\w+ )?sure|unsure|can't tell|cannot tell|can not tell|don't know|hard to (?:say|tell)|not certain|wondering|maybe|might|possibly|perhaps|could be)\b/;

/** After surgery a red or leaking wound is yes; pink, or doubted anywhere in the sentence, is unsure. */
// A surgical wound names the operation by itself; a cut or a graze needs the operation said.
const surgicalWound = /\b(?:wounds?|scars?|incisions?|stitch(?:es)?|staples|sutures|surgical site|port sites?)\b/;
function woundValue(context: MatchContext): RuleValue {
  if (!surgeryContext.test(context.parsed.text) && !surgicalWound.test(context.sentence.text)) return uncertain;
  return /\bpink(?:ish)?\b/.test(context.match[0]) || doubt.test(context.sentence.text) ? "unsure" : "yes";
}

const wound = String.raw`(?:wounds?|scars?|incisions?|stitch(?:es)?|staples|sutures|dressings?|cuts?|surgical site|port sites?)`;

export const woundRules: PhraseRule[] = [
  {
    field: "woundProblem",
    pattern: new RegExp(
      String.raw`\b${wound} (?:is |are |looks |look |has |have )?(?:healed|healing (?:well|fine|nicely|ok)|fine|clean|dry|ok|okay|good|closed)\b`,
    ),
    value: "no",
    negated: "skip",
  },
  {
    field: "woundProblem",
    pattern: new RegExp(
      [
        String.raw`\b${wound}(?:'s)?\b(?:\s+[a-z']+){0,6}?\s+(?:red|reddish|pink|pinkish|hot|warm|leaking|oozing|weeping|discharging|pus|pussy|infected|gaping|smelly|smells|opened|open|angry|inflamed|yellow|green)\b`,
        String.raw`\b(?:leaking|oozing|weeping|infected|angry|inflamed|red|hot) ${wound}`,
        String.raw`\b(?:redness|heat|warmth|discharge|pus|fluid) (?:around|from|on|in|near|at|coming (?:out of|from)) (?:the |my |one of (?:the|my) |his |her )?${wound}`,
        String.raw`\bpus\b`,
        // "The skin around the stitches is", said after "the knee isn't red".
        String.raw`\b(?:skin|area) (?:around|near|by|over|on) (?:the |my )?${wound} (?:is|are)\b`,
      ].join("|"),
    ),
    value: woundValue,
  },
  // "The wound isn't red but it's leaking": "it" in a sentence about the wound.
  {
    field: "woundProblem",
    pattern:
      /\b(?:it|it's|its|they|they're)\s+(?:(?:is|are|has been|have been|keeps|keep|started|starting|still|a bit|a little|slightly|really|very|all)\s+)*(?:leaking|oozing|weeping|discharging|red|hot|infected|angry|inflamed)\b/,
    value: (context) =>
      surgicalWound.test(context.sentence.text) && !/\b(?:knee|joint)\b/.test(context.match[0])
        ? woundValue(context)
        : undefined,
  },
];
