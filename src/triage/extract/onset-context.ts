import type { MatchContext } from "./matcher.js";

// Whether a date or a span in the visitor's words tells when THIS knee problem began: with an
// event ("fell yesterday", "sore since Friday", "that was Friday") or as the answer to the
// onset question, and not about another complaint ("my calf has swollen since yesterday",
// "short of breath since this morning": asked, never taken as the knee's onset).

const eventVerb =
  /\b(?:happened|happen|started|start|starts|began|begun|begin|came on|come on|fell|fall|fallen|tripped|slipped|twisted|twist|hurt it|hurt my|injured|injure|did it|done it|landed|jumped|popped|pop|gave way|buckled|locked|swelled|banged|bang|hit|kicked|knocked|crashed|collided|tackled?|tore|sprained|since|onset|noticed|woke up with|went over|went down|came off|pulled|tweaked|jarred|dislocated|accident|crept|creeping|caught|whacked|dropped|slid|jammed|crushed|that was|it was on|this was)\b/;

// Another complaint than the knee's: its onset is not the knee's.
const otherComplaint =
  /\b(?:calf|calves|chest|breath\w*|breathless|wheez\w*|fever\w*|temperature|temp|cough\w*|shiver\w*|flu|fluey|unwell|foot|feet|toes?|ankle|hip|groin|(?:my|lower|upper) back|back (?:pain|ache)|backache|bladder|bowels?|wet myself|numb\w*|tingl\w*|wound|scar|stitches)\b/;
// ... unless the same words tell the injury that began it all ("numb since the fall yesterday").
const injuryEvent =
  /\b(?:fell|fall|tripped|slipped|twist\w*|tackle\w*|injur\w*|hurt (?:it|my knee)|knocked|banged|hit|kicked|landed|crash\w*|collided|accident)\b/;

/** The stretch of the clause the words at `start` belong to: from the last comma or "and" before them. */
function segmentAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(" and "), before.lastIndexOf(";"));
  const after = text.slice(end);
  const stop = after.search(/,|;| and /);
  return text.slice(cut < 0 ? 0 : cut + 1, stop < 0 ? text.length : end + stop);
}

/** The words at the match tell another complaint's start (calf, chest, fever...), not the knee's. */
export function aboutAnotherComplaint(context: MatchContext): boolean {
  const { scope, match } = context;
  const segment = segmentAround(scope.text, match.index, match.index + match[0].length);
  return otherComplaint.test(segment) && !injuryEvent.test(segment) && !/\bknees?\b/.test(segment);
}

/** A relative day or a date is the onset only with an event, or as the answer to the onset question. */
export function tellsOnset(context: MatchContext): boolean {
  if (aboutAnotherComplaint(context)) return false;
  return context.expecting.includes("daysSinceOnset") || eventVerb.test(context.sentence.text);
}
