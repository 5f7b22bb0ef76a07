import { isAsking, sentencesOfMessage } from "./question-parts.js";
import { affirmedClauses } from "./warning-signs-told.js";
import { BUILD_AND_RUBS, LIFE_STAGES } from "./uncovered-topic-words.js";
import { uncoveredTopicsIn } from "./uncovered-topics.js";

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

// A sentence that asks without a question's form: "wondering about collagen", "I'd like to know
// if turmeric helps", "tell me about hypermobility".
const asksInOtherWords = /\b(?:wonder\w*|like to know|interested in|tell me|explain|info)\b/i;
// A clause that opens as a question or a request, or asks with a modal: "Is PRP any good for a
// knee that gives way", "can I take turmeric".
const clauseAsks =
  /^\s*(?:how|what|whats|which|when|where|why|who|is|are|am|do|does|did|can|could|should|shall|would|will|any|worth)\b|\b(?:can|could|should|shall|would|will) (?:i|we|you|it|this|that|they|he|she)\b/i;
/** A story's topics that are who is asking, not what: "I'm menopausal", "had arnica on it". */
const toldAsStory = new Set([BUILD_AND_RUBS, LIFE_STAGES]);

// A sign the interview may find is more than routine once it asks ("had a cortisone jab 10 days
// ago, now it's warm to touch and clicks painfully, what should I do"): the engine has read only
// part of it, so the message is not answered as routine (review of the twenty-third round).
const mayBeMore =
  /\b(?:hot|red|warm|fever\w*|temperature|unwell|rough|shiver\w*|numb\w*|tingl\w*|pins and needles|calf|wound|gash\w*|cut (?:it|my knee|his knee|her knee) open|infect\w*|pale|cold|blue|lump|night|nights|weight loss|cancer|jab|injection|injected)\b/i;

/** The clauses of a sentence that ask (those that open as a question, or ask with a modal). */
function askingClauses(sentence: string): string[] {
  return sentence.split(/[,;:]|\b(?:and|but|so|or)\b/i).filter((clause) => clauseAsks.test(clause));
}

/**
 * Whether a message asks only whether to be seen or what to do, with no topic the articles leave
 * out in a clause that asks, or asks nothing at all and tells no such topic but who is asking.
 */
export function asksOnlyWhatToDo(message: string): boolean {
  const sentences = sentencesOfMessage(message);
  if (affirmedClauses(sentences).some((clause) => mayBeMore.test(clause))) return false;
  const asking = sentences.filter(
    (sentence) => isAsking(sentence) || asksToBeSeenOrWhatToDo.test(sentence) || asksInOtherWords.test(sentence),
  );
  if (asking.length === 0) {
    if (message.includes("?") || asksAnyway.test(message)) return false;
    return uncoveredTopicsIn(message).every((topic) => toldAsStory.has(topic.kind));
  }
  // Every sentence that asks must ask this, and no clause that asks may name such a topic.
  return asking.every(
    (sentence) =>
      asksToBeSeenOrWhatToDo.test(sentence) &&
      askingClauses(sentence).every((clause) => uncoveredTopicsIn(clause).length === 0),
  );
}
