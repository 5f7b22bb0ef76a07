import type { AppDeps } from "../app-deps.js";
import { findClinicBySlug, type ClinicSettings } from "../db/clinics.js";
import { isClinicSlug } from "../lib/clinic-slug.js";

// A clinic as the public sees it (widget, demo page, events): found by its slug, or not at all.

export type { ClinicSettings };

export async function findPublicClinic(deps: AppDeps, slug: string): Promise<ClinicSettings | undefined> {
  return isClinicSlug(slug) ? findClinicBySlug(deps.db, slug) : undefined;
}
