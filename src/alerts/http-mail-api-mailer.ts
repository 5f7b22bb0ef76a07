import type { Config } from "../config.js";
import type { Mailer, MailMessage } from "./alert-delivery.js";

// Mail through an HTTP mail API, for Cloudflare Workers (no TCP sockets for SMTP there) and
// any host without an SMTP relay: one JSON POST per message in the shape of Resend's
// documented `POST /emails` ({ from, to, subject, text, html }, `Authorization: Bearer <key>`).
// A refusal is thrown with the API's status, so the alert is retried and staff see why.

export const DEFAULT_MAIL_API_URL = "https://api.resend.com/emails";

export function httpMailApiMailer(
  config: Pick<Config, "MAIL_API_KEY" | "MAIL_API_URL" | "mailFrom">,
  fetchImpl: typeof fetch = fetch,
): Mailer | undefined {
  if (!config.MAIL_API_KEY) return undefined;
  const url = config.MAIL_API_URL ?? DEFAULT_MAIL_API_URL;
  const key = config.MAIL_API_KEY;
  return {
    async send(message: MailMessage): Promise<void> {
      const response = await fetchImpl(url, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({
          from: config.mailFrom,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
        }),
        signal: AbortSignal.timeout(15_000),
      });
      await response.body?.cancel();
      if (!response.ok)
        throw Object.assign(new Error(`The mail API answered ${response.status}.`), { responseCode: response.status });
    },
  };
}
