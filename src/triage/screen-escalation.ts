import { allRules, type Disposition } from "./evaluate.js";
import { careSettingForAction, type Action } from "./levels.js";
import { safetyNetByLevel } from "./safety-net.js";
import type { ScreenHit } from "./screen.js";

/**
 * Spec §7: an emergency phrase in the visitor's own words ends in the emergency card, even
 * when the facts it records do not yet make a rule fire on their own (e.g. "fever and my knee
 * is hot" before swelling is known, or "can't feel my foot" before we know of an injury).
 * This only ever raises a disposition; the engine's own emergency reasons come first.
 */
export function escalateForScreen(disposition: Disposition, hits: ScreenHit[]): Disposition {
  if (hits.length === 0) return disposition;
  const known = new Set(disposition.reasons.map((reason) => reason.rule));
  const added = hits
    .filter((hit) => !known.has(hit.rule))
    .map((hit) => {
      const rule = allRules.find((candidate) => candidate.id === hit.rule);
      return {
        rule: hit.rule,
        level: "emergency" as const,
        summary: `You said "${hit.phrase}": ${rule?.advice ?? "this needs emergency care now"}.`,
        facts: hit.answers,
        action: rule?.action ?? ("go_to_emergency_department" as Action),
      };
    });
  if (disposition.level === "emergency" && added.length === 0) return disposition;
  const actions: Action[] = [
    ...added.map((reason) => reason.action),
    ...(disposition.level === "emergency" ? [disposition.action] : []),
  ];
  const action: Action = actions.includes("call_emergency_services") ? "call_emergency_services" : "go_to_emergency_department";
  const emergencyReasons = disposition.reasons.filter((reason) => reason.level === "emergency");
  const otherReasons = disposition.reasons.filter((reason) => reason.level !== "emergency");
  return {
    ...disposition,
    level: "emergency",
    action,
    careSetting: careSettingForAction[action],
    reasons: [...emergencyReasons, ...added.map(({ action: _action, ...reason }) => reason), ...otherReasons],
    safetyNet: safetyNetByLevel.emergency,
  };
}
