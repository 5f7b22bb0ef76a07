// "My physio wants to try shockwave on the outside of my knee next week… How many sessions is
// normal and does it hurt?": the articles name shockwave, dry needling and the thigh cuff only as
// what one runner had, with a note that the evidence is limited. Whether they work is theirs to
// answer; how many sessions, whether it hurts and what it costs they never say.

import type { UncoveredTopic } from "./uncovered-topics.js";

const treatmentNamed = /\b(?:shock ?wave|(?:dry )?needling|blood flow restriction|bfr)\b/i;
const asksAboutTheCourse =
  /\bhow many (?:sessions|treatments|goes|rounds|times)\b|\b(?:does|do|will|would) (?:it|they|that|this|shock ?wave|needling) hurt\b|\bis (?:it|that|this|shock ?wave|needling) painful\b|\bhow (?:painful|sore) is\b|\b(?:cost|costs|price|prices)\b|\bhow much (?:is|are|does|do|would|will) (?:it|they|a session|each session|one|that)\b/i;

export const TREATMENT_COURSE: UncoveredTopic = {
  kind: "kit and gadgets",
  phrase: "a course of shockwave or needling",
  stems: [],
};

/** Whether a question asks how a named treatment goes (sessions, pain, price) in a message that names it. */
export const asksAboutTreatmentCourse = (part: string, story: string) =>
  treatmentNamed.test(story) && asksAboutTheCourse.test(part);
