import { z } from "zod";
import type { ClinicRow } from "../db/clinics.js";
import { webAddress } from "../lib/web-address.js";

// The widget's look on the clinic's own pages, set on the Settings page: the logo or avatar,
// the launcher's words and its corner. (The brand colour lives with the other settings.)
// A setting the form did not send keeps its value, so older forms and scripts change nothing.

export const WIDGET_POSITIONS = ["bottom-right", "bottom-left"] as const;
export const DEFAULT_LAUNCHER_LABEL = "Knee pain chat";

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export function brandingSchema(production: boolean) {
  return z.object({
    logoUrl: z.preprocess(blank, webAddress(production, "an image").nullable().optional()),
    launcherLabel: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? DEFAULT_LAUNCHER_LABEL : value),
      z.string().trim().max(40, "at most 40 characters, so it fits on a phone").optional(),
    ),
    widgetPosition: z.enum(WIDGET_POSITIONS, "choose bottom right or bottom left").optional(),
  });
}

export type BrandingInput = z.infer<ReturnType<typeof brandingSchema>>;
export type BrandingColumns = Pick<ClinicRow, "logoUrl" | "launcherLabel" | "widgetPosition">;

export function brandingColumns(input: BrandingInput, current: BrandingColumns): BrandingColumns {
  return {
    logoUrl: input.logoUrl === undefined ? current.logoUrl : input.logoUrl,
    launcherLabel: input.launcherLabel ?? current.launcherLabel,
    widgetPosition: input.widgetPosition ?? current.widgetPosition,
  };
}

export function brandingValues(clinic: BrandingColumns): Record<string, string> {
  return { logoUrl: clinic.logoUrl ?? "", launcherLabel: clinic.launcherLabel, widgetPosition: clinic.widgetPosition };
}
