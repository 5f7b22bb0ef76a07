import type { Database } from "./database.js";
import { newId } from "./database.js";
import { events } from "./schema.js";

// Funnel events reported by the widget (opened, form shown, a call to action clicked).

export async function insertWidgetEvent(
  db: Database,
  event: { clinicId: string; type: string; data?: Record<string, unknown>; now: number },
): Promise<void> {
  await db.insert(events).values({
    id: newId(),
    clinicId: event.clinicId,
    type: event.type,
    data: event.data ? JSON.stringify(event.data) : null,
    createdAt: event.now,
  });
}
