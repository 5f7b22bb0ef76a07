import type { AuditView } from "../../db/audit.js";
import type { StaffMember } from "../../db/staff.js";
import { html } from "hono/html";
import { csrfField, formatTime, page } from "./layout.js";

export function teamPage(input: {
  staff: StaffMember;
  csrfToken: string;
  members: StaffMember[];
  error?: string;
  email?: string;
  notice?: string;
}): string {
  return page(
    {
      title: "Team",
      staff: input.staff,
      csrfToken: input.csrfToken,
      current: "/staff/team",
      ...(input.notice ? { notice: input.notice } : {}),
      ...(input.error ? { alert: input.error } : {}),
    },
    html`<h1>Team</h1>
<table class="stack">
  <caption class="visually-hidden">Staff accounts</caption>
  <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">State</th><th scope="col">Action</th></tr></thead>
  <tbody>${input.members.map(
    (member) =>
      html`<tr><td data-label="Email">${member.email}</td><td data-label="Role">${member.role}</td><td data-label="State">${member.disabled ? "disabled" : "active"}</td><td data-label="Action">${
        member.disabled || member.id === input.staff.id
          ? ""
          : html`<form method="post" action="/staff/team/${encodeURIComponent(member.id)}/disable">${csrfField(input.csrfToken)}<button type="submit" class="danger">Disable<span class="visually-hidden"> ${member.email}</span></button></form>`
      }</td></tr>`,
  )}</tbody>
</table>
<form method="post" action="/staff/team" class="card">
  <h2>Add a staff member</h2>
  ${csrfField(input.csrfToken)}
  <div class="field"><label for="new-email">Email</label><input type="email" id="new-email" name="email" required autocomplete="off" value="${input.email ?? ""}"></div>
  <div class="field"><label for="new-password">Temporary password<span class="hint">At least 10 characters; share it privately.</span></label><input type="password" id="new-password" name="password" required autocomplete="new-password"></div>
  <div class="field"><label for="new-role">Role</label><select id="new-role" name="role"><option value="staff">staff</option><option value="owner">owner</option></select></div>
  <button type="submit">Add</button>
</form>`,
  );
}

export function auditPage(input: { staff: StaffMember; csrfToken: string; entries: AuditView[] }): string {
  return page(
    { title: "Audit log", staff: input.staff, csrfToken: input.csrfToken, current: "/staff/audit" },
    html`<h1>Audit log</h1>
<p>The latest ${input.entries.length} staff actions.</p>
<table class="stack">
  <caption class="visually-hidden">Staff actions, newest first</caption>
  <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">Target</th><th scope="col">Detail</th></tr></thead>
  <tbody>${input.entries.map(
    (entry) =>
      html`<tr><td data-label="When">${formatTime(entry.createdAt, input.staff.clinicTimeZone)}</td><td data-label="Who">${entry.staffEmail ?? "system"}</td><td data-label="Action">${entry.action.replace(/_/g, " ")}</td><td data-label="Target" class="small">${entry.target ?? ""}</td><td data-label="Detail" class="small">${entry.detail ? JSON.stringify(entry.detail) : ""}</td></tr>`,
  )}</tbody>
</table>`,
  );
}
