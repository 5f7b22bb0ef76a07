import { z } from "zod";
import { actions, careSettings, levels, RULESET_VERSION } from "../triage/index.js";

// The disposition POST /api/triage answers with (spec §6), for the API description. The engine
// builds it as a typed object; the triage route's typed response keeps the two in step (a
// Disposition that no longer fits this schema fails to compile there).

export const dispositionSchema = z
  .object({
    level: z.enum(levels),
    action: z.enum(actions),
    careSetting: z.enum(careSettings),
    complete: z.boolean(),
    missing: z.array(z.string()),
    reasons: z.array(
      z.object({
        rule: z.string(),
        level: z.enum(levels),
        summary: z.string(),
        facts: z.record(z.string(), z.unknown()),
      }),
    ),
    safetyNet: z.array(z.string()),
    rulesetVersion: z.string().meta({ example: RULESET_VERSION }),
  })
  .meta({ id: "Disposition" });
