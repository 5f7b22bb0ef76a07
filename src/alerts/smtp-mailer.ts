import { createTransport } from "nodemailer";
import type { Config } from "../config.js";
import type { Mailer, MailMessage } from "./alert-delivery.js";

// The Node mailer: nodemailer over SMTP_URL. Without SMTP_URL there is no mailer at all, so
// alerts are listed in the dashboard with mail "off" rather than queued for a server that
// does not exist. Timeouts are short: an alert that cannot be sent is retried later anyway.

export function smtpMailer(config: Pick<Config, "SMTP_URL" | "mailFrom">): Mailer | undefined {
  if (!config.SMTP_URL) return undefined;
  const transport = createTransport({
    url: config.SMTP_URL,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message: MailMessage): Promise<void> {
      await transport.sendMail({
        from: config.mailFrom,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
    },
  };
}
