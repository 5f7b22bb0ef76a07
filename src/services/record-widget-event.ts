import type { AppDeps } from "../app-deps.js";
import { findClinicBySlug } from "../db/clinics.js";
import { insertWidgetEvent } from "../db/events.js";
import { AppError } from "../lib/errors.js";
import { FEEDBACK_EVENT, recordFeedback } from "../staff/feedback.js";

// A funnel event the widget reports, or the visitor's "Was this helpful?" (POST /api/events).

export interface WidgetEvent {
  clinic: string;
  type: string;
  action?: string;
  conversationId?: string;
  helpful?: boolean;
}

export async function recordWidgetEvent(
  deps: AppDeps,
  event: WidgetEvent,
  visitorToken: string | undefined,
): Promise<void> {
  const clinic = await findClinicBySlug(deps.db, event.clinic);
  if (!clinic) throw new AppError("not_found", `No clinic called "${event.clinic}".`);
  if (event.type === FEEDBACK_EVENT) {
    await recordFeedback(deps, {
      clinicId: clinic.id,
      conversationId: event.conversationId ?? "",
      token: visitorToken,
      helpful: event.helpful === true,
    });
    return;
  }
  const data = event.action ? { action: event.action } : undefined;
  await insertWidgetEvent(deps.db, { clinicId: clinic.id, type: event.type, data, now: deps.now?.() ?? Date.now() });
}
