import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { clinics } from "./clinics.js";
import { createdAt } from "./columns.js";

// The clinic webhook outbox and its delivery attempts.

export const webhookOutbox = sqliteTable(
  "webhook_outbox",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastError: text("last_error"),
    deliveredAt: integer("delivered_at"),
    createdAt: createdAt(),
  },
  (table) => [index("webhook_outbox_due").on(table.status, table.nextAttemptAt)],
);

export const webhookDeliveries = sqliteTable("webhook_deliveries", {
  id: text("id").primaryKey(),
  outboxId: text("outbox_id")
    .notNull()
    .references(() => webhookOutbox.id, { onDelete: "cascade" }),
  attempt: integer("attempt").notNull(),
  statusCode: integer("status_code"),
  error: text("error"),
  createdAt: createdAt(),
});
