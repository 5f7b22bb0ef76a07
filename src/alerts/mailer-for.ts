import type { Config } from "../config.js";
import type { Mailer } from "./alert-delivery.js";
import { httpMailApiMailer } from "./http-mail-api-mailer.js";
import { smtpMailer } from "./smtp-mailer.js";

/** The Node server's mailer: SMTP_URL when set, else an HTTP mail API (MAIL_API_KEY); none means mail is off. */
export function mailerFor(config: Config): Mailer | undefined {
  return smtpMailer(config) ?? httpMailApiMailer(config);
}
