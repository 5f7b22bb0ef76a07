import { findSubject } from "../../triage/extract/subject.js";
import type { QuestionData } from "../protocol/ui-message.js";

// Issue 16.5: a parent or carer often asks for someone else. The visitor is asked once, at the
// start, who the knee belongs to; a story that names the patient ("my son hurt his knee")
// answers it too. Questions then speak about "their" knee; the visitor is still "you".

export type Patient = "self" | "child" | "someone_else";

export const PATIENT_QUESTION_ID = "q-patient";

const choices: Array<{ label: string; patient: Patient; words: RegExp }> = [
  {
    label: "Me",
    patient: "self",
    words: /^(?:me|myself|mine|my (?:own )?knee|it'?s me|about me|for me|i am|i'm|it's mine)$/,
  },
  {
    label: "My child",
    patient: "child",
    words:
      /^(?:(?:my|our) (?:child|kid|son|daughter|boy|girl|teen(?:ager)?|little one)|child|kid|son|daughter|(?:my|our) (?:child|kid|son|daughter)'?s(?: knee)?)$/,
  },
  {
    label: "Someone else",
    patient: "someone_else",
    words:
      /^(?:someone else|somebody else|someone|another person|(?:my|our) (?:mum|mom|mother|dad|father|wife|husband|partner|friend|grandma|grandad|grandpa|gran|nan|brother|sister|client|patient))$/,
  },
];

export function patientQuestion(): QuestionData {
  return {
    id: PATIENT_QUESTION_ID,
    prompt: "Is this about you or someone else (for example your child)?",
    kind: "single",
    fields: [],
    options: choices.map((choice) => ({ label: choice.label, answers: {} })),
    help: "Or just tell me what's going on, in your own words.",
  };
}

/** A short reply that answers "about you or someone else?"; undefined for anything else (a story, a question). */
export function patientChosen(text: string): Patient | undefined {
  const words = text
    .toLowerCase()
    .replace(/[.!?,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (words.split(" ").length > 5) return undefined;
  return choices.find((choice) => choice.words.test(words))?.patient;
}

/** The visitor's first words about the problem: their first message that is not just "Me" or "My child". */
export function openingWords(said: readonly string[]): string | undefined {
  return said.find((text) => patientChosen(text) === undefined);
}

const childWords = /\b(?:my|our)\s+(?:\w+\s+){0,3}?(?:son|daughter|child|kid|boy|girl|teen\w*|toddler|little one)s?\b/i;

/** Who an opening story is about: the visitor unless it describes someone else's knee. */
export function patientOfStory(text: string): Patient {
  const lower = text.toLowerCase();
  const subject = findSubject(lower, false);
  if (!subject.proxy) return "self";
  return subject.child || childWords.test(lower) ? "child" : "someone_else";
}

// Question wording about the patient, turned from the visitor's own knee to theirs. Phrases
// where the visitor speaks for themselves ("Not sure", "None of these") are left as they are.
const keepAsSaid = /^(?:not sure|i'm not sure.*|none of these|i don't know)$/i;
const thirdPerson: Array<[RegExp, string]> = [
  [/\byou're\b/gi, "they're"],
  [/\byou've\b/gi, "they've"],
  [/\byou'd\b/gi, "they'd"],
  [/\bI'm\b/g, "they're"],
  [/\bI've\b/g, "they've"],
  [/\bI was\b/g, "they were"],
  [/\bI am\b/g, "they are"],
  [/\byourself\b/gi, "themselves"],
  [/\byour\b/gi, "their"],
  [/\bmy\b/gi, "their"],
  [/\b(to|for|with|wake|stop|stops|let|help|bother|keep|keeps) you\b/gi, "$1 them"],
  [/\b(to|for|with|wakes?|stops?|holds?|hold) me\b/gi, "$1 them"],
  [/\byou\b/gi, "they"],
  [/\bI\b/g, "they"],
];

// The visitor still does these: "you can also type it", "if you press around the knee".
const visitorDoes = /\byou (?=can also type|press|tick)/gi;
const VISITOR = "\u0000";
const VISITOR_CAPITAL = "\u0001";

/** "They" capitalised where a sentence starts ("I" is always capitalised, so its case says nothing). */
function matchCase(original: string, replacement: string, offset: number, text: string): string {
  const startsSentence = offset === 0 || /[.!?]\s+$/.test(text.slice(0, offset));
  const capital = original === "I" ? startsSentence : /^[A-Z]/.test(original);
  return capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** One sentence about the patient, worded for a visitor answering for someone else. */
export function aboutPatient(text: string, patient: Patient | undefined): string {
  if (!patient || patient === "self" || keepAsSaid.test(text.trim())) return text;
  let worded = text.replace(
    visitorDoes,
    (match) => `${match.startsWith("Y") ? VISITOR_CAPITAL : VISITOR}${match.slice(3)}`,
  );
  worded = worded.replace(/\b(are|were) you\b/gi, (_, verb: string) => `${verb} they`);
  for (const [pattern, replacement] of thirdPerson) {
    worded = worded.replace(pattern, (match: string, ...rest: unknown[]) => {
      const group = typeof rest[0] === "string" ? rest[0] : "";
      const offset = rest.find((value): value is number => typeof value === "number") ?? 0;
      return matchCase(match, replacement.replace("$1", group), offset, worded);
    });
  }
  return worded.replaceAll(VISITOR_CAPITAL, "You").replaceAll(VISITOR, "you");
}

/** The line that heads the advice when it is about someone else's knee. */
export function patientLine(patient: Patient | undefined): string | undefined {
  if (patient === "child") return "This advice is about your child's knee.";
  if (patient === "someone_else") return "This advice is about the knee of the person you're asking for.";
  return undefined;
}

/** The first prompt, once the visitor has said whose knee it is. */
export function openingPromptFor(patient: Patient): string {
  if (patient === "self")
    return "Thanks. In your own words, what's going on with your knee? For example: what happened, when it started, and what it stops you doing.";
  const who = patient === "child" ? "your child's" : "their";
  return `Thanks. In your own words, what's going on with ${who} knee? For example: what happened, when it started, and what it stops them doing.`;
}

/** A question worded for the patient: prompt, help and choice labels. */
export function questionAboutPatient(question: QuestionData, patient: Patient | undefined): QuestionData {
  if (!patient || patient === "self") return question;
  return {
    ...question,
    prompt: aboutPatient(question.prompt, patient),
    ...(question.help ? { help: aboutPatient(question.help, patient) } : {}),
    ...(question.options
      ? { options: question.options.map((option) => ({ ...option, label: aboutPatient(option.label, patient) })) }
      : {}),
  };
}
