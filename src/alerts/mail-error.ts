// Staff see one of a few plain reasons for a failed email, not the SMTP server's own reply:
// raw errors can carry host names, ports and account names. The full error goes to the log.

export function mailErrorText(error: unknown): string {
  const details = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const code = typeof details.code === "string" ? details.code : "";
  const responseCode = typeof details.responseCode === "number" ? details.responseCode : 0;
  if (code === "EAUTH") return "The mail server refused our sign-in. Check SMTP_URL.";
  if (["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "ECONNRESET", "ETLS"].includes(code))
    return "Could not reach the mail server. It will be tried again.";
  if (responseCode >= 500) return "The mail server refused the message.";
  if (responseCode >= 400) return "The mail server was busy and asked us to try later.";
  return "The email could not be sent.";
}
