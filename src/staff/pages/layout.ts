import type { StaffMember } from "../../db/staff.js";
import { html } from "hono/html";
import { type Markup, pageText } from "../../lib/page-markup.js";
import { formatClinicTime } from "../clinic-time.js";
import { levelLabel } from "../intake-labels.js";

// The page frame: skip link, landmarks (header/nav/main), the signed-in member and sign-out.

export interface PageFrame {
  title: string;
  staff?: StaffMember;
  csrfToken?: string;
  current?: string;
  notice?: string;
  alert?: string;
}

const navItems: Array<{ href: string; label: string; ownerOnly?: boolean }> = [
  { href: "/staff", label: "Conversations" },
  { href: "/staff/safety", label: "Safety queue" },
  { href: "/staff/leads", label: "Leads" },
  { href: "/staff/alerts", label: "Alerts" },
  { href: "/staff/funnel", label: "Funnel" },
  { href: "/staff/unanswered", label: "Unanswered questions" },
  { href: "/staff/webhooks", label: "Webhooks" },
  { href: "/staff/settings", label: "Settings", ownerOnly: true },
  { href: "/staff/team", label: "Team", ownerOnly: true },
  { href: "/staff/audit", label: "Audit log", ownerOnly: true },
];

export function csrfField(token: string | undefined): Markup {
  return html`<input type="hidden" name="_csrf" value="${token ?? ""}">`;
}

function header(frame: PageFrame): Markup {
  const staff = frame.staff;
  if (!staff) return html`<header class="top"><span class="brand">Clinic dashboard</span></header>`;
  const items = navItems.filter((item) => !item.ownerOnly || staff.role === "owner");
  return html`<header class="top">
  <span class="brand">${staff.clinicName}</span>
  <nav aria-label="Dashboard"><ul>${items.map(
    (item) =>
      html`<li><a href="${item.href}"${frame.current === item.href ? html` aria-current="page"` : ""}>${item.label}${item.href === "/staff/leads" && staff.newLeads ? html` <span class="count">${staff.newLeads}<span class="visually-hidden"> new</span></span>` : ""}</a></li>`,
  )}</ul></nav>
  <span class="who">${staff.email} (${staff.role})</span>
  <form method="post" action="/staff/logout">${csrfField(frame.csrfToken)}<button type="submit">Sign out</button></form>
</header>`;
}

export function page(frame: PageFrame, body: Markup): string {
  return pageText(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${frame.title} · ${frame.staff?.clinicName ?? "Clinic dashboard"}</title>
<link rel="stylesheet" href="/staff/assets/staff.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
${header(frame)}
<main id="main" tabindex="-1">
${frame.notice ? html`<p class="notice" role="status">${frame.notice}</p>` : ""}
${frame.alert ? html`<p class="alert" role="alert">${frame.alert}</p>` : ""}
${body}
</main>
</body>
</html>`);
}

/** A time for staff to read, in their clinic's time zone (staff/clinic-time.ts). */
export function formatTime(ms: number | null | undefined, timeZone: string): string {
  return formatClinicTime(ms, timeZone);
}

export function levelBadge(level: string | null | undefined): Markup {
  return html`<span class="badge ${level ?? "none"}">${levelLabel(level)}</span>`;
}

export function statusBadge(status: string): Markup {
  return html`<span class="badge ${status}">${status}</span>`;
}

/** A query string from the current filters plus changes; empty values are dropped. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export function pager(
  path: string,
  params: Record<string, string | number | undefined>,
  pageNumber: number,
  pageSize: number,
  total: number,
): Markup {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return html`<nav class="pager" aria-label="Pages">
  ${pageNumber > 1 ? html`<a href="${withQuery(path, { ...params, page: pageNumber - 1 })}" rel="prev">Previous page</a>` : ""}
  <span>Page ${pageNumber} of ${pages} (${total} in all)</span>
  ${pageNumber < pages ? html`<a href="${withQuery(path, { ...params, page: pageNumber + 1 })}" rel="next">Next page</a>` : ""}
</nav>`;
}

/** Fixed notices keyed by a query parameter, so no visitor-controlled text is reflected. */
export const notices: Record<string, string> = {
  "lead-saved": "Lead saved.",
  reviewed: "Marked as reviewed.",
  "settings-saved": "Settings saved.",
  "secret-rotated": "A new webhook secret is in place. Update your receiver.",
  "staff-created": "Staff account created.",
  "staff-disabled": "Staff account disabled.",
  "signed-out": "You are signed out.",
};

/**
 * The notice for a ?notice= key, or undefined. Own keys only: notices["constructor"] would
 * otherwise be the function every object inherits, printed on the page.
 */
export function noticeFor(key: string | undefined): string | undefined {
  return key !== undefined && Object.hasOwn(notices, key) ? notices[key] : undefined;
}
