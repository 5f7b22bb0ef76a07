import type { QuestionData } from "../protocol.js";
import { h } from "./dom.js";
import { figureField, figureFor } from "./figures.js";

// The controls for the question being asked: quick replies (single), a checklist with "None
// of these" (multi), or a number field (number). The visitor can always type instead. The
// prompt itself is the text bubble above the controls, so it is shown once; the controls are
// labelled with it for screen readers. Self-examination fields get a drawing (per option in
// a checklist), since "where to press" is easier seen than read.

export type Answer = (text: string, answers?: Record<string, unknown>) => void;

const NONE = /^none of these$/i;
const UNSURE = /^i'?m not sure/i;

let questionCounter = 0;

function singleChoice(question: QuestionData, answer: Answer): HTMLElement {
  return h(
    "div",
    { className: "choices", role: "group", "aria-label": question.prompt },
    ...(question.options ?? []).map((option) =>
      h(
        "button",
        { type: "button", className: "choice", onClick: () => answer(option.label, option.answers) },
        option.label,
      ),
    ),
  );
}

function checklist(question: QuestionData, answer: Answer): HTMLElement {
  const prefix = `q${(questionCounter += 1)}`;
  const options = question.options ?? [];
  // The "none" option answers every field ("None of these", or "I can't do any of these" for
  // a list of abilities); the others each tick one answer.
  const none =
    options.find((option) => question.fields.every((field) => field in option.answers)) ??
    options.find((option) => NONE.test(option.label));
  const ticks = options.filter((option) => option !== none && !UNSURE.test(option.label));
  const escapes = options.filter((option) => option === none || UNSURE.test(option.label));
  const error = h("p", { className: "field-error", id: `${prefix}-error`, "aria-live": "assertive" });
  const boxes = ticks.map((_option, index) =>
    h("input", { type: "checkbox", id: `${prefix}-${index}`, name: `${prefix}-option` }),
  );
  const form = h(
    "form",
    {
      className: "checklist",
      onSubmit: (event: Event) => {
        event.preventDefault();
        const chosen = ticks.filter((_option, index) => boxes[index]?.checked);
        if (chosen.length === 0) {
          error.textContent = `Tick at least one, or choose "${none?.label ?? "None of these"}".`;
          boxes[0]?.focus();
          return;
        }
        // Fields not ticked take the "none" answer (interfaces.md); the structured answers win over the text.
        const answers: Record<string, unknown> = {
          ...(none?.answers ?? Object.fromEntries(question.fields.map((field) => [field, "no"]))),
        };
        for (const option of chosen) Object.assign(answers, option.answers);
        answer(chosen.map((option) => option.label).join("\n"), answers);
      },
    },
    h(
      "fieldset",
      { "aria-describedby": error.id },
      h("legend", { className: "sr-only" }, question.prompt),
      ...ticks.map((option, index) =>
        h(
          "div",
          { className: "check" },
          boxes[index],
          h("label", { for: `${prefix}-${index}` }, option.label),
          figureFor(figureField(Object.keys(option.answers)) ?? "", true),
        ),
      ),
    ),
    error,
    h(
      "div",
      { className: "checklist-actions" },
      h("button", { type: "submit", className: "choice choice-primary" }, "Send ticked answers"),
      ...escapes.map((option) =>
        h(
          "button",
          {
            type: "button",
            className: "choice",
            onClick: () => answer(option.label, UNSURE.test(option.label) ? undefined : option.answers),
          },
          option.label,
        ),
      ),
    ),
  );
  return form;
}

function numberField(question: QuestionData, answer: Answer): HTMLElement {
  const id = `q${(questionCounter += 1)}-number`;
  const min = question.min ?? 0;
  const max = question.max ?? 1000;
  const error = h("p", { className: "field-error", id: `${id}-error`, "aria-live": "assertive" });
  const help = question.help ? h("p", { className: "field-help", id: `${id}-help` }, question.help) : null;
  const input = h("input", {
    type: "number",
    id,
    inputmode: "numeric",
    min,
    max,
    step: "any",
    required: true,
    "aria-describedby": [help?.id, error.id].filter(Boolean).join(" "),
  });
  return h(
    "form",
    {
      className: "number-question",
      onSubmit: (event: Event) => {
        event.preventDefault();
        const value = input.valueAsNumber;
        if (!Number.isFinite(value) || value < min || value > max) {
          error.textContent = `Please enter a number from ${min} to ${max}.`;
          input.setAttribute("aria-invalid", "true");
          input.focus();
          return;
        }
        answer(String(value), Object.fromEntries(question.fields.map((field) => [field, value])));
      },
    },
    h("label", { for: id, className: "sr-only" }, question.prompt),
    help,
    h(
      "div",
      { className: "number-row" },
      input,
      h("button", { type: "submit", className: "choice choice-primary" }, "Send"),
    ),
    error,
  );
}

/** "About 4 more questions": the question's optional `progress` (questions left after this one). */
function progressNote(question: QuestionData): HTMLElement | null {
  const remaining = question.progress?.remaining;
  if (typeof remaining !== "number" || !Number.isFinite(remaining) || remaining < 0) return null;
  const text =
    remaining === 0 ? "Last question" : `About ${remaining} more question${remaining === 1 ? "" : "s"} after this one`;
  return h("p", { className: "progress" }, text);
}

/** The visitor may go back and change the previous answer (the server re-asks that question). */
function backButton(question: QuestionData, answer: Answer): HTMLElement | null {
  if (!question.canGoBack) return null;
  return h(
    "button",
    { type: "button", className: "link-button back-link", onClick: () => answer("Change my last answer") },
    "Change my last answer",
  );
}

export function renderQuestion(question: QuestionData, answer: Answer): HTMLElement {
  const body =
    question.kind === "multi"
      ? checklist(question, answer)
      : question.kind === "number"
        ? numberField(question, answer)
        : singleChoice(question, answer);
  const help = question.kind === "single" && question.help ? h("p", { className: "field-help" }, question.help) : null;
  const figure = question.kind === "multi" ? null : figureFor(figureField(question.fields) ?? "");
  return h(
    "div",
    { className: "question", "data-question": question.id },
    figure,
    help,
    body,
    progressNote(question),
    backButton(question, answer),
  );
}
