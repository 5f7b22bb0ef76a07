import type { IntakeField } from "../intake-schema.js";
import { childNouns, otherNouns } from "./person-nouns.js";
import { givesOpinionOfWriter, nagsTheWriter, pronounTellsOfLeg, toldOfUnnamed } from "./subject-told.js";

// Who a statement is about. Usually the visitor ("my knee"), sometimes someone else ("my dad
// had chest pain"). But a parent often writes for their child ("my son is 12 and his knee is
// swollen"), or someone for a relative whose knee it is: then that person is the patient and
// what is said about them ("he won't walk") is the patient's fact, while the writer's own
// details ("I'm 40", "I'm on warfarin") are not. Pragmatic heuristics; when in doubt a
// statement counts for the patient.

const modifiers = String.raw`(?:(?:little|young|younger|older|teenage|\d{1,2}\s*-?\s*(?:years?|yrs?)[\s-]*old|\d{1,2}\s*(?:yo|y/o))\s+)*`;

// A message may open with the child and their age, no "my": "son is 14, knee pain at night".
// "DS (8) has been moaning about his knee": a forum's "dear son" or "dear daughter", the age in brackets.
const childOpensWithAge = String.raw`^(?=(?:son|daughter|ds|dd|kid|child|boy|girl|teen|teenager|stepson|stepdaughter)(?:\s+is\s+|\s*,\s*|\s*\(\s*|\s+)\d)`;

