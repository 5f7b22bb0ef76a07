import { subjectOf, uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";
import { countWords } from "./number-words.js";

// Medicines, conditions and past treatment: blood thinners, a weakened immune system, a knee
// replacement, recent surgery or injection, cancer, weight loss, other swollen joints and a
// bone lump. Someone else's history ("my mum had cancer") is skipped by the matcher.

const numberWords: Readonly<Record<string, number>> = {
  ...countWords,
  few: 3,
  couple: 2,
};
const unitDays: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };

/** Days since the surgery or injection told in the sentence, when it says. */
function daysAgo(sentence: string, now: Date): number | "recent" | "long ago" | undefined {
  // "6 weeks ago", "4 weeks after a knee replacement", "2 weeks post op", "op was 5 days ago".
  const amount =
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a )?few|(?:a )?couple(?: of)?)\s+(day|week|month|year)s?\s+(?:ago|after|since|post|out from|on from)\b/.exec(
      sentence,
    );
  if (amount) {
    const word = (amount[1] ?? "").replace(/^a /, "").replace(/ of$/, "");
    const count = /^\d/.test(word) ? Number(word) : numberWords[word];
    const unit = unitDays[amount[2] ?? ""];
    if (count !== undefined && unit !== undefined) return count * unit;
  }
  if (
    /\b(?:last|this|past) (?:week|month)\b|\brecently\b|\bjust had\b|\byesterday\b|\b(?:a few|couple of) (?:days|weeks) ago\b|\b(?:was|on|last|since) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bthis morning\b|\btoday\b/.test(
      sentence,
    )
  )
    return "recent";
  if (/\byears? ago\b|\b(?:as a|when i was a) (?:kid|child|teenager)\b/.test(sentence)) return "long ago";
  const year = /\bin ((?:19|20)\d\d)\b/.exec(sentence);
  if (year && now.getFullYear() - Number(year[1]) >= 2) return "long ago";
  return undefined;
}

const plannedOnly =
  /\b(?:need|needs|needing|waiting|might|may|going to|booked|considering|told i|planned|due to have|referred for|on the list)\b/;

/** Spec §3: in the last 3 months. Without a time it is asked. */
function recentTreatment(context: MatchContext): RuleValue | undefined {
  const sentence = context.sentence.text;
  if (plannedOnly.test(sentence.slice(0, context.match.index + context.scope.start - context.sentence.start)))
    return undefined;
  // The clause dates it before the sentence does: in "replaced years ago, it is hot today" the
  // "today" is the heat's.
  const days = daysAgo(context.scope.text, context.now) ?? daysAgo(sentence, context.now);
  // "I have a knee replacement" is about the joint (kneeReplacement), not a recent operation.
  if (days === undefined) return /replace/.test(context.match[0]) ? undefined : uncertain;
  if (days === "recent") return "yes";
  if (days === "long ago") return "no";
  return days <= 92 ? "yes" : "no";
}

function weightLossReason(context: MatchContext): RuleValue {
  const text = context.sentence.text;
  if (
    /\b(?:without (?:trying|meaning to|dieting)|for no (?:apparent |obvious )?reason|unexplained|unintentional(?:ly)?|don't know why|not (?:trying|dieting)|no idea why)\b/.test(
      text,
    )
  )
    return "yes";
  if (
    /\b(?:on purpose|dieting|diet|intentionally|trying to|deliberately|since i started|slimming|gym|running more|exercis\w+|weight watchers|ozempic|mounjaro|wegovy)\b/.test(
      text,
    )
  )
    return "no";
  // A child has no ordinary reason to lose weight: unexplained unless a reason is given.
  return subjectOf(context.parsed, context.expecting.length > 0).child ? "yes" : uncertain;
}

