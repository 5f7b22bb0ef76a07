import { z } from "zod";
import { actions, careSettings, levels, RULESET_VERSION, type Disposition } from "../triage/index.js";

// The disposition POST /api/triage answers with (spec §6), for the API description: the engine
// builds it as a typed object; `satisfies` below keeps this schema and that type in step.

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

// A disposition the engine returns is a valid value of the schema (compile-time check).
type Described = z.infer<typeof dispositionSchema>;
export type DispositionMatches = Disposition extends Described ? true : never;
const _check: DispositionMatches = true;
void _check;
