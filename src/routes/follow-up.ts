import { createRoute } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { apiRoutes } from "../openapi/api-routes.js";
import { described, describedSchema } from "../openapi/openapi-parts.js";
import { answerFollowUp, followUpForm, followUpLink } from "../follow-ups/follow-up-answer.js";
import { followUpClosedPage, followUpFormPage, followUpThanksPage } from "../follow-ups/follow-up-page.js";
import { readForm } from "../staff/staff-auth.js";

// GET/POST /follow-up/:token (interfaces.md): the page a visitor reaches from the follow-up
// email. The token is the only key, so the page is never cached, framed or sent as a referrer.
// A used or expired link answers 410 with a page that says so; an unknown one 404.

const closedStatus = { answered: 410, expired: 410, unknown: 404 } as const;

const token = described("token", "path");

const followUpPage = createRoute({
  method: "get",
  path: "/follow-up/{token}",
  summary:
    'The visitor\'s one-use follow-up page from the follow-up email ("Did you get seen? Where?"); 410 when used or expired (30 days), 404 when unknown',
  parameters: [token],
  responses: {
    200: { description: "HTML form" },
    404: { description: "Unknown link (HTML)" },
    410: { description: "Used or expired link (HTML)" },
  },
});

// The form is read and checked by the handler (a refusal is the page again, not JSON), so its
// schema is described, not validated, here.

const answer = createRoute({
  method: "post",
  path: "/follow-up/{token}",
  summary: "Record the follow-up answer once (form fields seen = yes|no|not_yet, place, where)",
  parameters: [token],
  request: {
    body: { content: { "application/x-www-form-urlencoded": { schema: describedSchema(followUpForm) } } },
  },
  responses: {
    200: { description: "Thank-you page" },
    400: { description: "The form again, with the problem" },
    404: { description: "Unknown link" },
    410: { description: "Used or expired link" },
  },
});

export const followUpRoutes = apiRoutes();

followUpRoutes
  .use("/follow-up/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    c.header("X-Robots-Tag", "noindex");
    c.header("X-Content-Type-Options", "nosniff");
    c.header(
      "Content-Security-Policy",
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  })
  .use("/follow-up/*", bodyLimit({ maxSize: 8 * 1024 }));

followUpRoutes
  .openapi(followUpPage, async (c) => {
    const deps = c.get("deps");
    const link = await followUpLink(deps.db, c.req.param("token"), deps.now?.() ?? Date.now());
    if (link.state === "open") return c.html(followUpFormPage({ clinicName: link.clinicName }));
    return c.html(
      followUpClosedPage(link.state, link.state === "unknown" ? undefined : link.clinicName),
      closedStatus[link.state],
    );
  })
  .openapi(answer, async (c) => {
    const deps = c.get("deps");
    const now = deps.now?.() ?? Date.now();
    const token = c.req.param("token");
    const form = await readForm(c);
    const parsed = followUpForm.safeParse(form);
    if (!parsed.success) {
      const link = await followUpLink(deps.db, token, now);
      if (link.state !== "open")
        return c.html(
          followUpClosedPage(link.state, link.state === "unknown" ? undefined : link.clinicName),
          closedStatus[link.state],
        );
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".");
      return c.html(
        followUpFormPage({
          clinicName: link.clinicName,
          values: form,
          error: {
            ...(field ? { field } : {}),
            message: `Please check your answer: ${issue?.message ?? "it could not be read"}.`,
          },
        }),
        400,
      );
    }
    const result = await answerFollowUp(deps.db, token, parsed.data, now);
    if (result.state === "recorded") return c.html(followUpThanksPage(result.clinicName));
    return c.html(
      followUpClosedPage(result.state, result.state === "unknown" ? undefined : result.clinicName),
      closedStatus[result.state],
    );
  });
