// The pure clinical core: no hono, ai or drizzle here (design.md convention 5).
export * from "./intake-schema.js";
export * from "./levels.js";
export { nextQuestions, neededFields, questionPriority } from "./completeness.js";
export {
  evaluate,
  isFinal,
  allRules,
  RULESET_VERSION,
  SELF_CARE_RULE_ID,
  type Disposition,
  type Reason,
} from "./evaluate.js";
export { questionFor, type FieldQuestion, type QuestionOption } from "./questions.js";
export { safetyNetByLevel, actionHeadline } from "./safety-net.js";
export { worseValueStillPossible } from "./alarming-values.js";
export { levelStatedIn } from "./level-stated.js";
/** Words that name another person ("my mum", "her husband"), as the free-text reader knows them. */
export { relativeWords } from "./extract/subject.js";
/** Back or buttock pain spreading down the leg, as the free-text reader reads it. */
export { spreadsFromTheBack } from "./extract/referred.js";
