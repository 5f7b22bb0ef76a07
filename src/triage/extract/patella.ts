import { uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";

// Kneecap dislocation that went back: first time (U-PATELLA-FIRST) or recurrent
// (R-INSTABILITY). "Still out" is an emergency phrase (emergency-phrases.ts). Whether it is
// the first time is often said in another sentence ("It's happened before"), so the whole
// message is read for it; without it, the question is asked.

export const kneecap = String.raw`(?:kneecap|knee cap|knee-cap|patella)`;
// "Never happened before" is a first time: the trailing "before" belongs to it, not to a repeat;
// "Never ever happened before." too, as a sentence of its own (not "the swelling has never ever
// happened before", "…never ever had this much swelling before").
const firstTime =
  /\b(?:first time|1st time|(?<=(?:^|[.!?])\s*)never ever happened (?:to me )?before(?=\s*(?:[.!?]|$))|never (?:happened|done this|done that|had this|had that|had it|dislocated|before)(?: (?:to me |like this |like that )?before)?|never before)\b/g;
// "Her kneecap shot out… never happened to her before", "my son's kneecap… never happened to him
// before": a first time where every kneecap told is someone else's and none of the writer's, its
// "before" no repeat. Elsewhere ("my teacher said it never happened to her before", "my coach's
// knee did it too", "Kneecap went out… happens to me a lot. Tom's kneecap did it last week") the
// message is read as it always was.
const firstTimeForSomeone = /\bnever happened to (?:her|him|them) before\b/g;
// Every kneecap the message names is someone else's ("her kneecap", "my son's kneecap"): not a bare
// "Kneecap went out…", "the kneecap on my right leg" or "me kneecap", and no knee of the writer's.
const kneecapNamed = new RegExp(String.raw`(?:^|(\S+)\s+)${kneecap}\b`, "g");
const someoneElses = /^(?:her|his|their|(?!my$|me$)\w+'s)$/;
const writersKnee = /\b(?:my|me) (?:\w+ ){0,2}(?:kneecaps?|knee caps?|knees?|patella)\b/;
const firstTimeForThem = (text: string) => {
  if (text.search(firstTimeForSomeone) < 0 || writersKnee.test(text)) return false;
  const owners = [...text.matchAll(kneecapNamed)].map((match) => match[1] ?? "");
  return owners.length > 0 && owners.every((owner) => someoneElses.test(owner));
};

// "Popped out and back in again": back where it belongs, not a repeat.
const backAgain = /\bback (?:in |into place |on )?again\b/g;
const recurrent =
  /\b(?:happened before|happens (?:a lot|often|regularly|all the time)|has before|done (?:this|it|that) before|keeps|kept|again|before|regularly|often|several times|many times|a few times|multiple times|(?:loads|lots|so many|plenty) of times|so many times|times before|(?:\d+|two|three|four|five|couple of) times|(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time|recurrent|recurring|every time|used to)\b/;

// "I'm convinced it'll pop out every time I move and I'll never play again": a fear of what
// will happen is no repeat of what did, so a clause is read only up to its future ("it has
// happened before and I'm scared it will again" keeps its "before", "it's going to happen again,
// it's the third time" its third time, and "I'll be honest, it's happened before" is no future).
const fromTheFuture =
  /\b(?:will|won't|it'll|i'll|he'll|she'll|going to|gonna)\b(?!\s+(?:be honest|lie|admit|say|tell you))[^.!?,;]*/g;

/** The kneecap named, or a dislocation. */
export const kneecapWords = new RegExp(String.raw`${kneecap}|dislocat`);
function kneecapContext(text: string): boolean {
  return kneecapWords.test(text);
}

// "My knee popped out and went back in": visitors often call the kneecap the knee, so it may be
// a kneecap that slipped out; without the kneecap named, that is asked.
const kneeWord = /\bknees?\b/;

function wentBack(context: MatchContext): RuleValue | undefined {
  if (!kneecapContext(context.sentence.text)) return kneeWord.test(context.sentence.text) ? uncertain : undefined;
  const text = context.parsed.text;
  const told = firstTimeForThem(text) ? text.replace(firstTimeForSomeone, " first time ") : text;
  const first = told.search(firstTime) >= 0;
  const again = recurrent.test(told.replace(fromTheFuture, " ").replace(firstTime, " ").replace(backAgain, "back"));
  if (first && !again) return "went_back_first_time";
  if (again && !first) return "recurrent";
  return uncertain;
}

// A kneecap's story that is not the writer's now: asked, dreamt, watched, warned of, quoted, years ago.
const toldOtherwise =
  /\b(?:if\b|whether|dream\w*|video|watch\w*|on tv|telly|pupil|warned|would|when i was|as a (?:kid|teenager|child)|years ago|told me|said|says|quote|"|“)/;

// "My kneecap slipped out sideways as I spun round to grab the kettle off the hob, then clunked
// back in on its own", "slid right out to the side": out, and back in or into place, however far
// apart in the sentence ("right out" only to the side: "my ski slid right out and I went back down"
// is a fall).
export const patellaRules: PhraseRule[] = [
  {
    field: "patellaDislocation",
    pattern: new RegExp(
      String.raw`\b(?:dislocates|keeps dislocating|keeps (?:popping|slipping|coming|going) out|(?:pops|slips|comes) out (?:a lot|often|regularly|all the time|sometimes|occasionally|every so often)|dislocated (?:it |my ${kneecap} )?(?:several|many|a few|multiple|lots of|loads of|\d+|two|three|four|five) times|recurrent dislocations?|has dislocated before|dislocated (?:it )?before|(?:popped|slipped|come|came|gone|went|dislocated) out (?:of place )?(?:about |around |like )?(?:several|many|a few|multiple|lots of|loads of|a couple of|\d+|two|three|four|five|six) times)\b`,
    ),
    value: (context) => (kneecapContext(context.sentence.text) ? "recurrent" : undefined),
    negated: "skip",
  },
  {
    field: "patellaDislocation",
    pattern:
      /\b(?:(?:popped|pop|slipped|slip|slid|slide|came|went|moved|jumped|clicked|shifted|shot|dislocated)\s+(?:it\s+)?(?:out|(?:off )?to the side|sideways)|(?:popped|slipped|slid|shot)\s+(?:right|straight|clean|completely)\s+(?:out\s+(?:to|off to|on|over to) the side|out sideways|sideways)|dislocated)\b(?:[\s,]+[a-z']+){0,10}?[\s,]+(?:popped|pop|went|slipped|slip|slid|slide|clicked|click|came|moved|jumped|snapped|snap|got (?:put|pushed)|was put|put it|pushed it|clunked|clunk)\s+(?:it\s+)?(?:straight |right |just )?back\b|\b(?:popped|slipped|slid|dislocated)\s+out (?:and|then|and then) (?:straight |right )?back\b|\b(?:came|went|clicked)\s+out (?:and|then|and then) (?:straight |right )?back (?:in|into place)\b|\b(?:popped|went|slipped|clicked|came|moved|jumped|snapped|got put|was put|pushed it|put it) back (?:in|into place|on its own|by itself)\b|\b(?:(?:popped|slipped|slid|came|went|shot|dislocated)\s+(?:out|sideways)|(?:popped|slipped|slid|shot)\s+(?:right|straight|clean|completely)\s+(?:out\s+(?:to|off to|on|over to) the side|out sideways|sideways))\b(?:[\s,]+[a-z']+){0,16}?[\s,]+(?:popped|went|slipped|slid|clicked|came|moved|jumped|snapped|clunked)\s+(?:straight |right |just )?back (?:in|into place)\b/,
    value: wentBack,
    negated: "skip",
    scope: "sentence",
  },
  // "kneecap popped out sideways and straight back in while i was dancing": the kneecap itself, out to
  // the side and straight back in or into place (not pain that "shot out sideways", a shoulder, "back
  // out" or "back into the wrong place"), told as it happened to the writer: not asked, dreamt, seen
  // in a video, quoted or years ago; and only as the first time (a repeat, or a kneecap out again,
  // is asked: "before", "again" or another knee's history must not make it recurrent).
  {
    field: "patellaDislocation",
    pattern:
      /(?<!'s\s+|\ba\s+)\b(?:my |the |her |his )?(?:kneecap|knee cap|patella)\s+(?:popped|slipped|slid|shot)\s+out (?:sideways|to the side) (?:and|then|and then) (?:straight |right )?back (?:in|into place)\b(?! the wrong)/,
    value: (context) =>
      !toldOtherwise.test(context.parsed.text) && wentBack(context) === "went_back_first_time"
        ? "went_back_first_time"
        : undefined,
    negated: "skip",
    scope: "sentence",
  },
  {
    field: "patellaDislocation",
    pattern:
      /\b(?:never|no|not|hasn't|has not|didn't|did not|haven't|have not) (?:\w+ ){0,2}(?:dislocated|dislocation|dislocations|popped out|slipped out|come out|came out|gone out)\b/,
    value: (context) => (kneecapContext(context.sentence.text) ? "none" : undefined),
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "patellaDislocation",
    pattern: new RegExp(
      String.raw`\bdislocated (?:my |the )?(?:${kneecap}|knee)\b|\b${kneecap} (?:popped|slipped|came|went|moved) out\b|\b${kneecap} dislocated\b|\bdislocation\b`,
    ),
    value: uncertain,
    negated: "none",
  },
];