// Spec §3 otherJointsSwollen asks about joints (plural) swollen and stiff: the inflammatory
// pattern. One ankle swollen or a stiff wrist is another body part (spec §7.2: "my ankle is
// swollen" records nothing), often part of the same fall; the question is asked when it matters.
const singleJoint = /\b(?:finger|hand|wrist|ankle|toe|elbow|knuckle|shoulder)\b/g;
const pluralJoints = /\b(?:fingers|hands|wrists|ankles|toes|elbows|knuckles|shoulders|joints)\b/;
// Stiff alone ("my ankles are really stiff" when squatting) may be no more than tight joints: asked.
const swollenWords = /\b(?:swollen|swelling|puffy|puffed|inflamed)\b/;
// "My toes feel tingly, knee swollen": toes told with a nerve feeling or a colour, the knee's
// swelling after them, are not swollen ("fingers cold and swollen" are).
const otherSign = /\b(?:tingl\w*|numb\w*|pins and needles|cold|pale|blue|white)\b[^]*\bknees?\b/;
function severalJoints(context: MatchContext): RuleValue | undefined {
  const words = context.match[0];
  if (otherSign.test(words)) return undefined;
  const several = pluralJoints.test(words) || new Set(words.match(singleJoint) ?? []).size >= 2;
  if (!several) return undefined;
  // "Stiff and swollen": the words just after the match count too.
  const end = context.match.index + words.length;
  const following = context.scope.text.slice(end, end + 30);
  return swollenWords.test(`${words} ${following}`) ? "yes" : "unsure";
}

// "…I'm on warfarin after a clot last year. Well, I used to be", "…but they took me off them",
// "…Only joking, that's my dad": told as not taken now anywhere in the message.
const notTakenNow =
  /\b(?:used to be|not anymore|not any more|no longer|only joking|that's my|correction|took me off|taken off|came off|come off|stopped (?:it|them|taking)|finished (?:it|them|the course)|course ended|ended in|completed|switched me|swapped me|(?:were|was) stopped|(?:don't|dont|do not) take|(?:haven't|havent|have not) (?:taken|had)|run out|ran out|well was|jk|kidding|i mean my|that's wrong|not sure|no wait)\b/;
// Blood thinners and bleeding disorders (spec §3 anticoagulants).
const bloodThinner = String.raw`(?:warfarin|coumadin|doacs?|noacs?|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|lixiana|savaysa|dabigatran|pradaxa|heparin|enoxaparin|clexane|lovenox|dalteparin|fragmin|tinzaparin|blood[- ]?thinners?|blood[- ]?thinning|anti-?coagulants?|anti-?coagulation|thins? (?:my|the) blood|haemophilia|hemophilia|haemophiliac|hemophiliac|bleeding disorder|von willebrand|(?:clotting|bleeding) (?:disorder|problem|condition|issue)s?|blood (?:doesn't|does not|won't) clot)`;

