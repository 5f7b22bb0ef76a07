import { evaluate } from "./evaluate.js";
import { extractFacts } from "./extract/index.js";
import { relativeWords } from "./extract/subject.js";
import type { Intake } from "./intake-schema.js";
import { type Level, levels } from "./levels.js";

/**
 * The level the engine gives the facts a message states outright, read by the chat's free-text
 * reader: what the reader is unsure of ("on a crutch" may or may not mean four steps) is left to
 * the interview's questions, not counted here. Nothing is asked, so this is a floor: the full
 * interview can only find more. The story may be the writer's or about someone they write for
 * ("one of my pilates clients… her knee is red, hot and swollen"), which the chat settles by
 * asking whose knee it is; here it is read both ways and the more urgent reading counts.
 *
 * One doubt is read at its more urgent side: a kneecap told out and back ("slipped out then back",
 * "popped out and back in"), named as the kneecap, not denied, with no word of whether it was the
 * first time, is read as a first time (U-PATELLA-FIRST), not as a repeat or nothing. Either way
 * it went out, and the interview asks.
 */
export function levelStatedIn(message: string, now: Date): Level {
  const own = statedLevel(message, now);
  // Read as someone else's only a message that names or refers to another person: otherwise that
  // reading only leaves out the writer's own facts, so it can never be the more urgent one.
  if (!namesSomeoneElse.test(message)) return own;
  const someoneElses = statedLevel(message, now, "someone_else");
  return levels.indexOf(someoneElses) < levels.indexOf(own) ? someoneElses : own;
}

const namesSomeoneElse = new RegExp(
  String.raw`\b(?:he|she|they|him|his|her|hers|their|them|he's|she's|they're)\b|${relativeWords}`,
  "i",
);

// "My knee popped out and back in" may be a knee giving way, not the kneecap: asked, not led.
const kneecapNamed = /\b(?:kneecap|knee cap|knee-cap|patella)\b/i;

function statedLevel(message: string, now: Date, patient?: "someone_else"): Level {
  const { answers, uncertain, withheld } = extractFacts(message, { now, ...(patient ? { patient } : {}) });
  const stated = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== "unsure")) as Intake;
  // "My kneecap has never popped out" denies it: nothing went out.
  if (
    uncertain.includes("patellaDislocation") &&
    kneecapNamed.test(message) &&
    !withheld.patellaDislocation &&
    stated.patellaDislocation === undefined
  )
    stated.patellaDislocation = "went_back_first_time";
  return evaluate(stated).level;
}
