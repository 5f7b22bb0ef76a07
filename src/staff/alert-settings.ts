import { z } from "zod";
import type { ClinicRow } from "../db/clinics.js";
import { canonicalTimeZone } from "./clinic-time.js";

// The clinic's alert and follow-up settings (Settings page and `admin set-clinic`): who gets
// alert emails, the clinic's time zone, and the days before a visitor's follow-up email.
// One set of rules for both; a setting the form did not send keeps its value.

export const MAX_ALERT_EMAILS = 10;

const EMAIL = z.email();

/** A list of addresses, one per line (commas and spaces also separate); the error names the bad one. */
export const alertEmailsSchema = z
  .string()
  .max(3000)
  .transform((text, context) => {
    const addresses = [
      ...new Set(
        text
          .split(/[\s,;]+/)
          .map((address) => address.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const bad = addresses.find((address) => !EMAIL.safeParse(address).success);
    if (bad !== undefined) context.addIssue({ code: "custom", message: `"${bad}" is not an email address` });
    else if (addresses.length > MAX_ALERT_EMAILS)
      context.addIssue({ code: "custom", message: `at most ${MAX_ALERT_EMAILS} addresses` });
    else return addresses;
    return z.NEVER;
  });

export const timeZoneSchema = z
  .string()
  .trim()
  .transform((text, context) => {
    const zone = canonicalTimeZone(text);
    if (!zone) {
      context.addIssue({
        code: "custom",
        message: `"${text}" is not a time zone; use an IANA name like America/New_York or Europe/London`,
      });
      return z.NEVER;
    }
    return zone;
  });

export const followUpDaysSchema = z.coerce
  .number("a whole number of days")
  .int("a whole number of days")
  .min(0, "0 (off) to 90 days")
  .max(90, "0 (off) to 90 days");

/** An empty box for a number or a zone keeps the saved value (an empty alert list clears it). */
const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const alertSettingsSchema = z.object({
  alertEmails: alertEmailsSchema.optional(),
  timeZone: z.preprocess(blank, timeZoneSchema.optional()),
  followUpDays: z.preprocess(blank, followUpDaysSchema.optional()),
});

export type AlertSettingsInput = z.infer<typeof alertSettingsSchema>;
export type AlertSettingsColumns = Pick<ClinicRow, "alertEmails" | "timeZone" | "followUpDays">;

export function alertSettingsColumns(input: AlertSettingsInput, current: AlertSettingsColumns): AlertSettingsColumns {
  return {
    alertEmails: input.alertEmails === undefined ? current.alertEmails : JSON.stringify(input.alertEmails),
    timeZone: input.timeZone ?? current.timeZone,
    followUpDays: input.followUpDays ?? current.followUpDays,
  };
}

function storedEmails(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

export function alertSettingsValues(clinic: AlertSettingsColumns): Record<string, string> {
  return {
    alertEmails: storedEmails(clinic.alertEmails).join("\n"),
    timeZone: clinic.timeZone,
    followUpDays: String(clinic.followUpDays),
  };
}
