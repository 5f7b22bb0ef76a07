import { alsoPattern, whenPainSaid } from "./also.js";
import { kneecapOutRules } from "./kneecap-out.js";
import { partItRefersTo } from "./referent.js";
import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";

// Emergency phrases of spec §7, each with the rule of spec §4 it stands for. The screen
// reads them with hedges taken as stated; extraction reads the same phrases, so a denial
// ("my foot isn't cold") is recorded as "no" and never fires (spec §7).

const limb = String.raw`(?:foot|feet|toes?|lower leg|leg|legs)`;
const gap = (words: number) =>
  String.raw`(?:\s+(?!(?:when|if|because|after|while|as|but|in|out|outside)\b)[a-z']+){0,${words}}?`;

// "My foot was cold earlier cos I had it in an ice bath but it's warmed right up now": a cold
// foot that had a cold cause and is warm again says nothing sure about now; it is asked.
const coldCause =
  /\b(?:ice bath|ice baths|ice pack|icepack|ice on it|icing it|iced it|cold water|cold bath|cold plunge|snow|cryo\w*)\b/;
const warmAgain =
  /\b(?:warmed (?:right |back |straight )?up|warm(?:ed)? (?:again|back up)|back to (?:normal|its normal colou?r)|normal colou?r again|pink again)\b/;
function coldNowOrAsked(context: MatchContext): RuleValue {
  const pastOnly = /\b(?:was|were|had been|went)\b/.test(context.match[0]);
  return pastOnly && coldCause.test(context.sentence.text) && warmAgain.test(context.sentence.text) ? uncertain : "yes";
}

// "Her foot below the sore knee has gone pale": where the foot is, said before what it is like.
const belowTheKnee = String.raw`(?:\s+(?:below|under|beneath) (?:the|her|his|my|their) (?:sore |bad |injured |hurt |swollen )?knee)?`;

const vascular: PhraseRule[] = [
  {
    field: "footColdPale",
    value: coldNowOrAsked,
    pattern: new RegExp(
      [
        String.raw`\b${limb}(?:'s)?\b${belowTheKnee}${gap(5)}\s+(?:cold|colder|pale|paler|white|blue|bluish|bluey|purple|grey|gray|mottled|icy|ice cold|ice-cold|freezing|colourless|colorless|discoloured|discolored|dusky|like ice|like an ice ?block|like a block of ice)\b(?!\s+(?:outside|weather|out\b|days?|mornings?|water|pack|compress|spray|therapy|floor|tiles))`,
        String.raw`\b(?:cold|pale|white|blue|bluish|purple|grey|mottled|icy|ice cold|ice-cold|freezing)\s+(?:and\s+(?:cold|pale|white|blue|numb)\s+)?${limb}\b`,
      ].join("|"),
    ),
  },
  {
    field: "footColdPale",
    pattern:
      /\b(?:no pulse|can't (?:feel|find) (?:a|my|the) pulse|lost the pulse)\b(?:\s+[a-z']+){0,3}?\s+(?:foot|ankle|feet)\b/,
    selfNegated: true,
  },
];
// "My foot isn't cold but it looks a bit blue": the colour said of "it" in a sentence about the foot
// (or the one before, referent.ts). Read first, so "can't feel my foot and it's cold" is not read
// as the foot rule's "foot … cold" under the "can't" of feeling.
vascular.unshift({
  field: "footColdPale",
  pattern:
    /\b(?:it|they|it's|its|they're)\s+(?:(?:is|are|looks?|feels?|has gone|have gone|gone|turned|going|went|getting|seems?|a bit|a little|slightly|really|very|all|quite|kind of|kinda)\s+)*(?:cold|pale|white|blue|bluish|bluey|purple|grey|gray|mottled|icy|freezing|dusky)\b(?!\s+(?:outside|weather|out\b|water|pack|bath))/,
  value: (context) =>
    (/\b(?:foot|feet|toes?)\b/.test(context.sentence.text) ||
      /^(?:foot|feet|toes?)$/.test(partItRefersTo(context) ?? "")) &&
    !/\b(?:knee|bruise|bruising|scar|wound|skin around)\b/.test(context.match[0])
      ? "yes"
      : undefined,
  // "I can't feel my foot and it's cold": the "can't" is of feeling; "it isn't cold" never matches.
  selfNegated: true,
});
for (const rule of vascular) rule.emergency = "E-VASCULAR";

