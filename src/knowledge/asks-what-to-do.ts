import { isAsking, sentencesOfMessage } from "./question-parts.js";
import { countsOnlyWhereAsked, uncoveredTopicsIn } from "./uncovered-topics.js";

// Whether a message nothing in the articles answers, but whose words the triage engine reads as
// routine (book an assessment), asks only what the engine's answer is: what to do, whether to be
// seen, or nothing at all (answer-search.ts). A topic the articles leave out may be its story ("had
// a meniscus trim two years ago, now it gives way and catches, should I get it looked at?"), but
// not what it asks ("…is a steroid injection worth it?", "Is glucosamine worth trying? I'm a bit
// worried, it swells after every run").

// Asking whether to be seen, or what to do next. Worry is not asking ("I'm a bit worried"), nor is
// a visit already planned ("getting it looked at Friday"): "worth getting it checked?" is.
const asksToBeSeenOrWhatToDo = new RegExp(
  [
    String.raw`\b(?:see|seeing) (?:someone|somebody|a physio|a pt|a doctor|a gp|anyone)\b`,
    String.raw`\b(?:get|have|worth getting) (?:it |this |that |my knee )?(?:checked|looked at|seen)\b`,
    String.raw`\bbe seen\b`,
    String.raw`\bbook (?:in|someone|an assessment|a physio)\b`,
    String.raw`\bgo to (?:my|a|the) (?:gp|doctor|physio)\b`,
    String.raw`\bneed (?:a )?physio\b`,
    String.raw`\bneed an appointment\b`,
    String.raw`\bwhat (?:should|shall|do|can) (?:i|we) do\b`,
    String.raw`\bwhat (?:would|do) you (?:advise|suggest|recommend)\b`,
    String.raw`\bwhat(?:'s| is) the next step\b|\bwhat now\b|\bwhat next\b|\bwhere do (?:i|we) go from here\b`,
  ].join("|"),
  "i",
);

// Words that ask without a question mark or a question first: "magnesium spray any use",
// "recommend a bike fitter", "thinking of trying hydrotherapy". A search box's request opens with
// "best", "good" or "top".
const asksAnyway =
  /\b(?:any|anyone|anybody|recommend\w*|thinking of|thinking about|wondering|wonder|advice|advise|suggest\w*|tips?|ideas?|help)\b|^(?:best|good|top)\b/i;

/** The clause of a sentence a match is in: from the last comma, "and", "but" or "so" before it to the sentence's end. */
function clauseFrom(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const breaks = [...before.matchAll(/[,;:]|\b(?:and|but|so)\b/gi)];
  const start = breaks.length > 0 ? (breaks[breaks.length - 1]?.index ?? 0) : 0;
  return sentence.slice(start);
}

/**
 * Whether a message asks only whether to be seen or what to do, with no topic the articles leave
 * out in what it asks, or asks nothing at all and tells no such topic (a topic counted only where
 * asked, "I'm hypermobile", is its story then).
 */
export function asksOnlyWhatToDo(message: string): boolean {
  const sentences = sentencesOfMessage(message);
  const asking = sentences.filter((sentence) => isAsking(sentence) || asksToBeSeenOrWhatToDo.test(sentence));
  if (asking.length === 0) {
    if (message.includes("?") || asksAnyway.test(message)) return false;
    return uncoveredTopicsIn(message).every(countsOnlyWhereAsked);
  }
  // Every sentence that asks must ask this, and the clause it asks in must name no such topic.
  return asking.every((sentence) => {
    const found = asksToBeSeenOrWhatToDo.exec(sentence);
    return found !== null && uncoveredTopicsIn(clauseFrom(sentence, found.index)).length === 0;
  });
}
