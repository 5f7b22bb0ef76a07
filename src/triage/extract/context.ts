import type { Sentence } from "./clauses.js";

// Statements that are not about the patient now: a hypothetical ("what if my foot goes
// cold?") or the distant past ("years ago"); someone else's symptoms are in subject.ts.
// Pragmatic heuristics, tuned to keep real current mentions: when in doubt, it counts.

const hypotheticalOpeners =
  /^(?:what if|what happens if|what should i do if|what do i do if|when should|when do i need|how do i know (?:if|when)|is it (?:an emergency|serious|bad|dangerous) if|in case)\b/;
// "if" as in "whether" ("not sure if", "don't know if") is doubt, not a hypothetical.
const conditionalIf =
  /(?<!\b(?:sure|know|tell|wonder|wondering|certain|check|checking|remember|idea|unsure|notice|noticed|see|say|ask|asking|asked|even|as)\s)\b(?:if|in case|unless)\b/g;

// A condition about a change to come ("if my foot goes cold") is hypothetical; "if my foot is
// cold, is that bad?" may well be happening now, and the safer reading (spec preamble) counts it.
const changeToCome =
  /\b(?:goes|go|gets|get|turns|turn|becomes|become|starts|start|happens|happen|ever|were|should|would|will)\b/;

// Where each condition ends in a sentence, worked out once per sentence, not once per phrase.
function conditionEnds(sentence: Sentence): number[] {
  sentence.conditionEnds ??= [...sentence.text.matchAll(conditionalIf)].map((match) => match.index + match[0].length);
  return sentence.conditionEnds;
}

/** The phrase at sentence.text[start, end) is a hypothetical, not a statement. */
export function isHypothetical(sentence: Sentence, start: number, end: number): boolean {
  const { text: sentenceText, question } = sentence;
  if (hypotheticalOpeners.test(sentenceText)) return true;
  if (question && /^should i\b/.test(sentenceText) && /\b(?:if|when)\b/.test(sentenceText)) return true;
  let conditionEnd = -1;
  for (const conditionEndsAt of conditionEnds(sentence)) if (conditionEndsAt <= start) conditionEnd = conditionEndsAt;
  if (conditionEnd < 0) return false;
  const before = sentenceText.slice(0, start);
  // "if I run it hurts, and my foot is cold": the condition ended before the phrase.
  if (/[,;]|\band\s+(?:i|my|it|the)\b/.test(before.slice(conditionEnd))) return false;
  return changeToCome.test(sentenceText.slice(conditionEnd, end));
}

// Spec §7.2: a question asks, it does not tell. A yes/no question ("is something torn??",
// "can a torn meniscus make your knee lock?") records nothing, unless it presupposes the
// visitor's own present symptom ("is it normal for my wound to still be leaking?", "could the
// numbness in my toes be from the knee?"): then the first person is in it, beyond the asker's
// own "can I" / "should I".
const polarQuestion =
  /^(?:is|isn't|are|aren't|am|was|were|can|can't|could|couldn't|does|doesn't|do|don't|did|didn't|should|shouldn't|would|wouldn't|will|won't|has|hasn't|have|haven't|might|may|must)\b/;
const asker = /^\w+(?:n't)?\s+i\b/;
// "Yes, but should I be using crutches?": the answer before the question is not part of it.
const answerFirst =
  /^(?:yes|yeah|yep|no|nope|nah|ok|okay|sure|thanks|thank you|cheers)\b[\s,.!]*(?:(?:but|and|so|though|also)\b\s*)?/;
const firstPerson = /\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b/;

/** The sentence is a yes/no question that tells nothing of the visitor's own knee. */
export function isGeneralQuestion(sentence: Sentence): boolean {
  if (sentence.generalQuestion === undefined) {
    const text = sentence.text.replace(answerFirst, "");
    sentence.generalQuestion =
      sentence.question && polarQuestion.test(text) && !firstPerson.test(text.replace(asker, ""));
  }
  return sentence.generalQuestion;
}

// "Some redness is expected", "swelling is normal after an op": a remark about what is usual,
// not the visitor's present fact (spec §7.2). "The swelling is normal" names their own.
const usualAfter =
  /^\s+(?:is|are)\s+(?:(?:quite|perfectly|completely|totally|very|pretty|fairly)\s+)?(?:to be expected|expected|normal|common|usual|typical)\b/;
const ownBefore = /\b(?:my|the|this|that|his|her|their|your|our)\s+(?:\w+\s+)?$/;

const usualWord = /\b(?:expected|normal|common|usual|typical)\b/;

/** The phrase at text[start, end) of a scope in `sentence` is the subject of a remark about what is usual. */
export function isUsualRemark(sentence: Sentence, text: string, start: number, end: number): boolean {
  sentence.mentionsUsual ??= usualWord.test(sentence.text);
  return (
    sentence.mentionsUsual &&
    usualAfter.test(text.slice(end)) &&
    !ownBefore.test(text.slice(Math.max(0, start - 30), start))
  );
}

// Fears and wishes are not facts (spec §7.2): "I'd hate to end up not able to walk", "worried
// it'll give way", "I keep imagining my foot going numb", "could end up on crutches". A fear
// about what is already there ("scared because my foot has gone cold", "worried it's
// infected, it's hot") is a fact: the cue must govern the phrase, in the same stretch of words.
const fearCue =
  /\b(?:i'd hate|i would hate|hate to|(?:could|might|would|will|gonna|going to) end up|end up|worried (?:it'll|it will|it might|it's going to|i'll|i will|i might|that it'll)|(?:scared|afraid|frightened|terrified|nervous|paranoid) (?:it'll|it will|it might|it's going to|i'll|i will|i might|of)|imagining|imagine|(?:don't|do not|wouldn't|would not) want (?:it |to)|checking for|(?:gutted|devastated|upset|annoyed) if|dread(?:ing)? (?:it|that|the thought)|hoping (?:it doesn't|it won't|i don't|i won't)|in case)\b/;

