import type { AppDeps } from "../app-deps.js";
import { parseConfig } from "../config.js";
import { buildKnowledgeBase } from "../knowledge/build-knowledge-base.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import { deliverDueAlerts } from "../alerts/deliver-alerts.js";
import { assetsBindingWidgetAssets } from "./assets-widget.js";
import { bindingRateLimiter } from "./binding-rate-limiter.js";
import { createD1Database } from "./d1-database.js";
import { settingsOf, type WorkerEnv } from "./env.js";
import { knowledgeArticles, systemPromptTemplate } from "./generated/content.js";
import { waitUntilDelivery } from "./worker-alert-delivery.js";
import { httpMailApiMailer } from "../alerts/http-mail-api-mailer.js";

// Everything createApp needs, from the Worker's bindings: the Workers counterpart of what
// src/server.ts assembles on Node.

let knowledge: KnowledgeBase | undefined;

/**
 * The bundled articles (parsed at build time), indexed once per isolate and only when first asked
 * (tens of ms of CPU): the widget, triage and dashboard requests that start most isolates never pay for it.
 */
export function bundledKnowledge(): KnowledgeBase {
  const built = () => (knowledge ??= buildKnowledgeBase(knowledgeArticles));
  return {
    get articles() {
      return built().articles;
    },
    getArticle: (id) => built().getArticle(id),
    search: (query, k) => built().search(query, k),
    termWeight: (term) => built().termWeight(term),
  };
}

/** Cloudflare's edge sets cf-connecting-ip, replacing any a client sends, so per-IP limits can trust it. */
export function cloudflareClientAddress(request: Request): string {
  return request.headers.get("cf-connecting-ip") ?? "unknown";
}

export function createWorkerDeps(env: WorkerEnv): AppDeps {
  const config = parseConfig(settingsOf(env));
  const db = createD1Database(env.DB);
  // Workers mail through an HTTP mail API (no SMTP sockets); without MAIL_API_KEY, mail is "off".
  const mailer = httpMailApiMailer(config);
  return {
    config,
    db,
    ...(mailer ? { mailer } : {}),
    alertDelivery: waitUntilDelivery(() =>
      deliverDueAlerts({ db, mailer, publicOrigin: config.publicOrigin, now: Date.now }),
    ),
    knowledge: bundledKnowledge(),
    rateLimiter: bindingRateLimiter(env),
    clientAddress: cloudflareClientAddress,
    widgetAssets: assetsBindingWidgetAssets(env.ASSETS),
    systemPromptTemplate,
  };
}
