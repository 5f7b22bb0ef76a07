import { activityKeptUp } from "./activity-kept-up.js";
import { askingPart } from "./asked-business.js";
import { askingSentences, pointsBack, sentencesOfMessage } from "./question-parts.js";
import { stemOfToken, tokenize } from "./text-terms.js";
import { withoutHistory } from "./told-history.js";
import { asksAboutInjectionCourse, asksAboutTreatmentCourse } from "./treatment-course.js";
import { relativeWords } from "../triage/index.js";
import { doubtingTail } from "./occasion-terms.js";
import { inAskedWording, inTopicWording } from "./topic-wording.js";
import { everydayTopicWords } from "./uncovered-everyday-topics.js";
import { KIT_AND_GADGETS, asksAboutKit, kitKinds } from "./uncovered-kit-topics.js";
import { framesTheStory } from "./uncovered-health-topics.js";
import { MEDICINES_FOR_OTHER_CONDITIONS } from "./uncovered-medicine-topics.js";
import {
  CLINIC_ITSELF,
  OTHER_ACTIVITIES,
  TRAINING_PLANS,
  askedOnlyKinds,
  uncoveredTopicWords,
} from "./uncovered-topic-words.js";

// The topics themselves are listed in uncovered-topic-words.ts; this file matches them.

const stemsOf = (text: string) => tokenize(text).map(stemOfToken);

const topics = Object.entries(uncoveredTopicWords).flatMap(([kind, phrases]) =>
  phrases.map((phrase) => ({ kind, phrase, stems: stemsOf(phrase) })),
);

export interface UncoveredTopic {
  kind: string;
  phrase: string;
  stems: string[];
}

function containsPhrase(
  words: readonly string[],
  stems: readonly string[],
  affirmedOnly = false,
  /** Words that, just before the phrase, make it the occasion rather than the topic. */
  occasion?: ReadonlySet<string>,
  /** Words that, right before the phrase, make it the background ("I'm on metformin and…"). */
  background?: ReadonlySet<string>,
  /** Whether an activity kept up ("keep swimming") is keeping active, not the activity asked about. */
  activity = false,
): boolean {
  for (let start = 0; start + stems.length <= words.length; start++) {
    if (!stems.every((word, offset) => words[start + offset] === word)) continue;
    if (background?.has(words[start - 1] ?? "")) continue;
    if (activity && activityKeptUp(words, start, stems)) continue;
    const before = words.slice(Math.max(0, start - 3), start);
    // "on the golf course", not "give up on golf".
    const onThe = words[start - 2] === "on" && words[start - 1] === "the";
    if (occasion && (onThe || before.some((word) => occasion.has(word)))) continue;
    const around = [...before, ...words.slice(start + stems.length, start + stems.length + 3)];
    if (!affirmedOnly || !around.some((word) => negations.has(word))) return true;
  }
  return false;
}
// "it isn't a tear", "no surgery", "paracetamol isn't touching it", "the cortisone shot did
// nothing": a topic the story denies or dismisses, in the three words before or after it, is not
// asked about (the rest of that sentence still counts: "…a cortisone injection clears it up and
// does no harm").
const negations = new Set(
  [
    "not",
    "no",
    "never",
    "isnt",
    "wasnt",
    "doesnt",
    "didnt",
    "dont",
    "wont",
    "arent",
    "without",
    "ruled",
    "avoid",
    "instead",
    "nothing",
  ].map(stemOfToken),
);

/** Whether a topic counts only where the visitor asks about it (told in a story it is context). */
export const countsOnlyWhereAsked = (topic: UncoveredTopic) => askedOnlyKinds.has(topic.kind);
// What a story says of the knee itself or of a plan changes which advice applies to the question
// after it ("doc said it's Osgood-Schlatter. Does he have to give up football?"); an aside does
// not ("the spiky roller off amazon").
const toldBeforeKinds = new Set([
  "operations",
  "injections",
  "other conditions",
  "medicines",
  MEDICINES_FOR_OTHER_CONDITIONS,
  "supplements",
]);
const cutFromKinds = new Set([...toldBeforeKinds, TRAINING_PLANS]);
// A painkiller told in the story ("took some ibuprofen and rested two weeks") is what a question
// pointing back at it or asking about taking it is about ("Is that a normal thing to be offered?",
// "is it safe to keep doing long term or will it mess my stomach up?"), not a question of its own
// ("why does it keep coming back even though I rest it properly?"): +4 right sections in the top 3
// over every set, no refusal lost.
const asksAboutTaking =
  /\b(?:side effects?|safe to (?:keep|take|drive|use|carry on)|take|taking|dose|doses|dosage|tablets?|pills?|stomach|long[- ]term|addictive|keep (?:taking|doing|using))\b/i;

