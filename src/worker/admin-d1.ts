import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy, unstable_readConfig } from "wrangler";
import type { AnyD1Database } from "drizzle-orm/d1";
import { CliError, runAdminCommand } from "../staff/admin-commands.js";
import { createD1Database } from "./d1-database.js";
import { seedDemoClinic } from "./worker-app.js";

// npm run admin:worker -- [--remote] <command>: the admin CLI's commands (create-staff, ...)
// on the Worker's D1 instead of the Node server's SQLite file. Without --remote it opens the
// local D1 that `wrangler dev --local` uses (.wrangler/state); with --remote, the deployed
// database through wrangler's remote bindings (needs `wrangler login`).

/** A throwaway config naming only the D1 database, marked remote, so nothing else is proxied. */
function remoteConfig(): { path: string; cleanup: () => void } {
  const config = unstable_readConfig({ config: "wrangler.toml" });
  const databases: Array<{ binding: string; database_name?: string; database_id?: string }> = config.d1_databases;
  const database = databases.find((entry) => entry.binding === "DB");
  if (!database) throw new CliError("wrangler.toml has no D1 binding named DB.", 1);
  const directory = mkdtempSync(join(tmpdir(), "knee-admin-"));
  const path = join(directory, "wrangler.json");
  const d1 = { binding: "DB", database_name: database.database_name, database_id: database.database_id, remote: true };
  writeFileSync(
    path,
    JSON.stringify({ name: config.name, compatibility_date: config.compatibility_date, d1_databases: [d1] }),
  );
  return { path, cleanup: () => rmSync(directory, { recursive: true, force: true }) };
}

async function main(argv: string[]): Promise<number> {
  const remote = argv.includes("--remote");
  const args = argv.filter((arg) => arg !== "--remote");
  const temporary = remote ? remoteConfig() : undefined;
  const proxy = await getPlatformProxy<{ DB: AnyD1Database }>(
    temporary
      ? { configPath: temporary.path, remoteBindings: true }
      : { configPath: "wrangler.toml", remoteBindings: false },
  );
  try {
    const db = createD1Database(proxy.env.DB);
    // The same first-request seed as the Worker, so create-staff --clinic demo works at once.
    await seedDemoClinic(db);
    console.log(await runAdminCommand(db, args));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      return error.exitCode;
    }
    if (error instanceof Error && /no such table/i.test(error.message)) {
      console.error(
        `The D1 database has no tables yet: run npx wrangler d1 migrations apply DB ${remote ? "--remote" : "--local"} first.`,
      );
      return 1;
    }
    throw error;
  } finally {
    await proxy.dispose();
    temporary?.cleanup();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
