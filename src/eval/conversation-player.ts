import { createApp } from "../app.js";
import { llmConfigured, parseConfig } from "../config.js";
import { ensureDemoClinic } from "../db/clinics.js";
import { createNodeDatabase } from "../db/sqlite/node-database.js";
import { loadKnowledgeFromDir } from "../knowledge/load-knowledge-node.js";
import { playVignetteConversation, type AnswerMode } from "./play-conversation.js";
import { playedFrom, type Player } from "./players.js";

// Conversation players: each vignette is played through the real chat (opening sentence,
// then answers to each question) against an app over a private in-memory database.

export type PlayerSetup = { player: Player } | { problem: string };

export async function conversationPlayer(
  brain: "guided" | "llm",
  env: Record<string, string | undefined>,
  answerWith: AnswerMode = "labels",
): Promise<PlayerSetup> {
  // The guided brain must answer even when the shell has model settings.
  const settings = brain === "guided" ? { ...env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } : env;
  // The player sends about 1,100 turns in seconds from one address: the visitor rate limits
  // would refuse most of them (they did, until the eval ran with them off).
  const config = parseConfig({ ...settings, DATABASE_PATH: ":memory:", CHAT_RATE_LIMIT_PER_MINUTE: "0" });
  if (brain === "llm" && !llmConfigured(config)) {
    return { problem: "The llm brain needs OPENAI_API_KEY or OPENAI_BASE_URL (with OPENAI_MODEL) in the environment." };
  }
  const database = createNodeDatabase(":memory:");
  await ensureDemoClinic(database.db);
  const knowledge = loadKnowledgeFromDir(new URL("../../knowledge/", import.meta.url).pathname);
  const app = createApp({ config, db: database.db, knowledge });
  return {
    player: async (vignette) => {
      const played = await playVignetteConversation(app, vignette, { answerWith });
      if (!played.disposition) throw new Error("the conversation never produced a disposition");
      const { disposition } = played;
      return {
        ...playedFrom(disposition),
        stoppedAtEmergency: disposition.level === "emergency" && !disposition.complete,
        questions: played.questions,
        notUnderstood: played.notUnderstood,
      };
    },
  };
}
