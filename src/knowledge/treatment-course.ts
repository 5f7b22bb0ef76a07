// "My physio wants to try shockwave on the outside of my knee next week… How many sessions is
// normal and does it hurt?": the articles name shockwave, dry needling and the thigh cuff only as
// what one runner had, with a note that the evidence is limited. Whether they work is theirs to
// answer, and so is how long the relief lasts ("short-lived"); how many sessions, whether it hurts
// and what it costs they never say. Nor, of the injections a story tells, how many can be had or
// how long they last ("I've had two steroid injections this year… How many of those can you
// safely have?").

import { isAsking, sentencesOfMessage, wordCount } from "./question-parts.js";

const treatmentNamed = /\b(?:shock ?wave|(?:dry )?needling|needles|blood flow restriction|bfr)\b/i;
const treatment = String.raw`(?:it|they|that|this|(?:the )?(?:shock ?wave|(?:dry )?needling|needles|bfr|blood flow restriction)(?: therapy| training)?)`;
// "Does it hurt?" as a question of its own, not "does it hurt more because I sit all day?".
const hurtsAsked = String.raw`(?:\s+(?:much|a lot|at all|badly|that much))?\s*(?=[?.!,]|$|\s+(?:and|or)\b)`;
const asksHowTheCourseGoes = new RegExp(
  [
    String.raw`\bhow many (?:sessions|treatments|goes|rounds)\b`,
    String.raw`\b(?:does|do|will|would) ${treatment} (?:\w+ )?hurt${hurtsAsked}`,
    String.raw`\bis ${treatment} (?:\w+ )?painful${hurtsAsked}`,
    String.raw`\bhow (?:painful|sore) is\b`,
    String.raw`\b(?:cost|costs|price|prices)\b`,
    String.raw`\bhow much (?:is|are|does|do|would|will) (?:it|they|a session|each session|one|that)\b`,
  ].join("|"),
  "i",
);
// "does it actually work and does it hurt?": the half asking whether it works is the articles'.
const asksWhetherItWorks = /\b(?:work|works|effective|worth|evidence|any good)\b/i;
// "What is dry needling and does it hurt?", "dry needling what is it, does it hurt": what it is, the
// articles say ("fine needles placed into tight spots in a muscle"). Only a message asking that and
// nothing more, not sessions, price, safety or feel in a sentence of its own, nor shockwave, which
// no article describes.
const asksOnlyWhatNeedlingIsAndWhetherItHurts =
  /^\s*(?:what(?:'s| is) (?:dry )?needling|(?:dry )?needling,? what(?:'s| is) (?:it|that))\s*(?:,|\?|and|,? and)?\s*(?:does|will|would|is) (?:it|that) (?:hurt|painful|sore)\s*[?.!]*\s*$/i;
// "How many sessions of physio does it take?": another subject.
const anotherSubject = /\b(?:physio|physiotherapy|physical therapy|exercises?|them|squats|stretch\w*)\b/i;

// "Is it painful?", "How many sessions is normal and does it hurt?": a short question whose "it" is
// the treatment named just before. Not question-parts.ts's pointsBack, which reads the "it" of "is
// it painful?" as a dummy and so would never point back here.
const pointsAtIt = (sentence: string) => wordCount(sentence) <= 14 && /\b(?:it|they|that|this|them)\b/i.test(sentence);

/**
 * Whether a message asks how shockwave, needling or the thigh cuff goes (sessions, pain, price): in
 * an asking sentence that names it, or a short one pointing back at it from the two sentences before.
 */
export function asksAboutTreatmentCourse(part: string, story: string): boolean {
  if (asksOnlyWhatNeedlingIsAndWhetherItHurts.test(story)) return false;
  const sentences = sentencesOfMessage(story);
  return sentencesOfMessage(part).some((sentence) => {
    if (!isAsking(sentence) || !asksHowTheCourseGoes.test(sentence)) return false;
    if (asksWhetherItWorks.test(sentence) || anotherSubject.test(sentence)) return false;
    if (treatmentNamed.test(sentence)) return true;
    const at = sentences.indexOf(sentence);
    const before = sentences.slice(Math.max(0, at - 2), Math.max(0, at)).join(" ");
    return pointsAtIt(sentence) && treatmentNamed.test(before);
  });
}

const injectionsNamed = String.raw`(?:them|these|those|another|another one|one|injections|jabs|shots|(?:steroid|cortisone) (?:injections?|jabs?|shots?))`;
const asksAboutInjections = new RegExp(
  [
    String.raw`\bhow many (?:of (?:those|these|them)|injections|jabs|shots|(?:can|could|may) (?:you|i|he|she|they|one) (?:safely )?have)\b`,
    String.raw`\bhow often (?:can|could|may|should) (?:you|i|he|she|they|one) (?:safely )?(?:have|get) ${injectionsNamed}\b`,
    String.raw`\bhow often (?:is|am|are) (?:he|she|i|they|you) allowed\b`,
    String.raw`\bhow long (?:do|does|will|would) (?:they|these|those|the \w+ ones?|injections|jabs|shots|(?:steroid|cortisone) (?:injections?|jabs?|shots?)) (?:usually |normally |typically )?last\b`,
  ].join("|"),
  "i",
);
/** How many injections can be had, or how long they last: asked of injections the story tells. */
export const asksAboutInjectionCourse = (part: string) => asksAboutInjections.test(part);
