import { serve } from "@hono/node-server";
import { deliverDueAlerts } from "./alerts/deliver-alerts.js";
import { serialisedDelivery } from "./alerts/serialised-delivery.js";
import { mailerFor } from "./alerts/mailer-for.js";
import { createApp } from "./app.js";
import { parseConfig } from "./config.js";
import { ensureDemoClinic } from "./db/clinics.js";
import { createNodeDatabase } from "./db/sqlite/node-database.js";
import { loadKnowledgeFromDir } from "./knowledge/load-knowledge-node.js";
import { readIncomingBody, socketAddress } from "./lib/node-request.js";
import { warmUpExtractor } from "./triage/extract/index.js";
import { startBackgroundJobs } from "./staff/background-jobs.js";
import { ensureDemoOwner } from "./staff/demo-owner.js";
import { nodeWebhookFetch } from "./webhooks/node-webhook-fetch.js";
import { webhookTargetPolicy } from "./webhooks/target-policy.js";

// The Node entry: parse config, open and migrate SQLite, seed the demo clinic, serve.

async function main() {
  const config = parseConfig(process.env);
  // A broken article stops start-up here, with the file and the problem in the message.
  const knowledge = loadKnowledgeFromDir(new URL("../knowledge/", import.meta.url).pathname);
  const database = createNodeDatabase(config.DATABASE_PATH, { backgroundCheckpoints: true });
  const demo = await ensureDemoClinic(database.db);
  const demoOwner = await ensureDemoOwner(database.db, demo, Date.now());
  // Background jobs (jobs/job-list.ts): the retention purge now and hourly; webhook delivery
  // every 15 s, to public addresses only, checked on the addresses each delivery connects to;
  // alert mail retries and follow-ups.
  const webhookTargets = webhookTargetPolicy(config);
  // Staff alerts and follow-ups by email over SMTP_URL (or an HTTP mail API); without either, said once here.
  const mailer = mailerFor(config);
  if (!mailer)
    console.log(
      "Mail is off (neither SMTP_URL nor MAIL_API_KEY is set): alerts are listed in the dashboard only, and no follow-ups are sent.",
    );
  const alertDelivery = serialisedDelivery(() =>
    deliverDueAlerts({ db: database.db, mailer, publicOrigin: config.publicOrigin, now: Date.now }),
  );
  const jobs = await startBackgroundJobs({
    db: database.db,
    fetch: nodeWebhookFetch(webhookTargets),
    targets: webhookTargets,
    now: Date.now,
    publicOrigin: config.publicOrigin,
    mailer,
  });
  // Compile the extractor's patterns now, not on the first visitors' turns (~100 ms once).
  warmUpExtractor();
  const app = createApp({
    config,
    db: database.db,
    knowledge,
    clientAddress: socketAddress,
    readBody: readIncomingBody,
    webhookTargets,
    ...(mailer ? { mailer } : {}),
    alertDelivery,
  });

  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
    console.log(`knee-triage listening on http://localhost:${info.port} (database ${config.DATABASE_PATH})`);
    // Shown once, on the first start of an empty database; only its hash is stored.
    if (demoOwner)
      console.log(
        `Demo dashboard login (shown once): ${demoOwner.email} / ${demoOwner.password} at http://localhost:${info.port}/staff`,
      );
  });

  const shutdown = (signal: string) => {
    console.log(`${signal} received: closing`);
    jobs.stop();
    // An alert email already being sent finishes before the database closes.
    const closeAndExit = () =>
      void alertDelivery.idle().finally(() => void database.close().finally(() => process.exit(0)));
    server.close(closeAndExit);
    // Long-lived streams must not hold the process forever.
    setTimeout(closeAndExit, 5_000).unref();
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
