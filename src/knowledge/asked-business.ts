import { askingSentences } from "./question-parts.js";

// The words a message asks with, for the topics that count only where asked about (the clinic's
// own business, a training plan, taping your own knee: uncovered-topics.ts). An aside about waiting
// for the appointment, a decision whether to book, what is set "apart from" the question, and a
// booking taken as given ("if I book in, will the physio…") ask nothing of the clinic's diary.

const waitingAside =
  /\b(?:while|whilst|as|until|till) (?:i|i'm|im) (?:wait|waiting)\b[^.?!,;]*|\b(?:until|till|before) (?:my|the) (?:\w+ )?(?:appointment|assessment|session)\b/g;
// Whether or when to book ("should I book in somewhere?", "when do I book in?") is the articles'
// question (when to see a PT); the clinic's diary ("can you book me in for Thursday?") is not.
// "Do I book in or wait and see?" (or "wait and see or book in") weighs booking against waiting,
// "is that bad enough to book in?" and "worth booking in?" ask whether it is time, and "how long
// do I give it before booking in?" when, and "is that emergency territory or can I just book in?"
// how soon: the same decision ("what do I bring before booking in?", "A&E is a 4 hour wait, or can
// I book in today?" are the clinic's).
const bookingDecision =
  /\b(?:should|shall|when|whether|worth|time to|need to|enough to)\b(?:\s+(?!before\b|after\b)\S+){0,3}?\s+book in\b|\bworth (?:it )?booking in\b(?!\s+(?:at|on|for|the|this|next|a|an)\b)|(?<!\bhow )\bdo i book in\b|\bbook in or (?:should i |do i |just )?(?:wait|leave it|not)\b|\b(?:wait(?: and see| it out)?|leave it|hold off|rest it|see how it goes) or (?:just )?book in\b|\bhow long\b[^.?!]{0,40}?\bbefore (?:\S+\s+){0,3}?book(?:ing)? in\b|(?<!\b(?:wait|waiting|queue|quicker|faster|open)\b[^.?!]*)\b(?:is (?:this|that|it)|do i need|does (?:this|it) need|should i go to)\b(?:(?!quicker|faster|open)[^.?!]){0,30}?\b(?:a&e|a and e|er|emergency)\b[^.?!]{0,40}?\bor (?:can|could|should|shall|do) (?:i|we) (?:just )?book in\b(?![^.?!]*\b(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|instead|privately|direct|wait\w*|quicker|faster)\b)/g;

// "What do physios do apart from hand out exercise sheets?" asks about everything but the sheet;
// "If I book in, will the physio just massage it?" asks what happens once booked, not about booking.
const setAside =
  /\b(?:apart from|other than|aside from|besides)(?:\s+(?!(?:can|could|should|is|are|do|does|will|would|i|you|what|how|which|and|or)\b)[^\s.?!,;]+){1,4}/g;
const onceBooked =
  /\bif (?:i|we|he|she|they) (?:do |did )?(?:book in|come in|book (?:an? |the )?(?:appointment|assessment|session))\b,?(?=\s+(?:will|would|what will|do|does) (?:you|the physio|the physiotherapist|the pt|they|a physio)\b)/g;

/** The asking sentences of a message, less the asides that do not ask about the clinic's business. */
export function askingPart(question: string): string {
  return askingSentences(question.toLowerCase())
    .join(" ")
    .replace(waitingAside, " ")
    .replace(bookingDecision, " ")
    .replace(setAside, " ")
    .replace(onceBooked, " ");
}
