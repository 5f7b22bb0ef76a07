import { eq, sql } from "drizzle-orm";
import type { Database } from "./database.js";
import { clinics, conversations } from "./schema.js";

// The two lookups every chat turn makes, prepared once per database: building a drizzle query
// costs several times running it. Works on both drivers (D1 returns promises; both are awaited).
// No .limit(1): both columns are unique, and drizzle binds the limit as a parameter, which made
// SQLite's lookup three times slower (15 µs against 5 µs).

function prepareLookups(db: Database) {
  return {
    conversationById: db
      .select()
      .from(conversations)
      .where(eq(conversations.id, sql.placeholder("id")))
      .prepare(),
    clinicBySlug: db
      .select()
      .from(clinics)
      .where(eq(clinics.slug, sql.placeholder("slug")))
      .prepare(),
  };
}

const lookupsByDatabase = new WeakMap<Database, ReturnType<typeof prepareLookups>>();

export function preparedLookups(db: Database): ReturnType<typeof prepareLookups> {
  let lookups = lookupsByDatabase.get(db);
  if (!lookups) {
    lookups = prepareLookups(db);
    lookupsByDatabase.set(db, lookups);
  }
  return lookups;
}