const fearCues = new RegExp(fearCue.source, "g");

/** The words at sentence.text[start...] are a fear or a wish, not a fact. */
export function isFear(sentence: Sentence, start: number): boolean {
  // Most sentences hold no fear cue at all: find where cues end once per sentence.
  sentence.fearEnds ??= [...sentence.text.matchAll(fearCues)].map((match) => match.index + match[0].length);
  if (!sentence.fearEnds.some((end) => end <= start)) return false;
  const before = sentence.text.slice(0, start);
  const stretch = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  return fearCue.test(stretch);
}

// A medicine stopped is not taken now: "was on warfarin ... not anymore", "finished chemo".
const stoppedBefore =
  /\b(?:stopped|finished|came off|come off|used to (?:be on|take)|no longer (?:on|taking))\s+(?:[a-z']+\s+){0,2}$/;
const stoppedAfter =
  /^(?:\s+[a-z'0-9]+){0,6}?[\s,]+(?:but\s+)?(?:not anymore|not any more|no longer|stopped (?:it|them|that))\b/;

/** The medicine at text[start, end) was stopped. */
export function isStopped(text: string, start: number, end: number): boolean {
  return stoppedBefore.test(text.slice(Math.max(0, start - 40), start)) || stoppedAfter.test(text.slice(end, end + 80));
}

const pastMarker =
  /\b(?:(?<!\b(?:the|over|past|for|in) )last year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|\d+) years? ago|years ago|years back|in the past|used to|as a (?:kid|child|teenager)|when i was (?:younger|little|young|a (?:kid|child|teenager|boy|girl))|back in (?:19|20)\d\d|in (?:19|20)\d\d)\b/;

// An aside that dates an operation ("my knee replacement (done 2 years ago) has gone warm",
// "my replacement, done 2 years ago, is hot") dates the operation, not what the rest of the
// clause says of the knee now; history.ts reads the date for the surgery fields.
const datingAside =
  /\((?:[^()]*\s)?(?:done|had|fitted|put in|operated|replaced|op|operation|surgery|scoped)\b[^()]*\)|,\s*(?:done|had|fitted|put in|operated(?: on)?|replaced|had it done)\b[^,]*\bago\s*,/g;

/** The clause is about the distant past ("I had chest pain years ago"). */
export function isDistantPast(clauseText: string): boolean {
  return pastMarker.test(clauseText.replace(datingAside, " "));
}

// "My right knee hurts, the left one is a bit puffy": what is said of the other knee is not
// this knee's (spec §7.2). Only "the other one/knee" or "the left/right one" after the other
// side was named as the knee in question (not as the fine one): two knees named plainly are
// both still heard.
const otherKneeSubject = /^\s*(?:the|my) (?:other (?:one|knee|leg)|(left|right) one)\b/;
const statementStart = /[,;.!?]|\b(?:and|but|while|whilst|though)\b/g;

/** The phrase starting at text[start] is said of the knee other than the one in question. */
export function isOtherKnee(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  let from = 0;
  for (const match of before.matchAll(statementStart)) from = match.index + match[0].length;
  const subject = otherKneeSubject.exec(before.slice(from));
  if (!subject) return false;
  // "My right knee is fine but the left one is swollen": the other one is the knee in question.
  const earlier = text.slice(0, start - (before.length - from));
  if (/\b(?:fine|ok|okay|alright|all right|normal|good|no problem)\b/.test(earlier)) return false;
  const side = subject[1];
  if (side === undefined) return true;
  const opposite = side === "left" ? "right" : "left";
  return new RegExp(String.raw`\b${opposite} (?:knee|leg)\b`).test(text.slice(0, start));
}
