import type { ClinicRow } from "../../db/clinics.js";
import { initialsOf } from "../../widget/shared/initials.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";

// The "Widget on your site" part of the Settings form: brand colour, logo, launcher words and
// corner, with a drawing of the saved launcher (an SVG: the dashboard allows no inline styles).

export type FieldRenderer = (
  name: string,
  label: string,
  control: (attributes: Markup) => Markup,
  hint?: string,
) => Markup;
export type TextControl = (name: string, type?: string) => (attributes: Markup) => Markup;

function launcherPreview(clinic: Pick<ClinicRow, "name" | "brandColor" | "launcherLabel" | "widgetPosition">): Markup {
  const fill = /^#[0-9a-f]{6}$/i.test(clinic.brandColor) ? clinic.brandColor : "#0f766e";
  const width = Math.min(260, 64 + clinic.launcherLabel.length * 8.4);
  const x = clinic.widgetPosition === "bottom-left" ? 16 : 344 - width;
  const label = clinic.launcherLabel;
  const corner = clinic.widgetPosition === "bottom-left" ? "bottom left" : "bottom right";
  // One piece per line of the drawing, joined with nothing between them.
  return html`<svg class="launcher-preview" viewBox="0 0 360 130" width="360" height="130" role="img" aria-labelledby="launcher-preview-title">${[
    html`<title id="launcher-preview-title">The saved launcher: "${label}", ${corner} of your page</title>`,
    html`<rect x="1" y="1" width="358" height="128" rx="8" fill="#f9fafb" stroke="#9ca3af"></rect>`,
    html`<rect x="16" y="16" width="150" height="10" rx="3" fill="#d1d5db"></rect><rect x="16" y="34" width="220" height="8" rx="3" fill="#e5e7eb"></rect><rect x="16" y="48" width="190" height="8" rx="3" fill="#e5e7eb"></rect>`,
    html`<rect x="${x}" y="76" width="${width}" height="40" rx="20" fill="${fill}"></rect>`,
    html`<circle cx="${x + 22}" cy="96" r="14" fill="#fff"></circle>`,
    html`<text x="${x + 22}" y="101" text-anchor="middle" font-size="12" font-weight="700" fill="${fill}">${initialsOf(clinic.name)}</text>`,
    html`<text x="${x + 44}" y="101" font-size="15" font-weight="600" fill="#fff">${label}</text>`,
  ]}</svg>`;
}

export function brandingFieldset(input: {
  clinic: ClinicRow;
  values: Record<string, string>;
  field: FieldRenderer;
  text: TextControl;
}): Markup {
  const { field, text, values } = input;
  const position = values.widgetPosition ?? "bottom-right";
  const option = (value: string, label: string) =>
    html`<option value="${value}"${position === value ? html` selected` : ""}>${label}</option>`;
  return html`<fieldset class="group">
  <legend>The widget on your site</legend>
  ${field("brandColor", "Brand colour", text("brandColor"), "Six-digit hex like #0f766e, for the launcher, the chat header and buttons. White text must be readable on it.")}
  ${field("logoUrl", "Logo or avatar (optional)", text("logoUrl", "url"), "The https:// address of a square image, shown in the launcher and the chat header. Without one, your initials are shown.")}
  ${field("launcherLabel", "Launcher words", text("launcherLabel"), "The button visitors click, e.g. \u201cKnee pain? Ask us\u201d. Up to 40 characters.")}
  ${field("widgetPosition", "Corner of the page", (attributes) => html`<select ${attributes}>${option("bottom-right", "Bottom right")}${option("bottom-left", "Bottom left")}</select>`)}
  <figure class="preview">${launcherPreview(input.clinic)}<figcaption class="small muted">As saved. Changes show on your site within a minute.</figcaption></figure>
</fieldset>`;
}
