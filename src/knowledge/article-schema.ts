import { z } from "zod";

// What an article's front matter must contain, with messages written for the person fixing
// the markdown file (the loader prefixes the file name).

/** The triage levels an article's section may answer for, least urgent first. */
export const careLevels = ["routine", "urgent", "emergency"] as const;
export type CareLevel = (typeof careLevels)[number];

export const anchorPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string({ error: "must be text" }).trim().min(1, "must not be empty");

const isoDate = z
  .string({ error: "must be a date like 2026-01-31" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-01-31")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "is not a real calendar date",
  );

const sourceSchema = z.strictObject(
  {
    title: text,
    publisher: text,
    seed: text,
    date: isoDate.optional(),
  },
  { error: "must be a block of title, publisher and seed" },
);

export const frontMatterSchema = z.strictObject({
  id: z.string({ error: "must be text" }).regex(anchorPattern, "must be lower-case words joined by hyphens"),
  title: text,
  summary: text,
  topics: z.array(text, { error: "must be a list like [running, kneecap]" }).min(1, "must list at least one topic"),
  sources: z.array(sourceSchema, { error: "must be a list of sources" }).min(1, "must list at least one source"),
  reviewed: isoDate,
  /**
   * Per section anchor, the questions that section answers, written in visitors' everyday words
   * (never shown; searched as a field of its own, so "booked a trek" can find "keep hiking").
   */
  asks: z
    .record(
      z.string().regex(anchorPattern, "keys must be section anchors"),
      z.array(text, { error: "must be a list like [question, question]" }),
    )
    .optional(),
  /**
   * The anchors of the sections that list warning signs (when to get care): a visitor's story
   * that names those signs is answered from them first, whatever its question asks.
   */
  "warning-signs": z
    .array(z.string().regex(anchorPattern, "must list section anchors"), {
      error: "must be a list of section anchors like [when-to-get-checked]",
    })
    .optional(),
  /**
   * The section that tells a visitor what to do at each care level the triage engine may read from
   * their words (emergency: go now; urgent: be seen today; routine: book an assessment). A message
   * the engine reads at that level is answered from it first (answer-search.ts says when).
   */
  "care-levels": z
    .strictObject(
      Object.fromEntries(
        careLevels.map((level) => [level, z.string().regex(anchorPattern, "must be a section anchor").optional()]),
      ) as Record<CareLevel, z.ZodOptional<z.ZodString>>,
      { error: "must be a block like { emergency: get-help-now, urgent: get-seen-soon }" },
    )
    .optional(),
});

export type ArticleFrontMatter = z.infer<typeof frontMatterSchema>;

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function formatPath(path: readonly PropertyKey[], singleSource: boolean): string {
  let result = "";
  for (const [index, key] of path.entries()) {
    if (typeof key === "number") result += singleSource && index === 1 ? "" : `[${key}]`;
    else result += result === "" ? String(key) : `.${String(key)}`;
  }
  return singleSource ? result.replace(/^sources/, "source") : result;
}

/** Validate front matter; returns the data or a one-line description of the first problem. */
export function checkFrontMatter(
  raw: Record<string, unknown>,
  singleSource: boolean,
): { ok: true; value: ArticleFrontMatter } | { ok: false; problem: string } {
  const result = frontMatterSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, problem: "front matter is invalid" };
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length > 0 ? ` in "${formatPath(issue.path, singleSource)}"` : "";
    return { ok: false, problem: `front matter has an unknown key "${issue.keys[0] ?? ""}"${where}` };
  }
  const field = formatPath(issue.path, singleSource);
  if (valueAt(raw, issue.path) === undefined) return { ok: false, problem: `front matter "${field}" is missing` };
  return { ok: false, problem: `front matter "${field}" ${issue.message}` };
}
