import { sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { clinics } from "./clinics.js";
import { createdAt } from "./columns.js";
import { leads } from "./leads.js";

// Booking-provider webhook deliveries.

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