const neuro: PhraseRule[] = [
  {
    field: "numbnessTingling",
    pattern: new RegExp(
      String.raw`\b(?:can't|cannot|can not|unable to|can hardly|can barely|can't really)\s+feel\s+(?:(?:my|the|anything in my|anything in the|anything below|below)\s+)?(?:knee\s+)?${limb}\b`,
    ),
    selfNegated: true,
  },
  {
    field: "numbnessTingling",
    pattern: new RegExp(
      String.raw`\b(?:no|lost(?: all)?(?: the)?|loss of) (?:feeling|sensation) (?:in|below) (?:my |the )?(?:knee|${limb})\b`,
    ),
    selfNegated: true,
  },
  // "Can't feel anything below my knee": the limb named by where, not by name.
  {
    field: "numbnessTingling",
    pattern:
      /\b(?:can't|cannot|can not|unable to|can hardly|can barely|couldn't|could not) feel (?:anything|a thing|much) (?:below|under|beneath|from) (?:my |the )?knee\b/,
    selfNegated: true,
  },
  {
    field: "numbnessTingling",
    pattern: new RegExp(
      String.raw`\b${limb}(?:'s)?\b${gap(3)}\s+(?:numb|dead|lifeless|gone dead|like it's dead)\b|\bnumb\s+(?:foot|feet|toes|leg|legs)\b`,
    ),
  },
];
for (const rule of neuro) rule.emergency = "E-NEURO-INJURY";