// "My chiropractor says… My physio says no. Who's right?" judges every claim told.
const judgesClaims = /^\W*(?:so,?\s+)?(?:who'?s|who is|which (?:one )?is) (?:right|correct)\W*$/i;

/**
 * The uncovered topics a part of a message asks about: its own, those of that kind in the story
 * told just before it (`toldBefore`), those of the sentence it was cut from (`cutFrom`), and an
 * operation or diagnosis told anywhere in the message (`story`): "My father had a knee
 * replacement 8 weeks ago. Wound healed nicely, no fever… What is the normal timeline?" asks
 * about recovering from the operation, which the articles leave out.
 */
export function topicsAsked(part: string, toldBefore?: string, cutFrom?: string, story?: string): UncoveredTopic[] {
  const topics = [
    ...uncoveredTopicsIn(part),
    ...(cutFrom ? uncoveredTopicsIn(cutFrom).filter((topic) => cutFromKinds.has(topic.kind)) : []),
  ];
  const judges = judgesClaims.test(sentencesOfMessage(part).at(-1) ?? part);
  const told = [
    ...(toldBefore
      ? uncoveredTopicsIn(ownStory(toldBefore, story), true).filter(
          (topic) =>
            judges ||
            (toldBeforeKinds.has(topic.kind) &&
              (topic.kind !== "medicines" || pointsBack(part) || asksAboutTaking.test(part))),
        )
      : []),
    ...(story ? uncoveredTopicsIn(ownStory(story), true).filter((topic) => framesTheStory.has(topic.phrase)) : []),
    // "I think my saddle's too high. How should I set the height?": setting up, buying or holding kit
    // asks about the kit the story named.
    ...(story && asksAboutKit.test(part) ? kitNamedIn(story) : []),
    // "Can you write a note so he can skip PE? … Do you do that?" asks the clinic again.
    ...(story && pointsBack(sentencesOfMessage(part).at(-1) ?? part)
      ? uncoveredTopicsIn(story).filter((topic) => topic.kind === CLINIC_ITSELF)
      : []),
    // "How many sessions is normal and does it hurt?", "How many of those can you safely have?":
    // how a treatment the story names goes (treatment-course.ts).
    ...(asksAboutTreatmentCourse(part, story ?? part) ? [TREATMENT_COURSE] : []),
    ...(asksAboutInjectionCourse(part)
      ? uncoveredTopicsIn(ownStory(story ?? part), true).filter((topic) => topic.kind === "injections")
      : []),
  ];
  for (const topic of told) if (!topics.some((known) => known.phrase === topic.phrase)) topics.push(topic);
  return topics;
}

/** How shockwave, needling or the thigh cuff goes (treatment-course.ts): no passage names it so. */
const TREATMENT_COURSE: UncoveredTopic = {
  kind: KIT_AND_GADGETS,
  phrase: "a course of shockwave or needling",
  stems: [],
};
/** The kit a story names, whether or not it is asked about ("My mother uses a walking stick now."). */
const kitNamedIn = (story: string) => {
  const words = stemsOf(inTopicWording(withoutHistory(story)));
  return topics.filter(({ kind, stems }) => kitKinds.has(kind) && containsPhrase(words, stems));
};
// "My mum had a knee replacement last year… My own knee aches on the stairs": another person's
// operation frames only a story about that person's knee, whether told anywhere in the message
// or just before the question ("My mum had both knees replaced… Is running that bad for your knees?").
const otherPerson = new RegExp(relativeWords, "i");
const ownKnee = /\bmy own\b|\bmy (?:knee|knees|kneecap|joints)\b/i;
// "My partner just had a knee replacement. My joints are stiff… How long will his recovery take?"
// asks about the other person still.
const thirdPerson = /\b(?:he|she|his|her|him|hers)\b/i;
function ownStory(told: string, story = told): string {
  const asksAboutThem = askingSentences(story).some(
    (sentence) => thirdPerson.test(sentence) || otherPerson.test(sentence),
  );
  if (!ownKnee.test(story) || asksAboutThem) return told;
  return sentencesOfMessage(told)
    .filter((sentence) => !otherPerson.test(sentence))
    .join(" ");
}

// "does standing on one leg do anything or is it just a warm up thing?": the alternative a doubter
// puts after "or is it just" voices the doubt (occasion-terms.ts), so an everyday topic in it
// (warming up, a gadget) is not what is asked about. A health topic there is ("is this my knee or
// is it just gout?", "…or is it just surgery at this point?").
const withoutDoubt = (text: string) =>
  sentencesOfMessage(text)
    .map((sentence) => sentence.replace(doubtingTail, ""))
    .join(" ");
const everydayKinds = new Set(Object.keys(everydayTopicWords));

/** The uncovered topics a question names (the clinic's own business only where it is asked about). */
export function uncoveredTopicsIn(question: string, affirmedOnly = false): UncoveredTopic[] {
  const told = withoutHistory(question);
  const topicStems = (text: string) => stemsOf(inTopicWording(text));
  const words = topicStems(told);
  const undoubted = doubtingTail.test(told) ? topicStems(withoutDoubt(told)) : words;
  const askedWords = stemsOf(inAskedWording(askingPart(question)));
  // "Would a knee sleeve help, or is that just a crutch?": the doubt is not asked about either.
  const askedUndoubted = doubtingTail.test(told)
    ? stemsOf(inAskedWording(askingPart(withoutDoubt(question))))
    : askedWords;
  return topics.filter(({ kind, stems }) =>
    containsPhrase(
      askedOnlyKinds.has(kind)
        ? kitKinds.has(kind)
          ? askedUndoubted
          : askedWords
        : everydayKinds.has(kind)
          ? undoubted
          : words,
      stems,
      affirmedOnly,
      kind === OTHER_ACTIVITIES ? occasionWords : undefined,
      kind === MEDICINES_FOR_OTHER_CONDITIONS ? takingWords : undefined,
      kind === OTHER_ACTIVITIES,
    ),
  );
}
// "I'm on metformin and my kneecap popped out then back in": a medicine someone is on is the
// background to the sign they tell, not what they ask ("can metformin cause knee pain?").
const takingWords = new Set(["on"]);

// "ice after golf?", "sore on the golf course": the activity is when it hurts, not what is asked
// about ("is golf bad for knees?").
const occasionWords = new Set(["after", "during", "before", "since", "at", "while", "from"].map(stemOfToken));
const determinerStems = new Set(["a", "an", "the", "my", "his", "her", "their", "your"].map(stemOfToken));

/**
 * The words a question names a topic with, just before and after it: "ACL" in "an ACL tear",
 * "patella" in "chondromalacia patella". A passage that says "sudden injuries such as ACL tears"
 * shares them because it names the topic, not because it answers anything about it.
 */
export function namingWords(question: string, topic: UncoveredTopic): Set<string> {
  const words = stemsOf(question);
  const naming = new Set<string>();
  for (let start = 0; start + topic.stems.length <= words.length; start++) {
    if (!topic.stems.every((word, offset) => words[start + offset] === word)) continue;
    // Past a "my" or "an": "tore my ACL" names it as much as "an ACL tear".
    let before = start - 1;
    while (determinerStems.has(words[before] ?? "")) before--;
    for (const at of [before, start + topic.stems.length]) {
      const word = words[at];
      if (word !== undefined) naming.add(word);
    }
  }
  return naming;
}

// Whole words, plural or not: "replacing" is not "replacement", "painkillers" is "painkiller".
const wordsOf = (text: string) => tokenize(text).map((word) => word.replace(/(?<=[a-z]{3})s$/, ""));

// "lower back" or "my back" in a question, "back … pain spreading down the leg" in a passage.
const modifiers = new Set(["lower", "upper", "my", "your", "the"]);

/**
 * Whether a passage names a topic: its words, whole and in order, or with a word joined by "or" or
 * "and" between them (so it may speak to it).
 */
export function passageMentions(passageText: string, topic: UncoveredTopic): boolean {
  const words = wordsOf(passageText);
  const named = wordsOf(topic.phrase);
  const phrase = named.length > 1 && modifiers.has(named[0] ?? "") ? named.slice(1) : named;
  // "back or buttock pain spreading down the leg" names back pain: a word joined by "or" or "and"
  // may come between ("legs and feet line up" does not name "feet up").
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== phrase[0]) continue;
    let at = start;
    const found = phrase.slice(1).every((word) => {
      const joined = (words[at + 1] === "or" || words[at + 1] === "and") && words[at + 3] === word;
      if (words[at + 1] !== word && !joined) return false;
      at += joined ? 3 : 1;
      return true;
    });
    if (found) return true;
  }
  return false;
}

