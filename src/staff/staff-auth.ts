import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppDeps, AppEnv } from "../app-deps.js";
import { recordAudit } from "../db/audit.js";
import type { SessionRecord, StaffMember } from "../db/staff.js";
import { AppError } from "../lib/errors.js";
import { constantTimeEqual } from "../lib/tokens.js";
import { SESSION_COOKIE, endSession, resolveSession } from "./sessions.js";

// Staff authentication for the JSON API and the HTML pages.
// Cookie: HttpOnly (scripts cannot read it), SameSite=Lax, Secure on https. Lax rather than
// Strict so a link to a conversation in an email or webhook notification opens the dashboard
// signed in; Lax still withholds the cookie from cross-site POST/PATCH, every GET is read-only,
// and every state-changing request also needs the session's CSRF token (defence in depth).

export interface StaffEnv {
  Variables: AppEnv["Variables"] & { staff: StaffMember; session: SessionRecord };
}

export const CSRF_HEADER = "x-csrf-token";
export const CSRF_FIELD = "_csrf";

export function nowOf(deps: AppDeps): number {
  return deps.now?.() ?? Date.now();
}

function isHttps(c: Context): boolean {
  const config = (c.get("deps") as AppDeps).config;
  return (
    new URL(c.req.url).protocol === "https:" ||
    c.req.header("x-forwarded-proto") === "https" ||
    (config.PUBLIC_URL?.startsWith("https:") ?? false)
  );
}

export function setSessionCookie(c: Context, token: string): void {
  // No Max-Age: the cookie ends with the browser (shared reception PCs); the server enforces expiry.
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Lax", secure: isHttps(c), path: "/" });
}

function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
}

/** Sign the staff member out, from the API or a page: end the session, drop the cookie, audit. */
export async function signOut(c: Context<StaffEnv>): Promise<void> {
  const deps = c.get("deps");
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await endSession(deps.db, token, deps.config.SESSION_SECRET);
  clearSessionCookie(c);
  const staff = c.get("staff");
  await recordAudit(deps.db, { clinicId: staff.clinicId, staffId: staff.id, action: "logout", now: nowOf(deps) });
}

/**
 * Refuse requests a browser marks as coming from another site, whatever their token. Hosts are
 * compared, not schemes: behind a TLS-terminating proxy the app sees http while the browser
 * sends an https Origin for the same host. "null" is let through because our pages send
 * Referrer-Policy: no-referrer, under which browsers send Origin: null on their own form posts;
 * Sec-Fetch-Site, SameSite=Lax and the CSRF token still stop a cross-site post.
 */
export function assertSameOrigin(c: Context): void {
  const origin = c.req.header("origin");
  const config = (c.get("deps") as AppDeps).config;
  const allowedHosts = [new URL(c.req.url).host, ...(config.PUBLIC_URL ? [new URL(config.PUBLIC_URL).host] : [])];
  if (origin && origin !== "null" && !allowedHosts.includes(hostOf(origin)))
    throw new AppError("forbidden", "Cross-site requests are not allowed here.");
  if (c.req.header("sec-fetch-site") === "cross-site")
    throw new AppError("forbidden", "Cross-site requests are not allowed here.");
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return "";
  }
}

/**
 * A dashboard form's text fields (files are ignored). A body that cannot be parsed, such as
 * multipart without its closing boundary, is the sender's mistake: 400, not a 500.
 */
export async function readForm(c: Context): Promise<Record<string, string>> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    throw new AppError("bad_request", "The form could not be read. Reload the page and try again.");
  }
  return Object.fromEntries(
    Object.entries(body).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])),
  );
}

export async function formField(c: Context, name: string): Promise<string | undefined> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) return undefined;
  return (await readForm(c))[name];
}

/** Loads the session; the API answers 401, pages redirect to the sign-in form. */
export function requireStaff(mode: "api" | "page"): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const deps = c.get("deps");
    const session = await resolveSession(
      deps.db,
      getCookie(c, SESSION_COOKIE),
      nowOf(deps),
      deps.config.SESSION_SECRET,
    );
    if (!session) {
      if (getCookie(c, SESSION_COOKIE)) clearSessionCookie(c);
      if (mode === "api")
        throw new AppError("unauthorized", "Sign in first: no valid staff session (it may have expired).");
      const url = new URL(c.req.url);
      const next = c.req.method === "GET" ? `?next=${encodeURIComponent(url.pathname + url.search)}` : "";
      return c.redirect(`/staff/login${next}`, 303);
    }
    c.set("session", session);
    c.set("staff", session.staff);
    await next();
  };
}

/** Every method that can change something needs the session's CSRF token. */
export const requireCsrf: MiddlewareHandler<StaffEnv> = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
  assertSameOrigin(c);
  const given = c.req.header(CSRF_HEADER) ?? (await formField(c, CSRF_FIELD));
  if (!given || !constantTimeEqual(given, c.get("session").csrfToken)) {
    throw new AppError(
      "forbidden",
      `Missing or wrong CSRF token (send header ${CSRF_HEADER} or form field ${CSRF_FIELD}).`,
    );
  }
  await next();
};

export const requireOwner: MiddlewareHandler<StaffEnv> = async (c, next) => {
  if (c.get("staff").role !== "owner") throw new AppError("forbidden", "Only the clinic's owner can do this.");
  await next();
};
