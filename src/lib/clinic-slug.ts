// One rule for a clinic's slug, wherever one is read: the widget's script tag, the chat
// request, events, the admin command and the booking webhooks' paths.
export const CLINIC_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function isClinicSlug(text: string): boolean {
  return CLINIC_SLUG.test(text);
}
