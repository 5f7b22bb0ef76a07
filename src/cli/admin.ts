import { mailerFor } from "../alerts/mailer-for.js";
import { parseConfig } from "../config.js";
import { ensureDemoClinic } from "../db/clinics.js";
import { createNodeDatabase } from "../db/sqlite/node-database.js";
import { CliError, runAdminCommand } from "../staff/admin-commands.js";
import { nodeWebhookFetch } from "../webhooks/node-webhook-fetch.js";
import { webhookTargetPolicy } from "../webhooks/target-policy.js";

// npm run admin -- <command>: clinics, staff accounts and background jobs, on the database at DATABASE_PATH.

async function main(): Promise<number> {
  const config = parseConfig(process.env);
  const database = createNodeDatabase(config.DATABASE_PATH);
  try {
    // A database first opened here looks the same as one the server created.
    await ensureDemoClinic(database.db);
    const targets = webhookTargetPolicy(config);
    const jobs = {
      fetch: nodeWebhookFetch(targets),
      targets,
      publicOrigin: config.publicOrigin,
      mailer: mailerFor(config),
    };
    console.log(await runAdminCommand(database.db, process.argv.slice(2), Date.now(), jobs));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      return error.exitCode;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
