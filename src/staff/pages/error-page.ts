import type { Context } from "hono";
import { asAppError } from "../../lib/errors.js";
import { html } from "hono/html";
import type { StaffEnv } from "../staff-auth.js";
import { page } from "./layout.js";

// Errors on dashboard pages come back as pages, not JSON, with a way back.

export function renderPageError(error: Error, c: Context<StaffEnv>): Response {
  const known = asAppError(error);
  if (!known) console.error(`[${c.get("requestId")}]`, error);
  const status = known?.status ?? 500;
  const title =
    status === 404
      ? "Not found"
      : status === 403
        ? "Not allowed"
        : status === 429
          ? "Too many attempts"
          : status >= 500
            ? "Something went wrong"
            : "That did not work";
  const message = known?.message ?? "Something went wrong on our side. Please try again.";
  const retryAfter = known?.details?.retryAfterSeconds;
  if (retryAfter !== undefined) c.header("Retry-After", String(retryAfter));
  const staff = c.get("staff") as StaffEnv["Variables"]["staff"] | undefined;
  const session = c.get("session") as StaffEnv["Variables"]["session"] | undefined;
  return c.html(
    page(
      { title, ...(staff ? { staff } : {}), ...(session ? { csrfToken: session.csrfToken } : {}) },
      html`<h1>${title}</h1><p class="alert" role="alert">${message}</p><p class="small muted">Reference ${c.get("requestId")}</p><p><a href="/staff">Back to the dashboard</a></p>`,
    ),
    status,
  );
}
