import { evaluate, type Action, type IntakeField, type Level } from "../triage/index.js";
import type { Vignette } from "./vignettes.js";

// A player turns a vignette into a disposition. The engine player evaluates the intake
// directly; conversation players (guided, llm) will play the opening and answer the
// questions from the intake, through the chat, and plug in here with the same signature.

export interface Played {
  level: Level;
  action: Action;
  rules: string[];
  complete: boolean;
  missing: IntakeField[];
}

export type Player = (vignette: Vignette) => Promise<Played>;

export const brainNames = ["engine", "guided", "llm"] as const;
export type BrainName = (typeof brainNames)[number];

export function isBrainName(name: string): name is BrainName {
  return (brainNames as readonly string[]).includes(name);
}

/** The rules engine alone: the reference every conversation player is measured against. */
export const enginePlayer: Player = async (vignette) => {
  const disposition = evaluate(vignette.intake);
  return {
    level: disposition.level,
    action: disposition.action,
    rules: disposition.reasons.map((reason) => reason.rule),
    complete: disposition.complete,
    missing: disposition.missing,
  };
};

const players: Partial<Record<BrainName, Player>> = { engine: enginePlayer };

/** The player for a brain, or undefined while that brain cannot play vignettes yet. */
export function playerFor(brain: BrainName): Player | undefined {
  return players[brain];
}
