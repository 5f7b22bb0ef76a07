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
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Chat turns per visitor IP per minute; 0 switches the limit off (benchmarks). */
  CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /**
   * Who reports the visitor's address (interfaces.md): unset = the socket; "cloudflare" =
   * cf-connecting-ip; N = the Nth x-forwarded-for entry from the right (N proxies of ours).
   */
  TRUSTED_PROXY: optionalText.pipe(
    z
      .union([z.string().regex(/^cloudflare$/i).transform(() => "cloudflare" as const), z.string().regex(/^[1-9][0-9]?$/).transform(Number)], {
        error: 'use "cloudflare" or the number of proxies in front of the server (1 to 99)',
      })
      .optional(),
  ),
});

export type Config = z.infer<typeof configSchema> & {
  /** PUBLIC_URL's origin (no trailing slash), default `http://localhost:${PORT}`: the one source of absolute links. */
  publicOrigin: string;
};

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const publicOrigin = new URL(result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`).origin;
  return { ...result.data, publicOrigin };
}

/** True when a model is configured; otherwise the guided brain answers (interfaces.md). */
export function llmConfigured(config: Config): boolean {
  return config.OPENAI_API_KEY !== undefined || config.OPENAI_BASE_URL !== undefined;
}
