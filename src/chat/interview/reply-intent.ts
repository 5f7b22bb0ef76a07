// What a message does besides stating facts: asks us something, greets, thanks, asks to go
// back, or says nothing we can use. Facts in the same message are recorded whatever the
// intent ("thanks, but I can't feel my toes now" is an answer that must not be swallowed).

export type ReplyIntent = "answer" | "question" | "greeting" | "thanks" | "back" | "unclear";

const QUESTION_START =
  /^(?:so |and |but |also |oh |ok |okay |wait,? |sorry,? |quick question,? )?(?:what|what's|whats|how|why|when|where|which|who|is|are|can|could|should|shall|would|will|do|does|did|am|may|any|heat or ice|ice or heat)\b/;

const GREETING =
  /^(?:hi+|hello+|hey+|hiya|howdy|yo|good (?:morning|afternoon|evening|day)|morning|evening|afternoon)(?: (?:there|all|again|everyone|folks))?\b/;
const THANKS =
  /^(?:thanks?|thank you|thx|ty|ta|cheers|ok(?:ay)?|k|cool|great|brilliant|lovely|perfect|awesome|got it|will do|alright|all right|sounds good|appreciate (?:it|that)|noted|understood|right|fab|nice)\b/;
// The whole message asks to go back ("go back", "change my last answer", "wrong button").
const BACK =
  /^(?:(?:oops|sorry|wait)\s)?(?:(?:please\s)?(?:can we\s|can i\s|let me\s)?(?:go back|back|undo|change (?:my )?(?:last |previous )?answer|(?:i\s)?(?:pressed|clicked|tapped|picked|chose|hit) the wrong (?:one|button|answer)|wrong (?:button|answer|one))(?:\splease)?)$/;

/** The words of the message, lower-cased, with punctuation reduced to spaces (keeps ? for questions). */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9'?% ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map(normalize)
    .filter((sentence) => sentence !== "");
}

// "Maybe the clicking?", "i think maybe fever?": a short doubtful answer said with a rising
// voice, not a question for us (no question word, no "should I").
const HEDGED_ANSWER =
  /^(?:(?:maybe|possibly|perhaps|probably|i think|i guess|kind of|kinda|sort of)\s*)+(?:the |a |my |some )?[a-z' ]*$/;
const ASKING_WORD =
  /\b(?:what|how|why|when|where|which|who|should|shall|could|would|can|will|do|does|is|are|not|normal|ok|okay|bad|serious|broken|torn|fractured)\b|n't\b/;
function hedgedAnswer(words: string): boolean {
  return HEDGED_ANSWER.test(words) && words.split(" ").length <= 5 && !ASKING_WORD.test(words);
}

/** Some sentence of the message asks us something. */
export function asksSomething(text: string): boolean {
  return sentencesOf(text).some((sentence) => {
    const words = sentence.replace(/\?/g, " ").trim();
    if (words === "" || /^(?:huh|what|eh|sorry|pardon|hm+|ok)$/.test(words)) return false;
    // "not sure what you mean?" is confusion about our question, not a question for the articles.
    if (/\b(?:what (?:do )?you mean|don't understand|dont understand|not sure what you)\b/.test(words)) return false;
    if (hedgedAnswer(words)) return false;
    return sentence.endsWith("?") || (QUESTION_START.test(words) && words.split(" ").length >= 3);
  });
}

/**
 * The message's intent, given whether it recorded any fact. A message that records facts is an
 * answer unless it also asks something (then it is a question whose facts are still recorded).
 */
export function replyIntent(text: string, recordedSomething: boolean): ReplyIntent {
  const words = normalize(text).replace(/\?/g, " ").replace(/\s+/g, " ").trim();
  if (BACK.test(words)) return "back";
  if (asksSomething(text)) return "question";
  if (recordedSomething) return "answer";
  const wordCount = words === "" ? 0 : words.split(" ").length;
  if (GREETING.test(words) && wordCount <= 8) return "greeting";
  if (THANKS.test(words) && wordCount <= 10 && !/^(?:ok|okay|k|right)$/.test(words)) return "thanks";
  // A longer message is the visitor's story even when no fact in it could be recorded yet.
  return wordCount > 5 ? "answer" : "unclear";
}
