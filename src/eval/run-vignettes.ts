import type { Played, Player } from "./players.js";
import type { Vignette } from "./vignettes.js";

// Play every vignette through a player and compare with what the vignette expects.

export interface CaseResult {
  vignette: Vignette;
  /** Undefined when the player failed; the error says why. */
  got?: Played;
  error?: string;
  levelMatches: boolean;
  actionMatches: boolean;
  rulesMatch: boolean;
  /** True when the vignette does not state completeness. */
  completeMatches: boolean;
}

export function sameRuleSet(expected: readonly string[], got: readonly string[]): boolean {
  const left = [...new Set(expected)].sort();
  const right = [...new Set(got)].sort();
  return left.length === right.length && left.every((rule, index) => rule === right[index]);
}

/**
 * An interview that ends at the first emergency cannot see the rules later answers would
 * fire: it agrees when every rule it found is expected and one of them is an emergency rule.
 */
function agreesUpToEmergency(expected: readonly string[], got: readonly string[]): boolean {
  return got.every((rule) => expected.includes(rule)) && got.some((rule) => rule.startsWith("E-"));
}

export function compareCase(vignette: Vignette, got: Played | undefined, error?: string): CaseResult {
  const { expected } = vignette;
  if (got?.stoppedAtEmergency && expected.level === "emergency") {
    return {
      vignette,
      got,
      levelMatches: got.level === expected.level,
      actionMatches: got.action === expected.action,
      rulesMatch: agreesUpToEmergency(expected.rules, got.rules),
      completeMatches: true,
    };
  }
  return {
    vignette,
    ...(got ? { got } : {}),
    ...(error !== undefined ? { error } : {}),
    levelMatches: got?.level === expected.level,
    actionMatches: got?.action === expected.action,
    rulesMatch: got !== undefined && sameRuleSet(expected.rules, got.rules),
    completeMatches: got !== undefined && (expected.complete === undefined || expected.complete === got.complete),
  };
}

export function isMismatch(result: CaseResult): boolean {
  return !(result.levelMatches && result.actionMatches && result.rulesMatch && result.completeMatches);
}

/** Play the vignettes one after another (conversation players may share a server). */
export async function runVignettes(vignettes: readonly Vignette[], player: Player): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const vignette of vignettes) {
    try {
      results.push(compareCase(vignette, await player(vignette)));
    } catch (error) {
      results.push(compareCase(vignette, undefined, error instanceof Error ? error.message : String(error)));
    }
  }
  return results;
}
