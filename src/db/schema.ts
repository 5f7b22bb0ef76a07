import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// One schema for SQLite on Node (better-sqlite3) and D1 on Workers. Times are epoch ms.

const createdAt = () => integer("created_at").notNull().default(sql`(unixepoch() * 1000)`);

export const clinics = sqliteTable("clinics", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  brandColor: text("brand_color").notNull().default("#0f766e"),
  greeting: text("greeting").notNull().default("Hi! I can help you work out what to do about your knee."),
  phone: text("phone"),
  bookingUrl: text("booking_url"),
  emergencyNumber: text("emergency_number").notNull().default("911"),
  /** JSON array of exact origins allowed to embed the widget. */
  allowedOrigins: text("allowed_origins").notNull().default("[]"),
  locale: text("locale").notNull().default("en-US"),
  widgetPosition: text("widget_position").notNull().default("bottom-right"),
  retentionDays: integer("retention_days").notNull().default(365),
  webhookUrl: text("webhook_url"),
  webhookSecret: text("webhook_secret"),
  createdAt: createdAt(),
  /** The clinic's logo or avatar (an https image URL) for the launcher and the chat header. */
  logoUrl: text("logo_url"),
  /** The words on the launcher button on the clinic's pages. */
  launcherLabel: text("launcher_label").notNull().default("Knee pain chat"),
  /** JSON array of staff addresses that get an email for every lead, call-back request and emergency. */
  alertEmails: text("alert_emails").notNull().default("[]"),
  /** IANA time zone: every time a person reads (dashboard, CSV, email) is shown in it. */
  timeZone: text("time_zone").notNull().default("UTC"),
  /** How the booking button books: a plain link, or a provider whose webhooks report bookings back. */
  bookingProvider: text("booking_provider", { enum: ["link", "calcom", "calendly"] })
    .notNull()
    .default("link"),
  /** The signing secret the clinic also enters at the booking provider. */
  bookingSecret: text("booking_secret"),
  /** Days after a lead with consent to email "did you get seen?"; 0 = off. */
  followUpDays: integer("follow_up_days").notNull().default(7),
});

export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    visitorTokenHash: text("visitor_token_hash").notNull(),
    brain: text("brain").notNull().default("guided"),
    /** Current intake (JSON); snapshots keep its history. */
    intake: text("intake").notNull().default("{}"),
    /** Guided-brain state (JSON): pending question, phase. */
    state: text("state").notNull().default("{}"),
    level: text("level"),
    action: text("action"),
    complete: integer("complete", { mode: "boolean" }).notNull().default(false),
    redFlag: integer("red_flag", { mode: "boolean" }).notNull().default(false),
    turnCount: integer("turn_count").notNull().default(0),
    reviewedAt: integer("reviewed_at"),
    reviewedBy: text("reviewed_by"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull().default(sql`(unixepoch() * 1000)`),
  },
  (table) => [index("conversations_clinic_created").on(table.clinicId, table.createdAt)],
);

export const messages = sqliteTable(
  "messages",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    role: text("role", { enum: ["user", "assistant"] }).notNull(),
    /** UI message parts as JSON. */
    parts: text("parts").notNull(),
    metadata: text("metadata"),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("messages_conversation_seq").on(table.conversationId, table.seq)],
);

export const intakeSnapshots = sqliteTable(
  "intake_snapshots",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    messageId: text("message_id"),
    source: text("source", { enum: ["free_text", "structured", "correction", "tool", "screen"] }).notNull(),
    /** The fields this step set (JSON), with the visitor's words where there were any. */
    changes: text("changes").notNull(),
    evidence: text("evidence"),
    intake: text("intake").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("intake_snapshots_conversation").on(table.conversationId)],
);

export const dispositions = sqliteTable(
  "dispositions",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    level: text("level").notNull(),
    action: text("action").notNull(),
    complete: integer("complete", { mode: "boolean" }).notNull(),
    rulesetVersion: text("ruleset_version").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("dispositions_conversation").on(table.conversationId)],
);

export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    conversationId: text("conversation_id").references(() => conversations.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    data: text("data"),
    createdAt: createdAt(),
  },
  (table) => [index("events_clinic_type").on(table.clinicId, table.type, table.createdAt)],
);

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

/** Booking webhook deliveries already applied, so a duplicate delivery changes nothing. */
export const bookingDeliveries = sqliteTable(
  "booking_deliveries",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    provider: text("provider", { enum: ["calcom", "calendly"] }).notNull(),
    /** The provider's identity of this change (booking uid + trigger + time), unique per provider. */
    deliveryKey: text("delivery_key").notNull(),
    leadId: text("lead_id").references(() => leads.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("booking_deliveries_key").on(table.clinicId, table.provider, table.deliveryKey)],
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

/**
 * Staff accounts belong to one clinic: an email is unique within a clinic, not across clinics,
 * so an owner adding an address learns nothing about other clinics (one person may work at two,
 * each account with its own password; sign-in opens the one the password fits).
 */
export const staffUsers = sqliteTable(
  "staff_users",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ["owner", "staff"] })
      .notNull()
      .default("staff"),
    disabledAt: integer("disabled_at"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("staff_users_clinic_email").on(table.clinicId, table.email),
    index("staff_users_email").on(table.email),
  ],
);

export const staffSessions = sqliteTable("staff_sessions", {
  tokenHash: text("token_hash").primaryKey(),
  staffId: text("staff_id")
    .notNull()
    .references(() => staffUsers.id, { onDelete: "cascade" }),
  csrfToken: text("csrf_token").notNull(),
  expiresAt: integer("expires_at").notNull(),
  createdAt: createdAt(),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    clinicId: text("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    staffId: text("staff_id"),
    action: text("action").notNull(),
    target: text("target"),
    detail: text("detail"),
    createdAt: createdAt(),
  },
  (table) => [index("audit_log_clinic").on(table.clinicId, table.createdAt)],
);

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

/** Fixed-window counters for rate limits and login throttling on Node. */
export const rateCounters = sqliteTable("rate_counters", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/**
 * Conversations their visitor deleted, by the SHA-256 of the id: a deleted id can never be
 * used again (a late turn or an old token must not re-create the chat), while the table holds
 * nothing about the person, not even the id. A separate table rather than a deletedAt column
 * keeps "deleted" out of every read of conversations, and the cascade still erases the rest.
 */
export const deletedConversations = sqliteTable("deleted_conversations", {
  idHash: text("id_hash").primaryKey(),
  deletedAt: integer("deleted_at").notNull(),
});
