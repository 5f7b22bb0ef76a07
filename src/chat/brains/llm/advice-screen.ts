import { levelRank, type Disposition, type Level } from "../../../triage/index.js";

// A model's words never contradict the engine (issue 14, finding 11). Every sentence a model
// writes is read before it is sent: advice about how soon or where to get care that differs
// from the engine's current disposition, and any "you're fine / no need" reassurance, is
// withheld (and logged for staff). Conditional safety advice ("if it gets worse, call 911")
// and questions pass: they recommend nothing now.

export interface ScreenVerdict {
  allowed: boolean;
  /** Why a sentence was withheld, for the staff log. */
  reason?: string;
}

const reassurance =
  /\b(?:you(?:'re| are) (?:fine|ok|okay|all right|alright|good to go)|(?:it'?s|this is|that'?s) (?:nothing (?:serious|to worry about)|not (?:serious|an emergency|urgent|a big deal))|nothing (?:serious|to worry about)|no need (?:to|for)|(?:you )?(?:don'?t|do not) need (?:to (?:see|go|get|visit|call|worry)|a doctor|an x-?ray|medical)|can (?:safely )?wait|(?:just|simply) rest (?:it )?at home|(?:it|this) (?:will|should) (?:heal|settle|get better) (?:by itself|on its own))/;

// Most urgent first: a sentence naming several settings is read as the most urgent one.
const impliedLevels: ReadonlyArray<[Level, RegExp]> = [
  [
    "emergency",
    /\b(?:emergency (?:department|room|services)|the er\b|a&e|9-?1-?1|999|112|ambulance|go to (?:the )?hospital (?:now|right away|immediately))/,
  ],
  [
    "urgent",
    /\b(?:urgent care|(?:see|visit) (?:a|your) (?:doctor|gp|physician)|within 24 hours|(?:today|tonight)\b.*\b(?:seen|doctor|care|clinic)|same[- ]day)/,
  ],
  [
    "routine",
    /\b(?:book (?:an? )?(?:assessment|appointment|physio|physical therap)|within (?:a |1|one|2|two)[- ]?(?:to[- ](?:2|two) )?weeks?|physio(?:therapy)? assessment)/,
  ],
  [
    "self_care",
    /\b(?:self[- ]care|look after it (?:yourself|at home)|manage (?:it|this) at home|treat (?:it|this) at home)/,
  ],
];

const conditional = /\b(?:if|should (?:it|you|the|things)|in case|unless|whenever)\b/;

/** Is the sentence giving advice about care now, and at what level? Undefined when it gives none. */
function impliedLevel(sentence: string): Level | undefined {
  for (const [level, pattern] of impliedLevels) if (pattern.test(sentence)) return level;
  return undefined;
}

export function screenModelSentence(sentence: string, disposition: Disposition): ScreenVerdict {
  const text = sentence.toLowerCase().replace(/[’']/g, "'");
  if (reassurance.test(text)) return { allowed: false, reason: "reassurance the engine did not give" };
  if (text.trim().endsWith("?") || conditional.test(text)) return { allowed: true };
  const level = impliedLevel(text);
  if (level === undefined || level === disposition.level) return { allowed: true };
  // Before the interview is complete the engine's level is only the highest so far: a model
  // may not guess either way.
  const direction = levelRank[level] < levelRank[disposition.level] ? "lower" : "higher";
  return { allowed: false, reason: `advice at ${level} (${direction}) while the engine says ${disposition.level}` };
}

/** Split streamed text into complete sentences and the unfinished rest. */
export function completeSentences(buffer: string): { sentences: string[]; rest: string } {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?](?:["')\]]*)(?=\s)|\n+/g;
  for (let match = boundary.exec(buffer); match; match = boundary.exec(buffer)) {
    const end = match.index + match[0].length;
    sentences.push(buffer.slice(start, end));
    start = end;
  }
  return { sentences, rest: buffer.slice(start) };
}
