import { afterEach } from "vitest";
import { eq } from "drizzle-orm";
import { deliverDueAlerts } from "../../src/alerts/deliver-alerts.js";
import { serialisedDelivery } from "../../src/alerts/serialised-delivery.js";
import { smtpMailer } from "../../src/alerts/smtp-mailer.js";
import { parseConfig } from "../../src/config.js";
import { clinics } from "../../src/db/schema.js";
import { createTwoClinics } from "../staff/staff-helpers.js";
import { startSmtpServer } from "../helpers/smtp-test-server.js";

// Two clinics on a hand-moved clock, a real SMTP server on loopback, and the app wired the way
// src/server.ts wires it: nodemailer over SMTP_URL and the serialised deliverSoon. No timers run,
// so whatever arrives was sent by deliverSoon or by a job the test ran itself.

export const PUBLIC_URL = "https://triage.stride-pt.example";

export function useAlertApp() {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async function setup(options: { mail?: boolean } = {}) {
    const smtp = await startSmtpServer();
    cleanups.push(smtp.close);
    const clock = { now: Date.UTC(2026, 2, 2, 14, 30, 0) };
    const env = {
      PUBLIC_URL,
      ...(options.mail === false ? {} : { SMTP_URL: smtp.url, MAIL_FROM: "Stride alerts <alerts@stride-pt.example>" }),
    };
    const mailer = smtpMailer(parseConfig({ NODE_ENV: "test", ...env }));
    let run: () => Promise<unknown> = async () => undefined;
    const delivery = serialisedDelivery(() => run());
    const test = await createTwoClinics({
      env,
      now: () => clock.now,
      ...(mailer ? { mailer } : {}),
      alertDelivery: delivery,
    });
    cleanups.push(test.close);
    cleanups.push(() => delivery.idle());
    const runAlertJob = () =>
      deliverDueAlerts({ db: test.db, mailer, publicOrigin: test.deps.config.publicOrigin, now: () => clock.now });
    run = runAlertJob;
    const configure = (clinicId: string, values: Partial<typeof clinics.$inferInsert>) =>
      test.db.update(clinics).set(values).where(eq(clinics.id, clinicId));
    return { test, smtp, clock, delivery, runAlertJob, configure, mailer };
  };
}
