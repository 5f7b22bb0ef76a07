import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { clinics } from "./clinics.js";
import { createdAt } from "./columns.js";

// Staff accounts, their sessions and the audit log of their actions.

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
