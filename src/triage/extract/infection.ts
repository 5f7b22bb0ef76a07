import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";

// Heat and redness of the joint, fever or feeling unwell, and a surgical wound that looks
// infected. The screen reuses the first two: both together are E-SEPTIC (spec §7).

// Redness around a cut or a bruise is the skin, not the joint (spec §3 hotRed).
const skinNotJoint = /\b(?:cut|graze|scrape|scratch|wound|scar|incision|stitches|bite|sting|rash|bruise|bruised|bruising|sunburn)\b/;
function jointHeat(context: MatchContext): RuleValue {
  return skinNotJoint.test(context.scope.text) ? uncertain : "yes";
}

const degree = String.raw`(?:(?:very|really|quite|a bit|a little|slightly|so|super|bright|burning|all|red|hot|and)\s+)*`;

export const hotRedRules: PhraseRule[] = [
  { field: "hotRed", pattern: /\b(?:normal|cool|cold) to (?:the )?touch\b|\bnot (?:hot|warm) to (?:the )?touch\b/, value: "no", selfNegated: true },
  { field: "hotRed", pattern: /\b(?:not|isn't|is not|aren't|never) (?:(?:very|that|too|really|at all) )?(?:hot|warm|red)\b(?! (?:water|bath|pack|weather|outside))/, value: "no", selfNegated: true },
  {
    field: "hotRed",
    pattern: new RegExp(
      [
        String.raw`\b(?:hot|warm|red|reddish)\s+(?:and|&|n)\s+(?:red|hot|warm|swollen|puffy|inflamed|angry)\b`,
        String.raw`\b(?:swollen|puffy),?\s+(?:and\s+)?(?:hot|red|warm)\b`,
        String.raw`\b(?:hot|warm|red),?\s+(?:swollen\s+|puffy\s+)?(?:knee|joint|kneecap)\b`,
        String.raw`\b(?:knee|joint|kneecap|skin over (?:the|my) knee|it)(?:'s|s)?\s+(?:(?:is|feels|looks|has gone|went|gone|got|getting|is getting|seems|has become|became|turned|is not|isn't|not|doesn't feel|does not feel|also|quite)\s+)*${degree}(?:hot|warm|red|reddish|flushed)\b(?!\s+(?:water|bath|pack|weather|outside|out|day|today|flag))`,
        String.raw`\b(?:hot|warm) to (?:the )?touch\b`,
        String.raw`\bredness\b`,
        String.raw`\b(?:heat|warmth) (?:in|from|coming (?:off|from)|around|on) (?:the |my )?(?:knee|joint|it)\b`,
      ].join("|"),
    ),
    value: jointHeat,
  },
  { field: "hotRed", pattern: /\bheat\b(?!\s+(?:pack|pad|rub|therapy|gel|wrap|patch|bag))/, value: uncertain, negated: "no" },
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
    pattern: /\b(?:temp(?:erature)?|fever)\s+(?:(?:of|is|was|at|around|about|reading|went up to|up to|hit|reached|has been|over)\s+)*(\d{2,3}(?:\.\d)?)\s*(?:°|º|degrees?|deg)?\s*(?:c|f)?\b/,
    value: temperatureReading,
    negated: "skip",
  },
  {
    field: "feverOrUnwell",
    pattern: /\b(?:temperature|temp) (?:is |was |has been )?(?:normal|fine|ok|okay)\b|\bnormal (?:temperature|temp)\b|\b(?:otherwise|generally) (?:i )?(?:feel )?(?:well|fine|ok|okay|healthy|good)\b|\bfeel(?:ing)? (?:fine|well|ok|okay|good|great) (?:otherwise|in myself|generally)\b|\bin myself i(?:'m| am| feel) (?:fine|well|ok|okay|good)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "feverOrUnwell",
    pattern: /\bi(?:'m| am)? (?:not|don't|do not) feel(?:ing)? (?:very |too |that |so |at all )?(?:well|great|good)\b|\bi(?:'m| am) not (?:very |too )?well\b/,
    selfNegated: true,
  },
  {
    field: "feverOrUnwell",
    pattern:
      /\bfeel(?:ing|s)?\s+(?:(?:really|very|so|quite|generally|pretty|totally|extremely|absolutely|a bit|a little|slightly|kind of|sort of|awfully)\s+)*(?:unwell|ill|poorly|rough|awful|terrible|dreadful|horrible|rotten|grotty|like death|like i(?:'ve| have)? (?:got )?(?:the )?flu|under the weather|run down|feverish|shivery|hot and cold)\b/,
    value: unwellDegree,
  },
  {
    field: "feverOrUnwell",
    pattern: /\b(?:fever|fevers|feverish|febrile|temperature|high temp|a temp|pyrexia|pyrexial|chills|shivers|shivery|shivering|rigors|flu-like|flu like|the flu|hot and cold)\b/,
    value: (context) => (/\b(?:temperature|temp) (?:of|in) (?:the |my )?knee\b|\bknee temperature\b/.test(context.scope.text) ? undefined : "yes"),
  },
];

const surgeryContext = /\b(?:surgery|operation|op|operated|arthroscop\w*|scope|replacement|stitches|staples|sutures|incision|surgical|keyhole|reconstruction)\b/;

export const woundRules: PhraseRule[] = [
  {
    field: "woundProblem",
    pattern: /\b(?:wound|scar|incision|stitches|staples|sutures) (?:is |are |looks |has |have )?(?:healed|healing (?:well|fine|nicely|ok)|fine|clean|dry|ok|okay|good|closed)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "woundProblem",
    pattern:
      /\b(?:wound|scar|incision|stitches|staples|sutures|dressing|cut|surgical site|port sites?)\b(?:\s+[a-z']+){0,4}?\s+(?:red|hot|warm|leaking|oozing|weeping|discharging|pus|pussy|infected|gaping|smelly|smells|opened|open|angry|inflamed|yellow|green)\b|\b(?:leaking|oozing|weeping|infected|angry|inflamed) (?:wound|scar|incision|stitches|cut)\b|\bpus\b/,
    value: (context) => (surgeryContext.test(context.parsed.text) ? "yes" : uncertain),
  },
];
