import { z } from "zod";

// Config is parsed once here and injected; nothing else reads process.env (design.md §2).

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATABASE_PATH: z.string().min(1).default("./data/knee-triage.db"),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
  OPENAI_MODEL: optionalText,
  /** Milliseconds before a model turn gives up and the guided brain answers instead. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(20_000),
  SESSION_SECRET: optionalText,
  /**
   * The origin of every absolute link the server writes (webhooks, emails, the embed snippet,
   * citations). Never the request's Host header, which a client controls (interfaces.md).
   */
  PUBLIC_URL: optionalText.pipe(z.url().optional()),
  /**
   * Staff alerts and visitor follow-ups go out through this SMTP server (smtp://user:pass@host:587,
   * smtps://…:465). Unset: nothing is mailed; the dashboard still lists every alert.
   */
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .refine((text) => {
        try {
          return /^smtps?:$/.test(new URL(text).protocol);
        } catch {
          return false;
        }
      }, "use smtp://user:password@host:587 or smtps://user:password@host:465")
      .optional(),
  ),
  /** The sender of every email, "Name <address>" or an address; default alerts@ the PUBLIC_URL host. */
  MAIL_FROM: optionalText.pipe(
    z
      .string()
      .max(200)
      .regex(
        /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
        'use an address like alerts@example-clinic.com or "Clinic <alerts@example-clinic.com>"',
      )
      .optional(),
  ),
  /**
   * Mail through an HTTP mail API instead of SMTP (Workers have no SMTP): the API key, and the
   * endpoint taking Resend's JSON shape (default https://api.resend.com/emails).
   */
  MAIL_API_KEY: optionalText,
  MAIL_API_URL: optionalText.pipe(z.url().optional()),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Chat turns per visitor IP per minute; 0 switches the limit off (benchmarks). */
  CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /**
   * Who reports the visitor's address (interfaces.md): unset = the socket; "cloudflare" =
   * cf-connecting-ip; N = the Nth x-forwarded-for entry from the right (N proxies of ours).
   */
  TRUSTED_PROXY: optionalText.pipe(
    z
      .union(
        [
          z
            .string()
            .regex(/^cloudflare$/i)
            .transform(() => "cloudflare" as const),
          z
            .string()
            .regex(/^[1-9][0-9]?$/)
            .transform(Number),
        ],
        {
          error: 'use "cloudflare" or the number of proxies in front of the server (1 to 99)',
        },
      )
      .optional(),
  ),
});

export type Config = z.infer<typeof configSchema> & {
  /** PUBLIC_URL's origin (no trailing slash), default `http://localhost:${PORT}`: the one source of absolute links. */
  publicOrigin: string;
  /** MAIL_FROM, or alerts@ the public host: the one sender of every email. */
  mailFrom: string;
};

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const publicOrigin = new URL(result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`).origin;
  const mailFrom = result.data.MAIL_FROM ?? `Knee triage <alerts@${new URL(publicOrigin).hostname}>`;
  return { ...result.data, publicOrigin, mailFrom };
}

/** True when a model is configured; otherwise the guided brain answers (interfaces.md). */
export function llmConfigured(config: Config): boolean {
  return config.OPENAI_API_KEY !== undefined || config.OPENAI_BASE_URL !== undefined;
}
