import { evaluate } from "./evaluate.js";
import { extractFacts } from "./extract/index.js";
import type { Intake } from "./intake-schema.js";
import type { Level } from "./levels.js";

/**
 * The level the engine gives the facts a message states outright, read by the chat's free-text
 * reader: what the reader is unsure of ("on a crutch" may or may not mean four steps) is left to
 * the interview's questions, not counted here. Nothing is asked, so this is a floor: the full
 * interview can only find more.
 */
export function levelStatedIn(message: string, now: Date): Level {
  const { answers } = extractFacts(message, { now });
  const stated = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== "unsure")) as Intake;
  return evaluate(stated).level;
}