// "What is chondromalacia patella?", "what does chondromalacia mean": a first question that asks
// only what a condition is, its name and at most one word more. A passage that says what it is
// ("chondromalacia patella, where the cartilage… softens") answers it; one that only names it
// ("sudden injuries such as ACL tears") does not, nor is "what's the treatment for…", "what does
// it mean for running?" or "what does it feel like?" asked by this.
const whatIsOpener =
  /^(?:so |and |but )?(?:what(?:'s|s| is| exactly is| actually is| does)|whats)\s+(?:a |an |the )?(.+?)(?:\s+mean)?\s*[?.!]*$/i;
/** Whether a message's first question asks only what the topic, a condition, is. */
export function asksOnlyWhatItIs(question: string, topics: readonly UncoveredTopic[]): boolean {
  const rest = whatIsOpener.exec((askingSentences(question)[0] ?? "").trim())?.[1];
  if (rest === undefined || topics.length !== 1) return false;
  const asked = stemsOf(rest);
  const name = topics[0]?.stems ?? [];
  return asked.length <= name.length + 1 && name.every((stem, at) => asked[at] === stem);
}
/** Whether a passage says what a condition is: its name, and up to one more word, then "where", "is a"… */
export function passageDefines(passageText: string, topic: UncoveredTopic): boolean {
  if (topic.kind !== "other conditions") return false;
  const plain = tokenize(passageText).join(" ");
  const name = tokenize(topic.phrase).join(" ");
  return new RegExp(String.raw`\b${name}(?: [a-z]+)? (?:where|which is|is a|is the|means)\b`).test(plain);
}
