// The seam between the events that cause staff alerts (a lead, a call-back request, an
// emergency) and the mail that delivers them: the writer inserts the alert row in its own
// batch (db/alerts.ts alertStatement), then asks for delivery now rather than on the next
// tick of a slow loop. Delivery failures are retried from the alerts table.

export interface AlertDelivery {
  /** Deliver pending alerts soon; never throws and never delays the caller's response. */
  deliverSoon(): void;
}

/** One email to staff or a visitor. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

/** Sends mail (nodemailer over SMTP_URL on Node; see README for Workers). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
