import type { MatchContext } from "./matcher.js";

// "Is it worth seeing a physio about my calf? It's gone swollen and tender": a sentence that
// opens on "it" speaks of what the sentence before was about. That is the knee whenever the
// sentence before names it ("My knee buckled when I put my foot down. It's really swollen");
// otherwise the calf, ankle, foot or shin it names last. A leg may be the knee, and "calf raises"
// are an exercise, so neither moves "it" off the knee.

/** How a sentence that speaks of "it" opens: "it's", "and it is", "now it feels"… */
export const itOpens = String.raw`(?:and |but |now |so )?(?:it's|it is|its|it has|it feels|it looks)`;
/** Words between "it's" and what it is: "it's gone really swollen", "it's still sore". */
export const itDegree = String.raw`(?:(?:gone|been|got|become|really|very|quite|a bit|a little|so|all|also|now|still)\s+)*`;

const opensOnIt = new RegExp(String.raw`^${itOpens}\b`);
const knee = /\b(?:knees?|kneecaps?)\b/;
const partElsewhere = /\b(?:calf|calves|ankles?|feet|foot|toes?|shins?)\b(?!\s+(?:raises?|stretch(?:es)?|sleeves?))/g;
const anyPart = /\b(?:knees?|kneecaps?|calf|calves|ankles?|feet|foot|toes?|shins?|thighs?|hips?|hamstrings?|legs?)\b/;

/** The part "it" means in the matched clause when that is not the knee, else undefined. */
export function partItRefersTo(context: MatchContext): string | undefined {
  const { parsed, sentence, scope, match } = context;
  if (!opensOnIt.test(sentence.text)) return undefined;
  // The words up to the match and on to the next comma or "and": "it's sore at the front of the
  // knee" names its own part, "it's swollen, and my knee is sore too" does not.
  const end = match.index + match[0].length;
  const said = scope.text.slice(0, end) + (scope.text.slice(end).split(/,|;|\band\b|\bbut\b/)[0] ?? "");
  if (anyPart.test(said)) return undefined;
  const previous = parsed.sentences[parsed.sentences.indexOf(sentence) - 1];
  if (!previous || knee.test(previous.text)) return undefined;
  return previous.text.match(partElsewhere)?.at(-1);
}
