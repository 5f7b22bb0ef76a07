import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { clinics } from "./clinics.js";
import { conversations } from "./conversations.js";
import { createdAt } from "./columns.js";

// Leads (a visitor asking to book or be called) and their follow-up email.

export const leads = sqliteTable(
  "leads",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    preferredTime: text("preferred_time"),
    consentAt: integer("consent_at").notNull(),
    status: text("status", { enum: ["new", "contacted", "booked", "attended", "closed"] })
      .notNull()
      .default("new"),
    notes: text("notes").notNull().default(""),
    level: text("level"),
    fit: text("fit"),
    intakeSummary: text("intake_summary"),
    /** `book`: wants an appointment; `callback`: an urgent visitor asks the clinic to call today. */
    intent: text("intent", { enum: ["book", "callback"] })
      .notNull()
      .default("book"),
    /** Opaque reference carried through the booking provider's link; never clinical. */
    leadRef: text("lead_ref"),
    /** Whose knee it is: the contact above is the visitor; a parent or carer may ask for someone else. */
    patient: text("patient", { enum: ["self", "child", "someone_else"] })
      .notNull()
      .default("self"),
    /** The problem in the visitor's own words (their first message, one line), for the front desk. */
    visitorWords: text("visitor_words"),
    /** The patient's name when it is not the visitor's own knee. */
    patientName: text("patient_name"),
    /** The booked appointment's start, reported by the booking provider's webhook. */
    appointmentAt: integer("appointment_at"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch() * 1000)`),
  },
  (table) => [
    index("leads_clinic_status").on(table.clinicId, table.status),
    // One lead per conversation, whatever the concurrency (issue: duplicate leads).
    uniqueIndex("leads_conversation").on(table.conversationId),
    uniqueIndex("leads_ref").on(table.leadRef),
  ],
);

/** The "did you get seen?" email and its one-use page, `followUpDays` after a lead with consent. */
export const followUps = sqliteTable(
  "follow_ups",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    leadId: text("lead_id")
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    /** SHA-256 of the token in the emailed link; the token itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    dueAt: integer("due_at").notNull(),
    sentAt: integer("sent_at"),
    mailError: text("mail_error"),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    /** The visitor's answer (JSON): seen or not, where. */
    answer: text("answer"),
    createdAt: createdAt(),
  },
  (table) => [index("follow_ups_due").on(table.sentAt, table.dueAt), uniqueIndex("follow_ups_lead").on(table.leadId)],
);
