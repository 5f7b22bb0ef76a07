import { html } from "hono/html";
import { type Markup, pageText } from "../lib/page-markup.js";
import { PLACE_OPTIONS, SEEN_OPTIONS } from "./follow-up-answer.js";

// The visitor's follow-up pages: the two questions, the thanks, and the clear pages for a link
// already used, expired or unknown. No script; the dashboard's stylesheet.

function frame(title: string, body: Markup): string {
  return pageText(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/staff/assets/staff.css">
</head>
<body>
<main id="main" class="narrow">
${body}
</main>
</body>
</html>`);
}

export function followUpFormPage(input: {
  clinicName: string;
  error?: { field?: string; message: string };
  values?: Record<string, string>;
}): string {
  const values = input.values ?? {};
  const error = input.error;
  return frame(
    `Did you get seen? · ${input.clinicName}`,
    html`<h1>Did you get seen?</h1>
<p>${input.clinicName} asks how things went after you used its online assistant. Your answer helps the clinic check that its advice sends people to the right care.</p>
${error ? html`<p class="alert" role="alert">${error.message}</p>` : ""}
<form method="post" class="card">
  <fieldset class="group"${error?.field === "seen" ? html` aria-invalid="true"` : ""}><legend>Did you get seen by someone about it?</legend>
  ${SEEN_OPTIONS.map(([value, label]) => html`<label><input type="radio" name="seen" value="${value}"${values.seen === value ? html` checked` : ""} required> ${label}</label><br>`)}
  </fieldset>
  <div class="field"><label for="place">If you were seen: where?</label>
  <select id="place" name="place"><option value="">Choose…</option>${PLACE_OPTIONS.map(([value, label]) => html`<option value="${value}"${values.place === value ? html` selected` : ""}>${label}</option>`)}</select></div>
  <div class="field"><label for="where">Anything to add about where (optional)</label><input type="text" id="where" name="where" maxlength="200" value="${values.where ?? ""}"></div>
  <button type="submit">Send my answer</button>
</form>
<p class="small muted">This link works once and expires 30 days after it was sent.</p>`,
  );
}

export function followUpThanksPage(clinicName: string): string {
  return frame("Thank you", html`<h1>Thank you</h1><p>${clinicName} has your answer. You can close this page.</p>`);
}

export function followUpClosedPage(state: "answered" | "expired" | "unknown", clinicName?: string): string {
  switch (state) {
    case "answered":
      return frame(
        "Already answered",
        html`<h1>This link has already been used</h1><p>${clinicName ?? "The clinic"} has your answer. Thank you. Each link works once.</p>`,
      );
    case "expired":
      return frame(
        "Link expired",
        html`<h1>This link has expired</h1><p>Follow-up links work for 30 days. There is nothing more to do; if you want to talk to ${clinicName ?? "the clinic"}, contact them directly.</p>`,
      );
    case "unknown":
      return frame(
        "Link not found",
        html`<h1>This link is not valid</h1><p>Check that the whole address from the email was copied. Each link works once.</p>`,
      );
  }
}
