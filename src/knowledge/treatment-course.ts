// "My physio wants to try shockwave on the outside of my knee next week… How many sessions is
// normal and does it hurt?": the articles name shockwave, dry needling and the thigh cuff only as
// what one runner had, with a note that the evidence is limited. Whether they work is theirs to
// answer; how many sessions, whether it hurts and what it costs they never say. Nor, of the
// injections a story tells, how many can be had or how long they last ("I've had two steroid
// injections this year… How many of those can you safely have?").

import type { UncoveredTopic } from "./uncovered-topics.js";

const treatmentNamed = /\b(?:shock ?wave|(?:dry )?needling|blood flow restriction|bfr)\b/i;
const asksAboutTheCourse = new RegExp(
  [
    /\bhow many (?:sessions|treatments|goes|rounds|times|of (?:those|these|them)|injections|jabs|shots|(?:can|could|may) (?:you|i|he|she|they|one) (?:safely )?have)\b/,
    /\bhow often (?:can|could|may|should) (?:you|i|he|she|they|one) (?:safely )?(?:have|get)\b/,
    /\bhow often (?:is|am|are) (?:he|she|i|they|you) allowed\b/,
    /\bhow long (?:do|does|will|would) (?:they|these|those|it|the \w+ ones?|injections|jabs|shots) (?:usually |normally |typically )?last\b/,
    /\b(?:does|do|will|would) (?:it|they|that|this|shock ?wave|needling) hurt\b/,
    /\bis (?:it|that|this|shock ?wave|needling) painful\b/,
    /\bhow (?:painful|sore) is\b/,
    /\b(?:cost|costs|price|prices)\b/,
    /\bhow much (?:is|are|does|do|would|will) (?:it|they|a session|each session|one|that)\b/,
  ]
    .map((pattern) => pattern.source)
    .join("|"),
  "i",
);

export const TREATMENT_COURSE: UncoveredTopic = {
  kind: "kit and gadgets",
  phrase: "a course of shockwave or needling",
  stems: [],
};

/** Whether a question asks how a treatment goes (sessions, pain, price, how long it lasts). */
export const asksAboutTreatmentCourse = (part: string) => asksAboutTheCourse.test(part);

/** Whether a message names shockwave, needling or the thigh cuff. */
export const namesCourseTreatment = (story: string) => treatmentNamed.test(story);
