import { readFileSync } from "node:fs";
import type { ClinicSettings } from "../../../db/clinics.js";

// The model's instructions live in prompts/system.md (design.md convention 6); this one typed
// function fills them with the clinic's settings. Branches (phone, booking link) are decided
// here in code, so the markdown stays plain and every branch is testable.

export type SystemPromptSettings = Pick<ClinicSettings, "name" | "phone" | "bookingUrl" | "emergencyNumber">;

let cachedTemplate: string | undefined;

/**
 * Read lazily, so apps without a model never touch the file. (The Worker injects the bundled
 * text through AppDeps.systemPromptTemplate instead; this is the Node path.)
 */
export function systemPromptTemplate(): string {
  cachedTemplate ??= readFileSync(new URL("../../../../prompts/system.md", import.meta.url), "utf8");
  return cachedTemplate;
}

/** Clinic settings are admin-entered text: one line, bounded, so they cannot reshape the prompt. */
function oneLine(value: string, maxLength = 120): string {
  return value
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\{\{|\}\}/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength);
}

function contactLine(settings: SystemPromptSettings): string {
  const name = oneLine(settings.name);
  return settings.phone
    ? `Visitors can call ${name} on ${oneLine(settings.phone, 40)}.`
    : `${name} has no phone line listed here: to be contacted, visitors can book the free discovery call.`;
}

function bookingLine(settings: SystemPromptSettings): string {
  return settings.bookingUrl
    ? `Assessments can be booked online at ${oneLine(settings.bookingUrl, 300)}; the server shows that link with the recommendation.`
    : "There is no online booking link: for an assessment, offer the free discovery call and the clinic will get in touch.";
}

export function buildSystemPrompt(settings: SystemPromptSettings, template: string = systemPromptTemplate()): string {
  const values: Record<string, string> = {
    clinicName: oneLine(settings.name),
    emergencyNumber: oneLine(settings.emergencyNumber, 20),
    contactLine: contactLine(settings),
    bookingLine: bookingLine(settings),
  };
  const unknown = [...template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)]
    .map((match) => match[1] ?? "")
    .filter((name) => !Object.hasOwn(values, name));
  // A placeholder we cannot fill would reach the model as literal braces: fail loudly instead.
  if (unknown.length > 0) throw new Error(`prompts/system.md: no value for {{${unknown.join("}}, {{")}}}`);
  return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_match, name: string) => values[name] ?? "").trim();
}
