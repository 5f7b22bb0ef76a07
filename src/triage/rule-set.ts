import type { Rule } from "./rule.js";
import { emergencyRules } from "./rules-emergency.js";
import { routineRules } from "./rules-routine.js";
import { urgentRules } from "./rules-urgent.js";

/** Every rule of spec §4, emergency first. */
export const allRules: readonly Rule[] = [...emergencyRules, ...urgentRules, ...routineRules];
