import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { clientKeyOf } from "../lib/client-address.js";
import { AppError } from "../lib/errors.js";
import { constantTimeEqual, randomToken } from "../lib/tokens.js";
import { findClinicRow, rotateWebhookSecret, saveSettings } from "../staff/clinic-settings.js";
import { stampReviewed, teamOf } from "../staff/staff-records.js";
import { changeLead } from "../staff/lead-updates.js";
import { logIn } from "../staff/login.js";
import { noticeFor } from "../staff/pages/layout.js";
import { loginPage } from "../staff/pages/login-page.js";
import { settingsPage } from "../staff/pages/settings-page.js";
import { teamPage } from "../staff/pages/team-page.js";
import { safeStaffPath } from "../staff/period.js";
import { SESSION_COOKIE, resolveSession } from "../staff/sessions.js";
import {
  assertSameOrigin,
  nowOf,
  readForm,
  requireOwner,
  setSessionCookie,
  signOut,
  type StaffEnv,
} from "../staff/staff-auth.js";
import { addTeamMember, disableTeamMember } from "../staff/team.js";

// HTML form posts (forms cannot PATCH). Each answers with a 303 redirect to a page that shows
// a fixed notice, so a reload never re-submits. CSRF is checked by the page routes' guard.

/** Login CSRF: a double-submit cookie, since there is no session to hold a token yet. */
const LOGIN_CSRF_COOKIE = "knee_login_csrf";

function withNotice(path: string, key: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}notice=${key}`;
}

function showLogin(
  c: Context,
  input: { next?: string; email?: string; error?: string; notice?: string },
  status: 200 | 401 | 403 | 429 | 400 = 200,
) {
  const loginCsrf = randomToken();
  setCookie(c, LOGIN_CSRF_COOKIE, loginCsrf, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/staff/login",
    secure: new URL(c.req.url).protocol === "https:",
  });
  return c.html(loginPage({ loginCsrf, ...input }), status);
}

export const staffLoginRoutes = new Hono<StaffEnv>()
  .get("/staff/login", async (c) => {
    const deps = c.get("deps");
    const next = safeStaffPath(c.req.query("next"));
    if (await resolveSession(deps.db, getCookie(c, SESSION_COOKIE), nowOf(deps), deps.config.SESSION_SECRET))
      return c.redirect(next, 303);
    const notice = c.req.query("notice") === "signed-out" ? noticeFor("signed-out") : undefined;
    return showLogin(c, { next, ...(notice ? { notice } : {}) });
  })
  .post("/staff/login", async (c) => {
    assertSameOrigin(c);
    const fields = await readForm(c);
    const next = safeStaffPath(fields.next);
    const cookie = getCookie(c, LOGIN_CSRF_COOKIE);
    if (!cookie || !fields._csrf || !constantTimeEqual(cookie, fields._csrf)) {
      return showLogin(c, { next, error: "The sign-in form expired. Please try again." }, 403);
    }
    try {
      const { session } = await logIn(c.get("deps"), {
        email: fields.email ?? "",
        password: fields.password ?? "",
        address: clientKeyOf(c),
      });
      deleteCookie(c, LOGIN_CSRF_COOKIE, { path: "/staff/login" });
      setSessionCookie(c, session.token);
      return c.redirect(next, 303);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const retryAfter = error.details?.retryAfterSeconds;
      if (retryAfter !== undefined) c.header("Retry-After", String(retryAfter));
      const status = error.status === 429 ? 429 : error.status === 403 ? 403 : error.status === 400 ? 400 : 401;
      return showLogin(c, { next, email: fields.email ?? "", error: error.message }, status);
    }
  });

export const staffFormRoutes = new Hono<StaffEnv>()
  .post("/staff/logout", async (c) => {
    await signOut(c);
    return c.redirect("/staff/login?notice=signed-out", 303);
  })
  .post("/staff/leads/:id", async (c) => {
    const fields = await readForm(c);
    await changeLead(c.get("deps"), c.get("staff"), c.req.param("id"), {
      status: fields.status || undefined,
      notes: fields.notes ?? undefined,
    });
    return c.redirect(withNotice(safeStaffPath(fields.returnTo, "/staff/leads"), "lead-saved"), 303);
  })
  .post("/staff/conversations/:id/review", async (c) => {
    const id = c.req.param("id");
    await stampReviewed(c.get("deps"), c.get("staff"), id);
    const fields = await readForm(c);
    return c.redirect(
      withNotice(safeStaffPath(fields.returnTo, `/staff/conversations/${encodeURIComponent(id)}`), "reviewed"),
      303,
    );
  })
  .post("/staff/settings", requireOwner, async (c) => {
    const deps = c.get("deps");
    const { _csrf, ...fields } = await readForm(c);
    try {
      await saveSettings(deps, c.get("staff"), fields);
      return c.redirect("/staff/settings?notice=settings-saved", 303);
    } catch (error) {
      if (!(error instanceof AppError) || error.status !== 400) throw error;
      const clinic = await findClinicRow(deps.db, c.get("staff").clinicId);
      if (!clinic) throw error;
      const origin = deps.config.publicOrigin;
      // "allowedOrigins.2" → the allowedOrigins box: the form has one control per setting.
      const field = error.details?.field?.split(".")[0];
      const problem = { message: error.message, ...(field ? { field } : {}) };
      return c.html(
        settingsPage({
          staff: c.get("staff"),
          csrfToken: c.get("session").csrfToken,
          clinic,
          origin,
          values: fields,
          error: problem,
        }),
        400,
      );
    }
  })
  .post("/staff/settings/rotate-secret", requireOwner, async (c) => {
    await rotateWebhookSecret(c.get("deps"), c.get("staff"));
    return c.redirect("/staff/settings?notice=secret-rotated", 303);
  })
  .post("/staff/team", requireOwner, async (c) => {
    const deps = c.get("deps");
    const fields = await readForm(c);
    try {
      await addTeamMember(deps, c.get("staff"), fields);
      return c.redirect("/staff/team?notice=staff-created", 303);
    } catch (error) {
      if (!(error instanceof AppError) || (error.status !== 400 && error.status !== 409)) throw error;
      const members = await teamOf(deps, c.get("staff"));
      return c.html(
        teamPage({
          staff: c.get("staff"),
          csrfToken: c.get("session").csrfToken,
          members,
          error: error.message,
          email: fields.email ?? "",
        }),
        error.status,
      );
    }
  })
  .post("/staff/team/:id/disable", requireOwner, async (c) => {
    await disableTeamMember(c.get("deps"), c.get("staff"), c.req.param("id"));
    return c.redirect("/staff/team?notice=staff-disabled", 303);
  });