export const historyRules: PhraseRule[] = [
  {
    field: "anticoagulants",
    pattern:
      /\b(?:no|not on any|don't take any|not taking any|no regular|on no) (?:regular )?(?:medications?|meds|medicines?|tablets|pills|drugs)\b|\bnot on (?:any )?(?:medication|meds|tablets)\b/,
    value: "no",
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "anticoagulants",
    pattern: /\b(?:aspirin|clopidogrel|plavix|ticagrelor|brilinta)\b/,
    value: uncertain,
    negated: "skip",
  },
  // A DOAC (NOAC: apixaban, rivaroxaban, edoxaban, dabigatran) is an anticoagulant.
  { field: "anticoagulants", pattern: new RegExp(String.raw`\b${bloodThinner}\b`) },
  // "I'm on warfarin after a clot last year": taken now, whatever past the clause gives as its reason
  // (not "I've been on warfarin", often a past course, nor "…when I was pregnant", "…in the past",
  // "…finished the course in spring", "…then swapped to aspirin", "sorry, WAS", a course "for 6
  // months"), not quoted ("my wife keeps saying 'I'm on…'"), asked ("if I'm on…") or a job ("on
  // warfarin duty"). The clause's own words are checked here; `notTakenNow` reads the whole message
  // ("took me off", "came off"… need not be repeated here).
  {
    field: "anticoagulants",
    pattern: new RegExp(
      String.raw`(?<!\bif\s+|["'“‘]\s*)\b(?:i'm|im|i am)\s+(?:currently\s+|still\s+|now\s+|already\s+)?on\s+(?:${bloodThinner})\b(?!\s*\?)(?!\s+(?:duty|checks?|clinic|monitoring|patients?|for \d+|for (?:a|six|three|two) (?:weeks|months))\b)(?![^.;]*\b(?:when i was|in the past|until|before|stopped|finished|switched|swapped|was|ended)\b)`,
    ),
    value: ({ parsed }) => (notTakenNow.test(parsed.text) ? undefined : "yes"),
    toldNow: true,
  },
  {
    field: "immunosuppressed",
    pattern: /\b(?:pre-?diabet\w*|borderline diabet\w*|gestational diabetes)\b/,
    value: uncertain,
    negated: "skip",
  },
  {
    field: "immunosuppressed",
    pattern:
      /\bno (?:medical conditions|health (?:problems|conditions|issues)|other (?:medical )?(?:problems|conditions))\b|\b(?:fit and healthy|otherwise healthy|generally healthy|healthy otherwise)\b/,
    value: "no",
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "immunosuppressed",
    pattern:
      /\b(?:diabetes|diabetic|type (?:1|2|one|two) diabetes|t1d|t2d|chemo(?:therapy)?|immunosuppress\w*|immuno-?compromised|weak(?:ened)? immune system|low immunity|poor immune system|transplant|methotrexate|azathioprine|mycophenolate|tacrolimus|ciclosporin|cyclosporine|biologics?|humira|adalimumab|etanercept|enbrel|infliximab|rituximab|hiv|prednisolone|prednisone|dexamethasone|steroid tablets|oral steroids|on steroids|taking steroids|long[- ]term steroids)\b/,
  },
  {
    field: "kneeReplacement",
    pattern:
      /\b(?:waiting (?:list )?for|need(?:s|ing)?|needs? to have|going to have|due (?:to have|for)|booked (?:in )?for|considering|been told i need|might need|will need|on the (?:waiting )?list for)\b(?:\s+[a-z']+){0,3}?\s+(?:knee )?replacement\b/,
    value: uncertain,
    negated: "skip",
  },
  {
    field: "kneeReplacement",
    pattern:
      /\b(?:knee replacement|replaced knee|new knee|tkr|tka|total knee|partial knee|artificial knee|prosthetic knee|knee prosthesis|had (?:(?:my|the|a|both) )?(?:(?:left|right) )?knees? replaced|knees? (?:was|were|has been|have been|got) replaced|uni(?:compartmental)? knee)\b/,
  },
  {
    field: "recentSurgeryOrInjection",
    pattern:
      /\b(?:surgery|operation|operated on|(?:knee |my |the |an |a |his |her )op\b|op (?:on|in) (?:my|the|his|her|it)|new knee|(?:meniscus|cartilage) (?:was |got )?(?:trimmed|repaired|removed)|(?:had|got) (?:my |the )?(?:meniscus|cartilage) (?:trimmed|repaired|removed)|arthroscopy|arthroscopic|keyhole|knee scope|scoped|knee replacement|replaced|reconstruction|acl repair|meniscus repair|meniscectomy|(?:steroid|cortisone|knee|hyaluronic|gel|prp|lubricant) (?:injection|jab|shot)|injection (?:in|into) (?:my|the) knee|(?:had|got) (?:it|my knee) (?:injected|drained|aspirated)|(?:gp|doctor|dr|physio|consultant|surgeon|nurse|they|he|she) (?:injected|drained|aspirated) (?:it|my knee|the knee|his knee|her knee)|(?:it|my knee|the knee) (?:was|got|had been) (?:injected|drained|aspirated))\b/,
    value: recentTreatment,
    negated: "no",
  },
  { field: "recentSurgeryOrInjection", pattern: /\binjections?\b/, value: uncertain, negated: "no" },
  {
    field: "cancerHistory",
    pattern:
      /\b(?:cancer|tumou?rs?|leukaemia|leukemia|lymphoma|myeloma|sarcoma|melanoma|carcinoma|malignan\w+|metastas\w+|oncology|in remission|chemo(?:therapy)?|radiotherapy)\b/,
    value: (context) =>
      /\b(?:family history|runs in (?:my|the) family|in the family|benign)\b/.test(context.scope.text)
        ? undefined
        : "yes",
  },
  {
    field: "weightLoss",
    pattern:
      /\b(?:lost|losing|lose|dropped|dropping|loss of)\s+(?:(?:about|around|nearly|almost|over|roughly|like)\s+)?(?:(?:a lot of|lots of|loads of|some|a bit of|quite a bit of|a fair bit of|(?:\d+|a|an|one|two|three|half a|a few|a couple of)\s*(?:kg|kilos?|lbs?|pounds|stone|st))\s+)?(?:weight|kilos|pounds|lbs|kg|stone)\b|\b(?:lost|dropped)\s+(?:(?:about|around|nearly|almost|over|roughly|like)\s+)?(?:\d+|a|an|one|two|three|half a|a few|a couple of)\s*(?:kg|kilos?|lbs?|pounds|stone|st)\b|\bweight loss\b|\bweight (?:has )?(?:dropped|fallen|gone down)\b/,
    value: weightLossReason,
  },
  // "The trousers are hanging off me though I'm not dieting": clothes gone loose tell weight lost,
  // unexplained when the sentence says so, else asked.
  {
    field: "weightLoss",
    pattern:
      /\b(?:clothes|trousers|jeans|pants|belts?|shirts?|dresses|skirts?)\b(?:\s+[a-z']+){0,3}?\s+(?:hanging off|falling off|(?:so |really |much )?(?:loose|looser|baggy|baggier) on)\s+(?:me|him|her|them)\b/,
    value: weightLossReason,
  },
  {
    field: "otherJointsSwollen",
    pattern:
      /\b(?:only (?:my|the) knee|just (?:my|the) knee|no other joints|other joints (?:are )?(?:fine|ok|okay|normal))\b/,
    value: "no",
    negated: "skip",
    selfNegated: true,
  },
  {
    field: "otherJointsSwollen",
    pattern:
      /\b(?:fingers?|hands?|wrists?|ankles?|toes?|elbows?|knuckles?|shoulders?|other joints|joints)\b(?:[\s,]+[a-z']+){0,4}?\s+(?:swollen|stiff|puffy|puffed(?: up)?|swelling|inflamed)\b|\b(?:swollen|stiff|puffy|inflamed) (?:fingers|hands|wrists|ankles|toes|elbows|knuckles|joints|other joints)\b/,
    value: severalJoints,
  },
  // "My knee is swollen but so are my fingers and wrists": the swelling told before the joints.
  {
    field: "otherJointsSwollen",
    pattern:
      /\b(?:swollen|stiff|puffy)\b[^.?!;]{0,30}?\b(?:but |and )?so (?:are|is) (?:(?:a couple of|a few|some of|some|both|two of|all|all of|several of) )?(?:my |the |his |her )?(?:fingers|hands|wrists|ankles|toes|elbows|knuckles|other joints|joints)\b/,
    value: severalJoints,
    scope: "sentence",
  },
  {
    field: "boneLump",
    pattern:
      /\b(?:hard|bony|solid|firm) (?:lump|bump|mass|growth)\b|\b(?:lump|bump|mass|growth) (?:on|in|near|below|above|at) (?:the |my )?(?:bone|shin|shinbone|thigh ?bone|top of my shin|femur|tibia)\b/,
  },
  { field: "boneLump", pattern: /\blumps?\b/, value: uncertain, negated: "no" },
];
