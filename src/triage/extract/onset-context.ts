import { blowObject } from "./injury.js";
import type { MatchContext } from "./matcher.js";

// Whether a date or a span in the visitor's words tells when THIS knee problem began: with an
// event ("fell yesterday", "sore since Friday", "that was Friday") or as the answer to the
// onset question, and not about another complaint ("my calf has swollen since yesterday",
// "short of breath since this morning": asked, never taken as the knee's onset).

const eventVerb = new RegExp(
  String.raw`\b(?:happened|happen|started|start|starts|began|begun|begin|came on|come on|fell|fall|fallen|tripped|slipped|twisted|twist|hurt it|hurt my|injured|injure|did it|done it|landed|jumped|popped|pop|banged|bang|hit|kicked|kicking|knocked(?! off)|overextended|hyperextended|bent back|crashed|collided|tackled?|tore|sprained|since|onset|woke up with|went over|went down|came off|pulled|tweaked|jarred|dislocated|accident|crept|creeping|caught|whacked|dropped|slid|jammed|crushed|tipped|overturned|rolled on|rolled up on|took (?:a|an) ${blowObject} (?:to|off|on|in|into)|tumble|barged|shoved|that was|it was on|this was)\b`,
);

// Another complaint than the knee's: its onset is not the knee's ("on warfarin since a clot in my
// leg a few years back" dates the clot and its medicine).
const otherComplaint =
  /\b(?:clots?|dvt|thrombos[ie]s|embolism|calf|calves|chest|breath\w*|breathless|wheez\w*|fever\w*|temperature|temp|cough\w*|shiver\w*|flu|fluey|unwell|foot|feet|toes?|ankle|hip|groin|(?:my|lower|upper) back|back (?:pain|ache)|backache|bladder|bowels?|wet myself|numb\w*|tingl\w*|wound|scar|stitches|weight|lost (?:about |around |over )?(?:\d|a |two|three))\b/;
// The date of an operation or injection is not the onset of this pain ("my knee surgery was
// friday"), unless the pain dates from it ("since the op").
const treatment =
  /\b(?:surgery|operation|op|arthroscopy|injection|jab|replacement|replaced|new knee|reconstruction|reconstructed|scope|scoped|trimmed|repaired|operated|had it done)\b/;
const sinceTreatment = /\bsince (?:the|my) (?:surgery|operation|op)\b/;
// ... unless the same words tell the injury that began it all ("numb since the fall yesterday").
const injuryEvent =
  /\b(?:fell|fall|tripped|slipped|twist\w*|tackle\w*|injur\w*|hurt (?:it|my knee)|knocked|banged|hit|kicked|landed|crash\w*|collided|accident|tipped|overturned|tumble|barged|shoved)\b/;

/** The words of the same statement before offset `start` of `text` (from the last comma or "and I/my/it..."). */
export function statementBefore(text: string, start: number): string {
  const before = text.slice(0, start);
  let cut = 0;
  for (const boundary of before.matchAll(newStatement)) cut = boundary.index + boundary[0].length;
  return before.slice(cut);
}

/** The stretch of the clause the words at [start, end) belong to. */
function segmentAround(text: string, start: number, end: number): string {
  // After the words, any "and" starts something else ("limping for a week and says her hip hurts").
  const after = text.slice(end);
  const stop = after.search(/[,;]|\band\b/);
  return statementBefore(text, start) + text.slice(start, stop < 0 ? text.length : end + stop);
}

// Before the words, a new statement starts at a comma or semicolon, or at "and" before a new
// subject ("... and I've been short of breath since yesterday"), not "knee and back pain".
const newStatement =
  /[,;]|\band (?=(?:i|i'm|im|i've|ive|my|it|it's|its|now|then|the|this|that|he|she|his|her|they)\b)/g;

/** The words at the match date an operation or injection, not the knee pain. */
export function datesTreatment(context: MatchContext): boolean {
  const { scope, match } = context;
  const segment = segmentAround(scope.text, match.index, match.index + match[0].length);
  return treatment.test(segment) && !sinceTreatment.test(segment);
}

/** The words at the match tell another complaint's start (calf, chest, fever...), not the knee's. */
export function aboutAnotherComplaint(context: MatchContext): boolean {
  const { scope, match } = context;
  const segment = segmentAround(scope.text, match.index, match.index + match[0].length);
  return otherComplaint.test(segment) && !injuryEvent.test(segment) && !/\bknees?\b/.test(segment);
}

/** A relative day or a date is the onset only with an event, or as the answer to the onset question. */
export function tellsOnset(context: MatchContext): boolean {
  if (aboutAnotherComplaint(context) || datesTreatment(context)) return false;
  return context.expecting.includes("daysSinceOnset") || eventVerb.test(context.sentence.text);
}
