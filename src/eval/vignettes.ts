import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { actions, intakeSchema, levels } from "../triage/index.js";

// The clinical vignettes of tests/eval/vignettes.json: an intake, how it opens in the
// visitor's words, and the disposition a clinician expects.

export const defaultVignettesPath = fileURLToPath(new URL("../../tests/eval/vignettes.json", import.meta.url));

export const vignetteSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  opening: z.string(),
  intake: intakeSchema,
  expected: z.object({
    level: z.enum(levels),
    action: z.enum(actions),
    rules: z.array(z.string().min(1)),
    complete: z.boolean().optional(),
  }),
  why: z.string(),
  /** The visitor's own words when asked a field alone (real-language conversations). */
  say: z.record(z.string(), z.string()).optional(),
  /** The traps of spec §7 the opening sets on purpose. */
  traps: z.array(z.string()).optional(),
});

export type Vignette = z.infer<typeof vignetteSchema>;

export class VignetteFileError extends Error {}

/** Validate parsed JSON as a list of vignettes, naming the vignette and field at fault. */
export function parseVignettes(data: unknown, source = "vignettes"): Vignette[] {
  if (!Array.isArray(data)) throw new VignetteFileError(`${source}: expected a JSON array of vignettes.`);
  const vignettes: Vignette[] = [];
  const seen = new Set<string>();
  data.forEach((item: unknown, index) => {
    const result = vignetteSchema.safeParse(item);
    const label = typeof (item as { id?: unknown } | null)?.id === "string" ? (item as { id: string }).id : `#${index}`;
    if (!result.success) {
      const problems = result.error.issues.map((issue) => {
        const where = issue.path.join(".") || "(vignette)";
        return issue.code === "unrecognized_keys"
          ? `${where}: unknown field(s) ${issue.keys.join(", ")}`
          : `${where}: ${issue.message}`;
      });
      throw new VignetteFileError(`${source}: vignette ${label} is invalid: ${problems.join("; ")}`);
    }
    if (seen.has(result.data.id))
      throw new VignetteFileError(`${source}: vignette id ${result.data.id} is used twice.`);
    seen.add(result.data.id);
    vignettes.push(result.data);
  });
  return vignettes;
}

/** Read and validate a vignettes file. */
export async function loadVignettes(path = defaultVignettesPath): Promise<Vignette[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new VignetteFileError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new VignetteFileError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseVignettes(data, path);
}
