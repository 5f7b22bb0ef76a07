import type { ClinicRow } from "../../db/clinics.js";
import type { StaffMember } from "../../db/staff.js";
import { html } from "hono/html";
import type { Markup } from "../../lib/page-markup.js";
import { alertSettingsValues } from "../alert-settings.js";
import { brandingValues } from "../widget-branding.js";
import { bookingFieldset } from "./booking-fieldset.js";
import { brandingFieldset } from "./branding-fieldset.js";
import { csrfField, page } from "./layout.js";

// The owner's settings form, the webhook secret (shown on request, rotatable) and the embed
// snippet. On a validation error the form comes back with what was typed and the message
// next to the field it concerns.

export interface SettingsPageInput {
  staff: StaffMember;
  csrfToken: string;
  clinic: ClinicRow;
  origin: string;
  values?: Record<string, string>;
  error?: { field?: string; message: string };
  notice?: string;
}

function valuesFrom(clinic: ClinicRow): Record<string, string> {
  let origins: string[] = [];
  try {
    origins = JSON.parse(clinic.allowedOrigins) as string[];
  } catch {
    origins = [];
  }
  return {
    name: clinic.name,
    brandColor: clinic.brandColor,
    greeting: clinic.greeting,
    phone: clinic.phone ?? "",
    bookingUrl: clinic.bookingUrl ?? "",
    bookingProvider: clinic.bookingProvider,
    emergencyNumber: clinic.emergencyNumber,
    allowedOrigins: origins.join("\n"),
    retentionDays: String(clinic.retentionDays),
    webhookUrl: clinic.webhookUrl ?? "",
    ...brandingValues(clinic),
    ...alertSettingsValues(clinic),
  };
}

export function embedSnippet(origin: string, slug: string): string {
  return `<script src="${origin}/widget.js" data-clinic="${slug}" async></script>`;
}

export function settingsPage(input: SettingsPageInput): string {
  const values = input.values ?? valuesFrom(input.clinic);
  const error = input.error;
  const field = (name: string, label: string, control: (attributes: Markup) => Markup, hint?: string): Markup => {
    const invalid = error?.field === name;
    const described = [hint ? `${name}-hint` : "", invalid ? `${name}-error` : ""].filter(Boolean).join(" ");
    const attributes = html`id="${name}" name="${name}"${described ? html` aria-describedby="${described}"` : ""}${invalid ? html` aria-invalid="true"` : ""}`;
    return html`<div class="field"><label for="${name}">${label}${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : ""}</label>${control(attributes)}${invalid ? html`<p class="error-text" id="${name}-error">${error?.message}</p>` : ""}</div>`;
  };
  const text =
    (name: string, type = "text") =>
    (attributes: Markup) =>
      html`<input type="${type}" ${attributes} value="${values[name] ?? ""}">`;
  const clinic = input.clinic;
  return page(
    {
      title: "Settings",
      staff: input.staff,
      csrfToken: input.csrfToken,
      current: "/staff/settings",
      ...(input.notice ? { notice: input.notice } : {}),
      ...(error && !error.field ? { alert: error.message } : {}),
    },
    html`<h1>Clinic settings</h1>
${error?.field ? html`<p class="alert" role="alert">The settings were not saved: ${error.message} <a href="#${error.field}">Go to the field</a>.</p>` : ""}
<form method="post" action="/staff/settings" class="card">
  ${csrfField(input.csrfToken)}
  ${field("name", "Clinic name", text("name"))}
  ${field("greeting", "Greeting", (attributes) => html`<textarea ${attributes} rows="3">${values.greeting ?? ""}</textarea>`)}
  ${field("phone", "Clinic phone", text("phone", "text"))}
  ${field("emergencyNumber", "Emergency number", text("emergencyNumber"), "Shown on the emergency card, e.g. 911, 999 or 112.")}
  ${field("allowedOrigins", "Sites allowed to embed the widget", (attributes) => html`<textarea ${attributes} rows="3">${values.allowedOrigins ?? ""}</textarea>`, "One origin per line, like https://www.example-clinic.com")}
  ${field("retentionDays", "Keep conversations for (days)", text("retentionDays", "number"), "Older conversations, with their leads, are deleted automatically.")}
  ${field("webhookUrl", "Webhook URL", text("webhookUrl", "url"), "We POST lead.created, lead.booked, lead.booking_cancelled and triage.emergency events here, signed with the secret below.")}
  ${brandingFieldset({ clinic, values, field, text })}
  ${bookingFieldset({ clinic, origin: input.origin, values, field, text })}
  <fieldset class="group"><legend>Alerts and follow-up</legend>
  ${field("alertEmails", "Alert emails", (attributes) => html`<textarea ${attributes} rows="3">${values.alertEmails ?? ""}</textarea>`, "One address per line. Each gets an email for every new lead, call-back request and emergency.")}
  ${field("timeZone", "Time zone", text("timeZone"), "An IANA name like America/New_York or Europe/London. Every time in the dashboard, the CSV and the emails is shown in it.")}
  ${field("followUpDays", "Follow-up after (days)", text("followUpDays", "number"), 'Days after a lead before the visitor is emailed "Did you get seen?" (with their consent). 0 turns it off.')}
  </fieldset>
  <button type="submit">Save settings</button>
</form>
<section class="card" aria-labelledby="secret-heading">
  <h2 id="secret-heading">Webhook secret</h2>
  ${
    clinic.webhookSecret
      ? html`<details><summary>Show the secret</summary><code class="secret">${clinic.webhookSecret}</code></details>
  <p class="small">Receivers check the <code>x-knee-signature</code> header: <code>t=&lt;unix time&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</code>.</p>
  <form method="post" action="/staff/settings/rotate-secret">${csrfField(input.csrfToken)}<button type="submit" class="secondary">Rotate the secret</button></form>`
      : html`<p>A secret is created when you set a webhook URL.</p>`
  }
</section>
<section class="card" aria-labelledby="embed-heading">
  <h2 id="embed-heading">Embed the widget</h2>
  <p>Paste this before <code>&lt;/body&gt;</code> on each page of your site (and list the site above):</p>
  <pre class="snippet" tabindex="0" aria-label="Embed snippet">${embedSnippet(input.origin, clinic.slug)}</pre>
</section>`,
  );
}