const openWound: PhraseRule[] = [
  {
    field: "openWound",
    pattern:
      /\bbones?\b(?:\s+[a-z']+){0,2}?\s+(?:sticking|poking|coming|jutting|protruding|showing|visible|through the skin)(?: out| through(?: the skin)?)?\b|\bbones? (?:is |are )?(?:out|exposed)\b(?! of)|\b(?:see|seeing|saw|can see) (?:the |my |a |some )?bone\b|\b(?:open|compound) fracture\b|\bexposed bone\b|\b(?:deep|gaping) (?:cut|gash|wound|laceration|hole)\b|\bgash\b|\bgashed (?:my|his|her|their|the) knee(?! of)\b[^.!?]{0,30}\b(?:looks?|is|it's|seems?) (?:quite |really |very |pretty )?deep\b|\bcut (?:is )?(?:deep|gaping|down to the bone)\b|\bskin\b(?:\s+[a-z']+){0,3}?\s+(?:split|burst|ripped|torn|tore|sliced) (?:open|apart)\b|\b(?:split|ripped|torn|sliced) (?:it |my knee |my skin |the skin )?(?:wide )?open\b|\b(?:see|seeing|saw) (?:right )?(?:inside (?:it|the cut|the wound)?|into (?:it|the cut|the wound)|white stuff|yellow stuff|fat|the fat|tendon)\b/,
  },
];
for (const rule of openWound) rule.emergency = "E-OPEN-WOUND";

const deformity: PhraseRule[] = [
  ...kneecapOutRules,
  {
    field: "deformity",
    pattern:
      /\b(?:knee|leg)(?:'s)?\s+(?:is\s+|has\s+|looks\s+|seems\s+)?(?:bent|bending|pointing|facing|twisted|going|gone|went)(?: completely| totally| right)? (?:the )?wrong way\b|\b(?:leg|knee|shin)(?:'s)?\s+(?:is\s+|are\s+)?(?:pointing|facing|sticking out|bent|turned)\s+(?:out\s+)?(?:sideways|to the side|the other way)\b|\b(?:bent|went|bend) (?:the )?wrong way(?:\s+[a-z']+){0,6}? and (?:\w+ )?(?:clunk|clunked|popped|snapped|went|clicked) back\b/,
  },
  {
    field: "deformity",
    pattern:
      /\b(?:leg|knee|bone)(?:'s)?\s+(?:is\s+|looks\s+|looked\s+|seems\s+|has gone\s+|went\s+|is\s+all\s+|looks like (?:it's|its|it is)\s+)?(?:totally\s+|completely\s+|really\s+|all\s+|a bit\s+|very\s+|twisted\s+)?(?:wonky|in the wrong place|has moved|moved|deformed|misshapen|crooked|out of place|out of line|dislocated|the wrong shape|(?:a|an) (?:funny|weird|strange|odd|wrong) shape|(?:bent |sticking out |pointing |twisted |bending )?at (?:a|an) (?:weird|funny|strange|odd|awkward|wrong|unnatural|horrible|bad|crazy) angle)\b|\b(?:it's|it is|its) (?:bent |sticking out |pointing |twisted )?at (?:a|an) (?:weird|funny|strange|odd|awkward|wrong|unnatural|horrible|crazy) angle\b|\b(?:deformed|misshapen) (?:knee|leg)\b|\bdeformity\b|\b(?:it|it's|its|it is) (?:looks?|looked|seems|gone|now looks) (?:totally |completely |really |all |a bit )?(?:out of place|out of line|deformed|misshapen|wonky|crooked)\b/,
  },
];
// Bone through the skin is out of place too (tests/corpus/README.md); bone merely seen in a cut is not.
deformity.push({
  field: "deformity",
  pattern: /\bbones?\b(?:\s+[a-z']+){0,2}?\s+(?:sticking|poking|coming|jutting|protruding) (?:out |through )/,
});
for (const rule of deformity) rule.emergency = "E-DEFORMITY";

const breathing: PhraseRule[] = [
  {
    field: "breathlessOrChestPain",
    pattern:
      /\b(?:can't|cannot|can not|can hardly|can barely|unable to|couldn't|could not|could hardly|could barely) (?:breathe?|breathing|catch my breath|get my breath|get a breath|get my breath back)\b/,
    selfNegated: true,
  },
  {
    // "No trouble breathing" is a denial, unlike "can't breathe".
    field: "breathlessOrChestPain",
    pattern:
      /\b(?:struggling to|struggle to|hard to|difficult to|trouble|difficulty|problems?|hard time) (?:breathe?|breathing|catch(?:ing)? my breath|get(?:ting)? my breath)\b/,
  },
  {
    field: "breathlessOrChestPain",
    pattern:
      /\bchest (?:pains?|hurts?|hurting|is (?:tight|sore|painful|hurting)|feels (?:tight|heavy|sore)|tightness|pressure)\b|\b(?:pains?|tightness|pressure|ache) in (?:my |the )?chest\b|\btight chest\b|\b(?:short|shortness) of breath\b|\bbreathless(?:ness)?\b|\bout of breath\b|\bcough(?:ing|ed|s)? (?:up )?(?:a bit of |some |a little |a little bit of )?blood\b|\bchest (?:feels |is )?(?:crushed|crushing|heavy|tight)\b|\b(?:stab\w*|sharp pain|stabbing pain) in (?:my |the )?chest\b|\b(?:couldn't|could not) (?:breathe|catch my breath|get my breath)\b|\bblood when i cough\b|\bbreathing (?:is )?(?:hard|difficult|laboured|labored|painful)\b|\bpain (?:when|on) (?:i )?breath(?:e|ing)\b/,
  },
];
// "Getting a bit puffed just walking up the hall", "out of puff on the stairs": out of breath in
// UK and Australian English. Only said of the visitor: a knee that is "a bit puffed" is swollen.
breathing.push({
  field: "breathlessOrChestPain",
  pattern:
    /\b(?:i'm|im|i am|i get|i got|i feel|i felt|getting|gets|feeling|gets me)\s+(?:(?:a bit|a little|really|very|quite|so|super|totally|easily|all)\s+)?puffed(?: out)?(?!\s+up)\b|\bout of puff\b/,
});
// "This morning I was puffing coming up the stairs, which isn't like me", "panting at rest": the
// visitor puffing or panting where that is new to them or at rest is out of breath ("puffing up a
// hill on my run", "puffing on the stairs but that's normal for me" are the effort; "my knee was
// puffing up" is swelling).
breathing.push({
  field: "breathlessOrChestPain",
  pattern:
    /\b(?:i was|i'm|im|i am|i've been|ive been|i keep|i kept|i get|i got|i started)\s+(?:(?:a bit|a little|really|very|quite|so|all|properly)\s+)?(?:puffing|panting|wheezing|gasping)\b(?:\s+[a-z']+){0,6}?(?:\s+|,\s*)(?:at rest|doing nothing|sitting still|lying (?:down|in bed)|(?:which |that |and that |and it )?(?:isn't|is not|isnt|wasn't|was not|never|not) (?:like me|normal for me|usual for me)|unusual for me)\b/,
  selfNegated: true,
});
breathing.push({
  field: "breathlessOrChestPain",
  pattern: new RegExp(alsoPattern("chest")),
  value: whenPainSaid("yes"),
});
for (const rule of breathing) rule.emergency = "E-PE";

const saddle = String.raw`(?:between (?:my|the) legs|(?:a)?round (?:my |the )?(?:bottom|bum|backside|anus|genitals|privates|private parts|back passage|buttocks|saddle|groin)|in (?:my |the )?(?:bottom|bum|genitals|privates|groin|saddle area|private parts)|down below)`;
const cauda: PhraseRule[] = [
  {
    field: "saddleNumbnessOrBladder",
    pattern:
      /\b(?:can't|cannot|can not|unable to) (?:control|hold) (?:my |in )?(?:bladder|bowels?|wee|pee|urine|poo|poop|stool|it in)\b|\b(?:lost|losing|loss of|no) control (?:of|over) (?:my )?(?:bladder|bowels?)\b|\b(?:can't|cannot|unable to) (?:pee|wee|urinate|pass urine)\b|\b(?:can't|cannot|can not|couldn't) feel (?:my )?(?:bottom|bum|genitals|privates|private parts|when i need to (?:pee|wee|go)|(?:the )?(?:toilet paper|loo roll|tissue) when i wipe|(?:it )?when i wipe)\b/,
    selfNegated: true,
  },
  {
    field: "saddleNumbnessOrBladder",
    pattern:
      /\b(?:trouble|difficulty|problems?|struggling to|struggle to) (?:control(?:ling)?|hold(?:ing)?|pee(?:ing)?|wee(?:ing)?|urinat(?:e|ing)|pass(?:ing)? (?:urine|water))\b|\b(?:struggled|struggles|hard|difficult|a struggle) to (?:pee|wee|urinate|pass urine)\b/,
  },
  {
    field: "saddleNumbnessOrBladder",
    pattern: new RegExp(
      String.raw`\b(?:wet|wetting|peed|pissed|soiled|soiling|pooed) (?:myself|my pants|my trousers)\b|\bincontinen(?:t|ce)\b|\b(?:numb(?:ness)?|tingl(?:ing|y|es)|pins and needles)\b(?:\s+[a-z']+){0,2}?\s*${saddle}|\b(?:bottom|bum|genitals|privates|private parts|saddle area|between my legs)\b(?:\s+[a-z']+){0,3}?\s+(?:(?:kind of|sort of|kinda|sorta|a bit|a little|slightly|quite|really|weirdly|strangely|all) )?(?:numb|tingly|has no feeling)\b|\bsaddle (?:numbness|anaesthesia|anesthesia)\b|\bnumb (?:saddle|bottom|bum|backside|genitals|privates|private parts|groin)\b|\b(?:new )?(?:bladder|bowel) (?:problems?|trouble|issues|changes|accidents?)\b`,
    ),
  },
];
for (const rule of cauda) rule.emergency = "E-CAUDA";

/** Single phrases that are each an emergency. */
export const emergencyRules: PhraseRule[] = [
  ...vascular,
  ...neuro,
  ...openWound,
  ...deformity,
  ...breathing,
  ...cauda,
].map((rule) => ({
  ...rule,
  currentOnly: true,
}));

// E-COMPARTMENT needs both: pain out of proportion and a tight calf or shin.
const painkillers = String.raw`(?:painkillers?|pain killers?|pain relief|tramadol|morphine|codeine|co-codamol|ibuprofen|paracetamol|naproxen|tablets)`;
// A slow worsening ("for weeks", "over the last few days", "gradually"), painkillers that helped
// or wore off, or taken for the swelling: told before the painkillers, or after them.
const slowBefore = String.raw`(?:for (?:weeks|months|ages)|a few weeks|a couple of weeks|a fortnight|the (?:last|past) (?:few |couple of )?(?:days|weeks|months))`;
const slowOrEasedAfter = String.raw`(?:for (?:weeks|months|days|ages|a week|a month|a fortnight|(?:\d+|two|three|four|a few|a couple of|several) (?:days|weeks|months))|(?:over )?the (?:last|past) (?:few |couple of )?(?:days|weeks|months|fortnight)|slowly|gradually|which helped|helped|wore off|worn off|for the swelling)`;
export const compartmentPainRules: PhraseRule[] = [
  {
    field: "severePainOutOfProportion",
    pattern:
      /\b(?:unbearable|excruciating|agonising|agonizing|horrendous|in agony|agony|off the scale|worst pain (?:i've|i have) ever|10\/10|ten out of ten)\b/,
    currentOnly: true,
  },
  // "The pain is getting worse not better even with painkillers": the "not" denies the better, not
  // the pain; the pain (or "it") must be what worsens ("the swelling is worse", "no worse" are not).
  {
    field: "severePainOutOfProportion",
    pattern: new RegExp(
      String.raw`\b(?:pain|it)(?:'s| is| has| keeps)?(?: been| just| still)?(?: getting| gone| got| gotten)? worse,? (?:and )?not better,? (?:even )?(?:on|with|after|taking|despite(?: taking)?) (?:the |my |strong )?${painkillers}\b`,
    ),
    selfNegated: true,
    currentOnly: true,
  },
  // "Took painkillers hours ago but it's getting worse not better": the painkillers first, then the
  // pain (or "it") still worsening ("…but the swelling is getting worse", "…and it's getting
  // better" are not; "haven't taken any" names none taken), not slowly or eased ("been taking
  // ibuprofen for weeks but…", "for weeks I've been taking…", "…which helped but…"); "on tablets
  // for blood pressure" is no painkiller taken.
  {
    field: "severePainOutOfProportion",
    pattern: new RegExp(
      String.raw`\b(?<!\b${slowBefore}\b[^.!?]*)(?![^.!?]*\b${slowOrEasedAfter}\b)(?:took|taking|been taking|have taken|'ve taken|had taken) (?:some |my |the |strong |a couple of |two )?${painkillers}\b[^.!?]{0,40}?\bbut (?:it's|its|it is|it|the pain(?:'s| is)?|pain(?:'s| is)?) (?:still |just |only )?(?:getting|got|gone|going) worse\b`,
    ),
    currentOnly: true,
    scope: "sentence",
  },
  // "Pain is a 10", "worse than it should be", "worse even on tramadol": beyond what the injury explains.
  {
    field: "severePainOutOfProportion",
    pattern: new RegExp(
      String.raw`\bpain(?:'s| is)? (?:a |at |at a )?(?:10|ten)\b(?!\s*(?:days?|weeks?|hours?|minutes?|years?))|\b(?:worse|more) than (?:it )?(?:should be|it should|expected|you'd expect)\b|\b(?:worse|hurting|hurts|agony|bad)\b(?:\s+[a-z']+){0,2}?\s+(?:even (?:on|with|after|taking)|despite(?: taking)?) (?:the |my |strong )?${painkillers}\b`,
    ),
    currentOnly: true,
  },
  {
    field: "severePainOutOfProportion",
    pattern:
      /\b(?:painkillers?|pain killers?|pain relief|ibuprofen|paracetamol|codeine|tramadol|morphine|co-codamol|naproxen|tablets) (?:are(?:n't| not)|do(?:n't|esn't| not| nothing)|not|isn't|is not|haven't|have not|didn't|did not) (?:\w+ )?(?:help|helping|working|work|touching|touch|doing anything|touched|helped|worked)\b/,
    selfNegated: true,
    currentOnly: true,
  },
];
export const compartmentTightRules: PhraseRule[] = [
  {
    field: "severePainOutOfProportion",
    pattern:
      /\b(?:calf|calves|shin|shins|lower leg)(?:'s)?\s+(?:is\s+|are\s+|feels\s+|feel\s+|has gone\s+|gone\s+|went\s+|looks\s+|is getting\s+|getting\s+)?(?:(?:really|very|so|rock|super|incredibly|extremely|all)\s+)*(?:hard|tight|tense|rigid|solid|like (?:a )?rock|like (?:it's|its|it is) (?:going to|gonna|about to) (?:burst|explode)|about to burst|bursting|shiny)\b|\b(?:rock hard|tight|tense|hard|swollen tight) (?:calf|shin)\b/,
    currentOnly: true,
  },
];
