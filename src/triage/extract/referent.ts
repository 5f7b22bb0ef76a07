import type { MatchContext } from "./matcher.js";

// "Is it worth seeing a physio about my calf? It's gone swollen and tender": a sentence that
// opens on "it" speaks of the body part the sentence before named last, until it names one of
// its own ("it's sore at the front of the knee").

const bodyParts =
  /\b(?:knees?|kneecaps?|calf|calves|ankles?|feet|foot|fingers?|hands?|wrists?|toes?|shins?|thighs?|hips?|hamstrings?|legs?|back)\b/g;
const opensOnIt = /^(?:and |but |now |so )?(?:it|it's|its)\b/;

const lastPartIn = (text: string) => text.match(bodyParts)?.at(-1);

/** The body part "it" means in the matched clause, when its sentence opens on "it" and the clause names none. */
export function partItRefersTo(context: MatchContext): string | undefined {
  const { parsed, sentence, scope, match } = context;
  const end = match.index + match[0].length;
  // The words up to the match and on to the next comma or "and": "it's sore at the front of the
  // knee" names its part, "it's swollen, and my knee is sore too" does not.
  const said = scope.text.slice(0, end) + (scope.text.slice(end).split(/,|;|\band\b|\bbut\b/)[0] ?? "");
  if (!opensOnIt.test(sentence.text) || lastPartIn(said) !== undefined) return undefined;
  const previous = parsed.sentences[parsed.sentences.indexOf(sentence) - 1];
  return previous ? lastPartIn(previous.text) : undefined;
}
