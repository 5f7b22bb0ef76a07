import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns.js";

// The clinic: its settings, widget branding, alert and booking set-up.

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
