import type { LanguageModel } from "ai";
import type { AlertDelivery, Mailer } from "./alerts/alert-delivery.js";
import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import type { KnowledgeBase } from "./knowledge/knowledge-base.js";
import type { RateLimiter } from "./lib/rate-limit.js";
import type { BodyReader } from "./lib/request-body.js";
import type { WidgetAssetProvider } from "./widget/widget-assets.js";
import type { WebhookTargetPolicy } from "./webhooks/target-policy.js";

/** Everything the app needs from outside, injected so each test builds its own. */
export interface AppDeps {
  config: Config;
  db: Database;
  knowledge: KnowledgeBase;
  /** Clock, injectable for tests of expiry, retention and relative dates. */
  now?: () => number;
  /** Counts chat and lead requests; defaults to an in-process limiter (Workers pass the binding). */
  rateLimiter?: RateLimiter;
  /** The address the entry point sees (the socket on Node, cf-connecting-ip on Workers); TRUSTED_PROXY may name a proxy's header instead (lib/client-address.ts). */
  clientAddress?: (request: Request, env: unknown) => string;
  /** Reads JSON bodies; defaults to the Fetch API stream (Node passes a reader of its own stream). */
  readBody?: BodyReader;
  /** The built widget files; defaults to dist/widget/ on Node (Workers inject their own). */
  widgetAssets?: WidgetAssetProvider;
  /** A model for the LLM brain, injected by tests; otherwise built from the OPENAI_* config. */
  languageModel?: LanguageModel;
  /** prompts/system.md's text; read from disk when absent (Node), bundled by the Worker. */
  systemPromptTemplate?: string;
  /** Where clinic webhooks may point; defaults to public addresses (https only in production). */
  webhookTargets?: WebhookTargetPolicy;
  /** Sends staff alerts and visitor follow-ups; absent when SMTP_URL is unset (alerts still show in the dashboard). */
  mailer?: Mailer;
  /** Asked to deliver pending alerts at once after a lead, call-back request or emergency is written. */
  alertDelivery?: AlertDelivery;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
  };
}
