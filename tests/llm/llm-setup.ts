import type { LanguageModel } from "ai";
import { afterEach, vi } from "vitest";
import type { Intake } from "../../src/triage/index.js";
import type {
  KneeDataParts,
  KneeUIMessage,
  RecordIntakeInput,
  RecordIntakeOutput,
} from "../../src/chat/protocol/ui-message.js";
import { TestChatClient } from "../helpers/chat-client.js";
import { createTestApp } from "../helpers/test-app.js";

// Each test builds its own app over its own database, with the model it injects.

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/**
 * Model failures are expected in these tests: keep the fallback's log line out of the output,
 * and hand back the spy so a test can check why the turn fell back.
 */
export function quietFallbackLog() {
  const spy = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  cleanups.push(() => spy.mockRestore());
  return spy;
}

export async function llmApp(languageModel: LanguageModel, env: Record<string, string> = {}) {
  const test = await createTestApp({ languageModel, env });
  cleanups.push(test.close);
  return test;
}

/** An app whose chat uses `languageModel`, with the chat already opened (greeting shown). */
export async function openLlmChat(languageModel: LanguageModel, env: Record<string, string> = {}) {
  const test = await llmApp(languageModel, env);
  const client = new TestChatClient(test.app);
  await client.send();
  return { ...test, client };
}

/** A 55-year-old's twist yesterday: complete, and Ottawa (age ≥ 55) makes it urgent today. */
export const urgentOttawaIntake: Intake = {
  age: 55,
  side: "left",
  injury: "yes",
  mechanism: "twist",
  daysSinceOnset: 1,
  walkFourStepsImmediately: "yes",
  walkFourStepsNow: "yes",
  flexTo90: "yes",
  tenderPatellaOnly: "no",
  tenderFibularHead: "no",
  straightLegRaise: "yes",
  deformity: "no",
  patellaDislocation: "none",
  openWound: "no",
  footColdPale: "no",
  numbnessTingling: "no",
  footWeakness: "no",
  severePainOutOfProportion: "no",
  swelling: "mild",
  rapidSwelling: "no",
  anticoagulants: "no",
  hotRed: "no",
  feverOrUnwell: "no",
  calfPainSwelling: "no",
  locked: "no",
  catching: "no",
  givingWay: "none",
  backPainRadiating: "no",
  recentSurgeryOrInjection: "no",
  nightPain: "no",
  painScore: 5,
  trend: "same",
  limitsActivity: "no",
};

export function partsOfType<TYPE extends "text" | "source-url" | "data-triage">(message: KneeUIMessage, type: TYPE) {
  return message.parts.filter(
    (part): part is Extract<KneeUIMessage["parts"][number], { type: TYPE }> => part.type === type,
  );
}

/** The record_intake tool parts: what was sent and what the session answered. */
export function recordParts(message: KneeUIMessage): Array<{ input: RecordIntakeInput; output: RecordIntakeOutput }> {
  return message.parts.flatMap((part) =>
    part.type === "tool-record_intake" && "output" in part
      ? [{ input: part.input as RecordIntakeInput, output: part.output as RecordIntakeOutput }]
      : [],
  );
}

export function dataOf<NAME extends keyof KneeDataParts>(
  message: KneeUIMessage,
  name: NAME,
): KneeDataParts[NAME] | undefined {
  const parts = message.parts.filter((part) => part.type === `data-${name}`);
  const last = parts[parts.length - 1] as { data: KneeDataParts[NAME] } | undefined;
  return last?.data;
}

/** The reply as a compact transcript: one line per part, in order. */
export function transcript(message: KneeUIMessage): string[] {
  return message.parts.map((part) => {
    if (part.type === "text") return `text: ${part.text.replace(/\n+/g, " / ").slice(0, 140)}`;
    if (part.type === "tool-record_intake")
      return `tool-record_intake: ${JSON.stringify(part.input).slice(0, 100)} -> ${JSON.stringify(part.output)}`;
    if (part.type === "source-url") return `source-url: ${part.url}`;
    if (part.type === "data-triage")
      return `data-triage: ${part.data.level} / ${part.data.action} (complete: ${String(part.data.complete)})`;
    if (part.type === "data-question") return `data-question: ${part.data.prompt} [${part.data.fields.join(", ")}]`;
    if (part.type === "data-cta") return `data-cta: ${part.data.actions.map((action) => action.kind).join(", ")}`;
    if (part.type === "data-emergency") return `data-emergency: ${part.data.headline}`;
    if (part.type === "data-notice") return `data-notice: ${part.data.kind}: ${part.data.text}`;
    return part.type;
  });
}