/** "my son", "our 7 year old", "my little girl", "my dad's", "son is 14" opening a message (the noun is group 1). */
// A forum's "DS"/"DD" (dear son, dear daughter) is a child only with an age beside it: "my DS's football" is not.
const forumChild = String.raw`(?:ds|dd)(?=\s*\(?\s*\d)`;
// "My lad is 16", "my lad (14)", "my lad helps me on the van, he's 15": a son with a young age
// told beside him or later in the sentence ("my lad, 40, drove me in" is not). Up to 17, so a
// 17-year-old's tackle is still his (the engine's child rules go by the age, under 17).
// A number that is no age: a time, a height, a weight, a score ("he's 6 foot", "3 years into").
const notAnAge = String.raw`(?!\s*(?:years? (?:in|into)|yrs? in|weeks?|days?|months?|hours?|mins?|minutes?|%|\/|'|"|stone|st\b|ft\b|foot|feet|kg|cm|miles?|inch\w*|sessions?|games?|matches|goals?|out of))`;
const childsAge = String.raw`(?:1[0-7]|[2-9])\b${notAnAge}`;
const ladWithAge = String.raw`lad(?=(?:'s\s+|\s+is\s+|\s*,\s*|\s*\(\s*|\s+)${childsAge}|[^.?!]{0,60}?\bhe(?:'s|\s+is)\s+(?:only\s+|just\s+)?${childsAge})`;
export const relativeWords = String.raw`(?:\b(?:my|our|her|his|their)\s+${modifiers}|${childOpensWithAge})(${childNouns}|${forumChild}|${ladWithAge}|${otherNouns})(?:'s|s)?\b`;
const relativePattern = new RegExp(relativeWords, "g");
const childPattern = new RegExp(String.raw`^(?:${childNouns}|ds|dd|lad)$`);
const pronounPattern = /\b(?:he|she|they|he's|she's|they're|him|his|her|hers|their|them)\b/g;
const someonePattern = /\b(?:someone|somebody|anyone|anybody)\b/g;
const firstPersonPattern = /\b(?:i|i'm|i've|i'd|i'll|me|myself|mine|my)\b/g;

const ownKnee =
  /\b(?:it's|its|it is) mine (?:that|which)\b|\bmine (?:hurts|is (?:the )?(?:sore|painful|swollen|bad|the problem))\b|\bmy (?:left |right |bad |sore |poor |injured )?(?:knee|knees|kneecap|leg|legs)\b|\bi(?:'ve| have)? (?:hurt|injured|twisted|banged|bashed|knocked|fell|tripped|slipped|landed|tore|sprained|dislocated)\b|\bi(?:'m|'ve| am| have)(?: been)? (?:limping|hobbling|in pain)\b|\bi (?:can't|cannot|can) (?:walk|bend|straighten|put weight|stand)\b|\bi(?:'ve| have)(?: got)? (?:a |some |bad |terrible |awful )?(?:sore |bad |painful |swollen )?(?:knee|leg)(?: pain)?\b/;
const othersKnee =
  /\b(?:his|her|their)\s+(?:left |right |bad |sore |poor |injured )?(?:knee|knees|kneecap|leg|legs|hip)\b|'s (?:left |right )?(?:knee|knees|kneecap|leg)\b/;
// What says the message is about that person's leg: the knee or walking, or for a child the
// foot too ("my son's foot is cold"); an adult's foot alone may be anyone's news.
const kneeWords =
  /\b(?:knee|knees|kneecap|leg|legs|limp\w*|walk\w*|hobbl\w*|weight|stand\w*|bend\w*|crutches|hopping)\b/;
const footWords = /\b(?:foot|feet|toes|ankle|calf|shin)\b/;
const pets = /^(?:dog|cat)s?$/;
// An adult is the patient only when the message tells of their knee now or of what just
// happened to it ("my husband fell off a ladder, he can't put weight on it"). Their medical
// history alone ("my mum had a knee replacement that got infected", "my gran had bone cancer
// in her leg", "the physio said my partner's knee was swollen", "runs in the family") is
// background to the visitor's own question (spec §7.2). A parent always speaks for a child.
const presentOrJustHappened =
  /\b(?:is|isn't|are|aren't|can't|cannot|cant|can|won't|wont|doesn't|does|keeps|has been|have been|now|today|tonight|yesterday|this morning|at the moment)\b|\b(?:he|she|they|it)(?:'s|'re)\b|\b(?:fell|fallen|tripped|slipped|twisted|hurt|injured|banged|knocked|landed|collided)\b/;
const familyHistory = /\b(?:runs in (?:the|our|my) family|family history)\b/;
// In a message about someone else, the writer's "I think", "I can't tell" observe the patient;
// "I have a fever" is the writer's own.
const observing =
  /^(?:i|i'm|i've|i am|i have|me)\s+(?:really |honestly |also |just )?(?:think|thought|noticed|notice|saw|see|can see|could see|can feel|felt|can't tell|cannot tell|couldn't tell|don't know|do not know|not sure|'m not sure|am not sure|wonder|wondering|'m wondering|worried|'m worried|am worried|'m scared|believe|reckon|guess|suspect|was told|were told|checked|touched|looked|'ve noticed|have noticed|'m concerned|am concerned|said|asked|doubt|can't remember|don't remember|'m unsure|am unsure)\b/;

// "He's 12 and says it's swollen": telling a person's age up front is telling of the patient.
const pronounAge = new RegExp(
  String.raw`^(?:[a-z]+\s+){0,3}?(?:he|she)(?:'s|\s+is)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(\d{1,2})\b${notAnAge}`,
);
const childAge = 16;
const childTells = /\b(?:says|said|saying|tells me|told me|telling me|complains|complained|complaining|reckons)\b/;

/** The facts of the writer themself, never of the patient they write about. */
const speakerFields: ReadonlySet<IntakeField> = new Set([
  "age",
  "sex",
  "anticoagulants",
  "immunosuppressed",
  "kneeReplacement",
  "recentSurgeryOrInjection",
  "cancerHistory",
  "weightLoss",
  "activity",
]);

/** Whose knee the visitor said it is: themself, their child, or another person. */
export type SpeakingFor = "self" | "child" | "someone_else";

interface Mention {
  index: number;
  /** For a relative: the noun naming them ("son"). */
  noun: string;
  /** For a relative: whether the name owns something ("my niece's wedding"). */
  possessive: boolean;
  /** Where the mention ends. */
  end: number;
}

export interface Subject {
  /** The visitor writes about someone else's knee: that person is the patient. */
  proxy: boolean;
  /** Is the person named by this noun the patient (e.g. "son" when the son's knee is described)? */
  isPatient: (noun: string) => boolean;
  /** He/she with nobody named refers to the patient (a reply to our question about them). */
  pronounsArePatient: boolean;
  /** The visitor said it is someone else's knee: the writer's own age and medicines are not the patient's. */
  writerIsNotPatient: boolean;
  /** The patient is a child the writer speaks for ("my son", "he's 12"). */
  child: boolean;
  /** Where people are mentioned in the message, found once rather than once per phrase. */
  mentions: { relatives: Mention[]; pronouns: Mention[]; someone: Mention[]; first: Mention[] };
}

const groups = [
  childPattern,
  /^(?:mum|mom|mother|mam|mummy|mommy)$/,
  /^(?:dad|father|daddy)$/,
  /^(?:wife|husband|partner)$/,
];
function samePerson(a: string, b: string): boolean {
  const head = (noun: string) => noun.replace(/(?:'s|s)$/, "");
  return head(a) === head(b) || groups.some((group) => group.test(a) && group.test(b));
}

function relativeNoun(match: RegExpMatchArray): string {
  return (match[1] ?? "").replace(/\s+/g, " ");
}

/** Who the message is about (computed once per message). */
function mentionsOf(pattern: RegExp, text: string): Mention[] {
  return [...text.matchAll(pattern)].map((match) => {
    const noun = relativeNoun(match);
    return {
      index: match.index,
      noun,
      possessive: !match[0].replace(/\s+/g, " ").endsWith(noun),
      end: match.index + match[0].length,
    };
  });
}

/** Where people are mentioned in a message (a parse keeps its subjects, so this runs once or twice per message). */
function mentionsIn(text: string): Subject["mentions"] {
  return {
    relatives: mentionsOf(relativePattern, text),
    pronouns: mentionsOf(pronounPattern, text),
    someone: mentionsOf(someonePattern, text),
    first: mentionsOf(firstPersonPattern, text),
  };
}

// Where a message may tell another adult's knee: after that person is first named ("…my left
// calf is swollen… but my aunt had a clot after a flight" names the aunt after the visitor's
// leg). A child (a parent speaks for them), a person told of as "he" or "she", or one named as
// the owner of something else ("at my niece's wedding") or of the knee itself ("it's my
// husband's") leaves the whole message open, as before.
const notTheirLeg = /^\s*(?:[.,!?]|$)|^\s+(?!knee|knees|kneecap|leg|legs)[a-z]/;
function whereOthersKneeMayBeTold(text: string, mentions: Subject["mentions"]): number {
  const first = mentions.relatives.find((mention) => !pets.test(mention.noun));
  // "knee swollen after a fall and he can't put weight on it, my husband is 60": told of as "he".
  if (!first || mentions.pronouns.length > 0) return 0;
  return first.possessive && notTheirLeg.test(text.slice(first.end)) ? 0 : first.index;
}

export function findSubject(text: string, replying: boolean, speakingFor: SpeakingFor = "self"): Subject {
  const mentions = mentionsIn(text);
  const relatives = mentions.relatives.map((mention) => mention.noun);
  const people = relatives.filter((noun) => !pets.test(noun));
  // The people whose leg the message may tell: not one only giving an opinion of the writer.
  const theirLegTold = othersKnee.test(text) || pronounTellsOfLeg(text);
  // A relative who only gives an opinion of the writer, or (an adult told without an age) only nags
  // them, names no patient of their own.
  const onlyAboutWriter = (mention: Mention) => {
    const after = text.slice(mention.end);
    const adult = !childPattern.test(mention.noun) && !/\d/.test(text.slice(mention.index, mention.end));
    return givesOpinionOfWriter(after) || (adult && nagsTheWriter(after));
  };
  const toldOf = mentions.relatives
    .filter((mention) => !pets.test(mention.noun) && (theirLegTold || !onlyAboutWriter(mention)))
    .map((mention) => mention.noun);
  const isChild = toldOf.some((noun) => childPattern.test(noun));
  const ownKneeSaid = ownKnee.test(text);
  // "My daughter (14) says it's a 7": a child named telling how it is, and the writer saying
  // nothing of themself beyond the "my" that names them, is the patient with no knee word.
  const writerSpeaksOfSelf = mentions.first.some(
    (first) => !mentions.relatives.some((relative) => relative.index === first.index),
  );
  const toldAge = relatives.length === 0 && !writerSpeaksOfSelf ? pronounAge.exec(text) : null;
  const pronounsLegOnly = relatives.length === 0 && !writerSpeaksOfSelf && toldOfUnnamed(text);
  // With nobody named, "he hurt his knee" is still about someone else's knee: the patient's.
  const aboutOthersKnee =
    !ownKneeSaid &&
    (othersKnee.test(text) ||
      (toldOf.length > 0 && kneeWords.test(isChild ? text : text.slice(whereOthersKneeMayBeTold(text, mentions)))) ||
      (isChild && (footWords.test(text) || (!writerSpeaksOfSelf && childTells.test(text)))) ||
      toldAge !== null ||
      pronounsLegOnly);
  const proxy =
    aboutOthersKnee &&
    (isChild || toldAge !== null || pronounsLegOnly || (presentOrJustHappened.test(text) && !familyHistory.test(text)));
  const patient = proxy ? (people.find((noun) => childPattern.test(noun)) ?? people[0]) : undefined;
  // Once the visitor has said it is their child's or someone else's knee, "she can't walk" is
  // the patient's and the writer's own age and medicines are not; what the writer says in the
  // first person otherwise still counts ("no, I don't think so" answers for the patient).
  const saidSomeoneElse = speakingFor !== "self" && !ownKneeSaid;
  const child =
    (saidSomeoneElse && speakingFor === "child") ||
    (proxy && (patient !== undefined ? childPattern.test(patient) : toldAge !== null && Number(toldAge[1]) < childAge));
  return {
    proxy,
    isPatient: (noun) => patient !== undefined && samePerson(noun, patient),
    pronounsArePatient: proxy || saidSomeoneElse || (replying && relatives.length === 0),
    writerIsNotPatient: proxy || saidSomeoneElse,
    child,
    mentions,
  };
}

/** The last mention starting in [from, to); one running past `to` counts ("my 7 year old son" for "7 year old"). */
function lastMention(mentions: Mention[], from: number, to: number): Mention | undefined {
  let found: Mention | undefined;
  for (const mention of mentions) {
    if (mention.index >= to) break;
    if (mention.index >= from) found = mention;
  }
  return found;
}

/**
 * Whether the phrase ending at `end` is about someone other than the patient, judged by the
 * last person named in its clause (text[clauseStart, end)) of the whole message `text`.
 */
export function isAboutSomeoneElse(
  text: string,
  clauseStart: number,
  end: number,
  subject: Subject,
  rule: { field?: IntakeField; emergency?: string } = {},
): boolean {
  const { mentions } = subject;
  const relative = lastMention(mentions.relatives, clauseStart, end);
  const pronoun = lastMention(mentions.pronouns, clauseStart, end);
  const someone = lastMention(mentions.someone, clauseStart, end);
  const first = lastMention(mentions.first, clauseStart, end);
  const third = [relative, pronoun, someone].reduce<Mention | undefined>(
    (last, mention) => (mention && (!last || mention.index > last.index) ? mention : last),
    undefined,
  );
  // "my son": "my" is not the writer speaking of themself.
  const firstIsOwn = first && !(relative && first.index === relative.index);
  if (!third || (firstIsOwn && first.index > third.index)) {
    if (!firstIsOwn || !subject.writerIsNotPatient) return false;
    // The writer speaking of themself in a message about someone else's knee: their own age,
    // medicines or fever are not the patient's, what they observe is; an emergency of their
    // own still counts.
    if (rule.field !== undefined && speakerFields.has(rule.field)) return true;
    if (!subject.proxy) return false;
    return rule.emergency === undefined && !observing.test(text.slice(first.index, end));
  }
  if (third === someone) return true;
  if (third === relative) return !subject.isPatient(relative.noun);
  // A pronoun stands for the last person named before it in the message.
  const named = lastMention(mentions.relatives, 0, third.index);
  return named ? !subject.isPatient(named.noun) : !subject.pronounsArePatient;
}
