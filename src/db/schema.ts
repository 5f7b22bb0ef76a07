// The drizzle schema, one file per concept under schema/; this index is what queries, the
// drivers (drizzle(..., { schema })) and drizzle-kit (drizzle.config.ts) read.

export * from "./schema/alerts.js";
export * from "./schema/bookings.js";
export * from "./schema/clinics.js";
export * from "./schema/conversations.js";
export * from "./schema/leads.js";
export * from "./schema/rate-counters.js";
export * from "./schema/staff.js";
export * from "./schema/webhooks.js";
