import { eq } from "drizzle-orm";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { bookingColumns, bookingSettingsSchema, bookingUrlProblem } from "../bookings/booking-settings.js";
import { auditStatement } from "../db/audit.js";
import { forgetCachedClinics, type ClinicRow } from "../db/clinics.js";
import type { Database } from "../db/database.js";
import { clinics } from "../db/schema.js";
import type { StaffMember } from "../db/staff.js";
import { writeTogether } from "../db/write-together.js";
import { AppError } from "../lib/errors.js";
import { parseOrThrow } from "../lib/validate.js";
import { newWebhookSecret } from "../webhooks/signature.js";
import { webhookTargetPolicy, webhookTargetProblem, type WebhookTargetPolicy } from "../webhooks/target-policy.js";
import { contrastRatio } from "../widget/shared/contrast.js";
import { nowOf } from "./staff-auth.js";
import { brandingColumns, brandingSchema } from "./widget-branding.js";
import { alertSettingsColumns, alertSettingsSchema } from "./alert-settings.js";
import { isExactOrigin, ORIGIN_EXAMPLE } from "../lib/origin.js";
import { webAddress } from "../lib/web-address.js";

// The owner's clinic settings form: what the widget shows, where webhooks and alerts go.

export async function findClinicRow(db: Database, clinicId: string): Promise<ClinicRow | undefined> {
  const rows = await db.select().from(clinics).where(eq(clinics.id, clinicId)).limit(1);
  return rows[0];
}

const empty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const origin = z.string().refine(isExactOrigin, `each line must be ${ORIGIN_EXAMPLE}`);

/** A webhook URL: a public internet address only (see webhooks/target-policy.ts). */
function webhookTarget(targets: WebhookTargetPolicy) {
  return z
    .string()
    .trim()
    .max(500)
    .superRefine((text, context) => {
      const problem = webhookTargetProblem(text, targets);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
}

export function settingsSchema(
  production: boolean,
  targets: WebhookTargetPolicy = webhookTargetPolicy({ NODE_ENV: production ? "production" : "development" }),
) {
  return z.object({
    name: z.string().trim().min(1, "the clinic needs a name").max(120),
    brandColor: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, "use a colour like #0f766e")
      .refine(
        (colour) => contrastRatio(colour, "#ffffff") >= 4.5,
        "white text on this colour is too faint (needs a 4.5:1 contrast); pick a darker colour",
      ),
    greeting: z.string().trim().min(1, "write a greeting").max(500),
    phone: z.preprocess(
      empty,
      z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()./-]{5,40}$/, "use digits, spaces and + ( ) - only")
        .optional(),
    ),
    bookingUrl: z.preprocess(empty, webAddress(production).optional()),
    emergencyNumber: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ]{2,20}$/, "use digits only, like 911, 999 or 112"),
    allowedOrigins: z
      .string()
      .max(5000)
      .transform((text) => [
        ...new Set(
          text
            .split(/[\r\n,]+/)
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(origin).max(20, "at most 20 origins")),
    retentionDays: z.coerce
      .number()
      .int("a whole number of days")
      .min(1, "at least 1 day")
      .max(3650, "at most 3650 days (10 years)"),
    webhookUrl: z.preprocess(empty, webhookTarget(targets).optional()),
  });
}

export type SettingsInput = z.infer<ReturnType<typeof settingsSchema>>;

export async function saveSettings(deps: AppDeps, staff: StaffMember, form: Record<string, unknown>): Promise<void> {
  const production = deps.config.NODE_ENV === "production";
  const input = parseOrThrow(
    settingsSchema(production, deps.webhookTargets ?? webhookTargetPolicy(deps.config)),
    form,
    "settings",
  );
  const branding = parseOrThrow(brandingSchema(production), form, "settings");
  const booking = parseOrThrow(bookingSettingsSchema, form, "settings");
  const alerting = parseOrThrow(alertSettingsSchema, form, "settings");
  const current = await findClinicRow(deps.db, staff.clinicId);
  if (!current) throw new AppError("not_found", "No such clinic.");
  const next = {
    name: input.name,
    brandColor: input.brandColor.toLowerCase(),
    greeting: input.greeting,
    phone: input.phone ?? null,
    bookingUrl: input.bookingUrl ?? null,
    emergencyNumber: input.emergencyNumber,
    allowedOrigins: JSON.stringify(input.allowedOrigins),
    retentionDays: input.retentionDays,
    webhookUrl: input.webhookUrl ?? null,
    // A webhook URL without a secret could not be signed: make one the first time.
    webhookSecret: input.webhookUrl && !current.webhookSecret ? newWebhookSecret() : current.webhookSecret,
    ...brandingColumns(branding, current),
    ...bookingColumns(booking, current),
    ...alertSettingsColumns(alerting, current),
  };
  const bookingProblem = bookingUrlProblem(next);
  if (bookingProblem)
    throw new AppError("validation_failed", `Invalid value for "bookingUrl": ${bookingProblem}.`, {
      field: "bookingUrl",
    });
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((key) => next[key] !== current[key]);
  if (changed.length === 0) return;
  const now = nowOf(deps);
  await writeTogether(deps.db, [
    deps.db.update(clinics).set(next).where(eq(clinics.id, staff.clinicId)),
    auditStatement(deps.db, {
      clinicId: staff.clinicId,
      staffId: staff.id,
      action: "settings_change",
      detail: { fields: changed },
      now,
    }),
  ]);
  // The next chat message greets, and gives the emergency number, from the new settings.
  forgetCachedClinics(deps.db);
}

export async function rotateWebhookSecret(deps: AppDeps, staff: StaffMember): Promise<void> {
  await writeTogether(deps.db, [
    deps.db.update(clinics).set({ webhookSecret: newWebhookSecret() }).where(eq(clinics.id, staff.clinicId)),
    auditStatement(deps.db, {
      clinicId: staff.clinicId,
      staffId: staff.id,
      action: "webhook_secret_rotated",
      now: nowOf(deps),
    }),
  ]);
}
