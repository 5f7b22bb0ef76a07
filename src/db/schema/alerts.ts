import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { clinics } from "./clinics.js";
import { conversations } from "./conversations.js";
import { createdAt } from "./columns.js";
import { leads } from "./leads.js";

// Staff alerts, mailed to the clinic.

/** A staff alert (new lead, call-back request, emergency): shown in the dashboard, mailed to the clinic's alertEmails. */
export const alerts = sqliteTable(
  "alerts",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["lead", "callback", "emergency"] }).notNull(),
    leadId: text("lead_id").references(() => leads.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "cascade" }),
    /** Mail delivery: pending until mailed, retried with backoff, failed after the last attempt. */
    mailStatus: text("mail_status", { enum: ["pending", "mailed", "failed", "off"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    mailedAt: integer("mailed_at"),
    mailError: text("mail_error"),
    createdAt: createdAt(),
  },
  (table) => [
    index("alerts_clinic_created").on(table.clinicId, table.createdAt),
    index("alerts_mail_due").on(table.mailStatus, table.nextAttemptAt),
    // One alert of a kind per conversation: a retried turn or post never pages staff twice.
    uniqueIndex("alerts_conversation_kind").on(table.conversationId, table.kind),
  ],
);
