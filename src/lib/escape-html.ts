// The one HTML escaper for every server-written page (the staff dashboard's template tag, the
// knowledge pages, the widget frame and the demo page): text can never become markup.

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
