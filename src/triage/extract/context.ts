// Statements that are not about the visitor now: someone else's symptoms ("my dad had chest
// pain"), a hypothetical ("what if my foot goes cold?"), or the distant past ("years ago").
// Pragmatic heuristics, tuned to keep real current mentions: when in doubt, it counts.

const relatives =
  "dad|father|mum|mom|mother|mam|parents?|friend|mate|wife|husband|partner|son|daughter|kids?|child|children|baby|boy|girl|brother|sister|siblings?|grandma|grandmother|gran|granny|nan|nana|grandad|granddad|grandfather|grandpa|uncle|aunt|auntie|cousin|niece|nephew|colleague|coworker|neighbou?r|team ?mate|boyfriend|girlfriend|fianc[eé]e?|family|patient|client|dog|cat";

// "my son is 12", "my dad had chest pain", "his foot", "she can't feel her toes".
const thirdPersonMarker = new RegExp(
  String.raw`\b(?:my|our|her|his|their)\s+(?:${relatives})(?:'s|s)?\b|\b(?:he|she|they|he's|she's|they're|his|their|someone|somebody|anyone)\b|\bher\s+(?:knee|leg|foot|feet|toes?|calf|chest|kneecap)`,
  "g",
);
const firstPersonMarker = new RegExp(String.raw`\b(?:i|i'm|i've|i'd|i'll|me|myself|mine)\b|\bmy\b(?!\s+(?:${relatives})\b)`, "g");

function lastIndex(pattern: RegExp, text: string): number {
  let index = -1;
  for (const match of text.matchAll(pattern)) index = match.index;
  return index;
}

/** The phrase ending at `end` in `text` (its clause, from the start) is about someone else. */
export function isThirdPerson(text: string, end: number): boolean {
  const upToPhrase = text.slice(0, end);
  const third = lastIndex(thirdPersonMarker, upToPhrase);
  return third >= 0 && third > lastIndex(firstPersonMarker, upToPhrase);
}

const hypotheticalOpeners = /^(?:what if|what happens if|what should i do if|what do i do if|when should|when do i need|how do i know (?:if|when)|is it (?:an emergency|serious|bad|dangerous) if|in case)\b/;
// "if" as in "whether" ("not sure if", "don't know if") is doubt, not a hypothetical.
const conditionalIf = /(?<!\b(?:sure|know|tell|wonder|wondering|certain|check|checking|remember|idea|unsure|notice|noticed|see|say|ask|asking|asked|even|as)\s)\b(?:if|in case|unless)\b/g;

// A condition about a change to come ("if my foot goes cold") is hypothetical; "if my foot is
// cold, is that bad?" may well be happening now, and the safer reading (spec preamble) counts it.
const changeToCome = /\b(?:goes|go|gets|get|turns|turn|becomes|become|starts|start|happens|happen|ever|were|should|would|will)\b/;

/** The phrase at sentenceText[start, end) is a hypothetical, not a statement. */
export function isHypothetical(sentenceText: string, start: number, end: number, question: boolean): boolean {
  if (hypotheticalOpeners.test(sentenceText)) return true;
  if (question && /^should i\b/.test(sentenceText) && /\b(?:if|when)\b/.test(sentenceText)) return true;
  const before = sentenceText.slice(0, start);
  let conditionEnd = -1;
  for (const match of before.matchAll(conditionalIf)) conditionEnd = match.index + match[0].length;
  if (conditionEnd < 0) return false;
  // "if I run it hurts, and my foot is cold": the condition ended before the phrase.
  if (/[,;]|\band\s+(?:i|my|it|the)\b/.test(before.slice(conditionEnd))) return false;
  return changeToCome.test(sentenceText.slice(conditionEnd, end));
}

const pastMarker =
  /\b(?:last year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|\d+) years? ago|years ago|years back|in the past|used to|as a (?:kid|child|teenager)|when i was (?:younger|little|young|a (?:kid|child|teenager|boy|girl))|back in (?:19|20)\d\d|in (?:19|20)\d\d)\b/;

/** The clause is about the distant past ("I had chest pain years ago"). */
export function isDistantPast(clauseText: string): boolean {
  return pastMarker.test(clauseText);
}
