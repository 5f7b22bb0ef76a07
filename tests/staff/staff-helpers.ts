import { afterEach } from "vitest";
import { insertClinic, type ClinicSettings } from "../../src/db/clinics.js";
import { insertStaff, type StaffRole } from "../../src/db/staff.js";
import { hashPassword } from "../../src/staff/password.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { createTestApp, postJson } from "../helpers/test-app.js";

// Two clinics with an owner each, and helpers that act as a signed-in staff member.

export const PASSWORD = "correct horse battery";

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export interface StaffSession {
  cookie: string;
  csrfToken: string;
}

export async function addStaff(
  test: TestApp,
  clinic: ClinicSettings,
  email: string,
  role: StaffRole = "owner",
  password = PASSWORD,
): Promise<string> {
  return insertStaff(test.db, {
    clinicId: clinic.id,
    email,
    passwordHash: await hashPassword(password),
    role,
    now: Date.now(),
  });
}

/** The demo clinic and a second clinic, each with an owner; a mutable clock in deps.now. */
export async function createTwoClinics(options: Parameters<typeof createTestApp>[0] = {}) {
  const test = await createTestApp(options);
  const other = await insertClinic(test.db, { slug: "harbour", name: "Harbour PT", emergencyNumber: "000" });
  await addStaff(test, test.demo, "owner@demo.test");
  await addStaff(test, other, "owner@harbour.test");
  return { ...test, other };
}

export function sessionCookieFrom(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith("knee_staff="));
  if (!cookie) throw new Error(`no session cookie in ${response.status} response`);
  return cookie.split(";")[0] ?? "";
}

export async function signIn(test: TestApp, email: string, password = PASSWORD): Promise<StaffSession> {
  const response = await postJson(test.app, "/api/staff/login", { email, password });
  if (response.status !== 200) throw new Error(`sign-in failed with ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: sessionCookieFrom(response), csrfToken: body.csrfToken };
}

/** A request as a signed-in staff member; state-changing methods carry the CSRF header. */
export function asStaff(
  test: TestApp,
  session: StaffSession,
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
) {
  const headers: Record<string, string> = { cookie: session.cookie, ...extraHeaders };
  if (method !== "GET") headers["x-csrf-token"] ??= session.csrfToken;
  if (body !== undefined) headers["content-type"] = "application/json";
  return test.app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}

/** A form post from a dashboard page. */
export function postForm(
  test: TestApp,
  session: StaffSession | undefined,
  path: string,
  fields: Record<string, string>,
) {
  return test.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(session ? { cookie: session.cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A real guided conversation in a clinic, then the visitor's lead through POST /api/leads. */
export async function conversationWithLead(
  test: TestApp,
  options: { clinic?: string; opening?: string; lead?: Record<string, unknown> } = {},
) {
  const client = new TestChatClient(test.app, undefined, options.clinic);
  await client.send();
  await client.send(options.opening ?? "My left knee aches after running for 3 weeks, I'm 34");
  const response = await postJson(
    test.app,
    "/api/leads",
    {
      conversationId: client.id,
      name: "Dana Visitor",
      email: "dana@example.com",
      phone: "+1 555 010 0101",
      preferredTime: "weekday mornings",
      consent: true,
      ...options.lead,
    },
    { "x-visitor-token": client.token ?? "" },
  );
  if (response.status !== 201) throw new Error(`lead failed with ${response.status}: ${await response.text()}`);
  const lead = (await response.json()) as { id: string; status: string };
  return { client, conversationId: client.id, leadId: lead.id };
}

/**
 * Two clinics on a clock the test moves by hand (`clock.now += …`), closed after each test.
 * Call `useClockedClinics()` once per file; each test then calls the returned `setup()`.
 */
export function useClockedClinics() {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());
  return async function setup() {
    const clock = { now: Date.UTC(2026, 2, 2, 9, 0, 0) };
    const test = await createTwoClinics({ now: () => clock.now });
    cleanup = test.close;
    return { test, clock };
  };
}
