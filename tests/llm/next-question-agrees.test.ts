import type { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import type { QuestionData } from "../../src/chat/protocol/ui-message.js";
import { questionOf } from "../helpers/chat-client.js";
import { openLlmChat } from "./llm-setup.js";
import { callTool, say, scriptedModel, systemText } from "./scripted-model.js";

// Issue 17: the model is told which question to ask next, and the server attaches the question
// the visitor sees (`data-question`). They come from one step, so the model's words never ask
// something other than the buttons below them: a pending confirmation (spec §7.3), a recheck,
// the "their knee" wording, and the count of questions left all agree.

/** What one tool returned to the model, as the model received it on a later call. */
function toolResult(model: MockLanguageModelV3, toolName: string): Record<string, unknown> | undefined {
  for (const call of model.doStreamCalls) {
    for (const message of call.prompt) {
      if (message.role !== "tool") continue;
      for (const part of message.content) {
        if (part.type === "tool-result" && part.toolName === toolName && part.output.type === "json")
          return part.output.value as Record<string, unknown>;
      }
    }
  }
  return undefined;
}

/** The line of the system prompt that names the next question. */
function toldToAsk(question: QuestionData): string {
  return `The next question to ask: "${question.prompt}" (fields: ${question.fields.join(", ")}).`;
}

/** A model that asks for the engine's state (and records a side, if asked to), then says a neutral line, so code asks. */
function askingModel(options: { recordSide?: boolean } = {}) {
  return scriptedModel([
    [callTool("get_triage", {})],
    ...(options.recordSide ? [[callTool("record_intake", { side: "right" })]] : []),
    say("Thanks for telling me."),
  ]);
}

describe("the model is told the same next question the visitor sees", () => {
  it("a branch-closing fact waiting for confirmation: the model is told to ask the confirmation, not the plan's next question", async () => {
    const model = askingModel({ recordSide: true });
    const { client } = await openLlmChat(model);
    const reply = await client.send("I'm 34 and my knee has hurt for 3 weeks when I run, no injury");
    const shown = questionOf(reply);
    expect(shown?.id).toMatch(/^q-confirm-/);
    if (!shown) return;
    expect(systemText(model, 0)).toContain(toldToAsk(shown));
    for (const tool of ["get_triage", "record_intake"]) {
      expect(toolResult(model, tool)).toMatchObject({
        nextQuestion: {
          fields: shown.fields,
          prompt: shown.prompt,
          options: shown.options?.map((option) => option.label),
        },
      });
    }
  });

  it("without a confirmation pending, the model is told the plan's next question, the one the visitor sees", async () => {
    const model = askingModel();
    const { client } = await openLlmChat(model);
    const reply = await client.send("I'm 34 and my knee aches when I run");
    const shown = questionOf(reply);
    expect(shown?.id).not.toMatch(/^q-confirm-/);
    if (!shown) return;
    expect(systemText(model, 0)).toContain(toldToAsk(shown));
    expect(toolResult(model, "get_triage")).toMatchObject({
      nextQuestion: { fields: shown.fields, prompt: shown.prompt },
    });
  });

  it("a visitor asking about their child: the model is told the question worded about their knee, as the visitor sees it", async () => {
    const model = askingModel();
    const { client } = await openLlmChat(model);
    const reply = await client.send("My son is 12, he twisted his left knee at football yesterday");
    const shown = questionOf(reply);
    expect(shown?.prompt).toMatch(/\b(?:they|their|them)\b/i);
    if (!shown) return;
    expect(systemText(model, 0)).toContain(toldToAsk(shown));
    expect(toolResult(model, "get_triage")).toMatchObject({
      nextQuestion: { fields: shown.fields, prompt: shown.prompt },
    });
  });

  it("get_triage counts questions as the visitor's progress does (a checklist is one): this one plus those after it", async () => {
    const model = askingModel();
    const { client } = await openLlmChat(model);
    const reply = await client.send("I'm 34 and my knee aches when I run");
    const remaining = questionOf(reply)?.progress?.remaining;
    expect(remaining).toBeGreaterThan(0);
    expect(toolResult(model, "get_triage")).toMatchObject({ questionsLeft: (remaining ?? 0) + 1 });
  });
});
