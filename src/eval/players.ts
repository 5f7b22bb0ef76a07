import { evaluate, type Action, type Disposition, type IntakeField, type Level } from "../triage/index.js";
import type { AnswerMode } from "./play-conversation.js";
import type { Vignette } from "./vignettes.js";

// A player turns a vignette into a disposition. The engine player evaluates the intake
// directly; conversation players (guided, llm) play the opening and answer the questions
// from the intake through the chat (conversation-player.ts), with the same signature.

export interface Played {
  level: Level;
  action: Action;
  rules: string[];
  complete: boolean;
  missing: IntakeField[];
  /** A conversation that ended at an emergency before every question was asked (by design). */
  stoppedAtEmergency?: boolean;
  /** Conversation players: the questions the visitor answered, and replies in words not understood. */
  questions?: number;
  notUnderstood?: number;
}

export type Player = (vignette: Vignette) => Promise<Played>;

export const brainNames = ["engine", "guided", "llm"] as const;
export type BrainName = (typeof brainNames)[number];

export function isBrainName(name: string): name is BrainName {
  return (brainNames as readonly string[]).includes(name);
}

/** What a player reports of a disposition. */
export function playedFrom(disposition: Disposition): Played {
  return {
    level: disposition.level,
    action: disposition.action,
    rules: disposition.reasons.map((reason) => reason.rule),
    complete: disposition.complete,
    missing: disposition.missing,
  };
}

/** The rules engine alone: the reference every conversation player is measured against. */
export const enginePlayer: Player = async (vignette) => playedFrom(evaluate(vignette.intake));

/** The player for a brain, or the reason it cannot play (e.g. no model configured). */
export async function playerFor(
  brain: BrainName,
  env: Record<string, string | undefined>,
  answerWith?: AnswerMode,
): Promise<{ player: Player } | { problem: string }> {
  if (brain === "engine") return { player: enginePlayer };
  // Loaded only when asked for: it opens a database and builds the whole app.
  const { conversationPlayer } = await import("./conversation-player.js");
  return conversationPlayer(brain, env, answerWith);
}
