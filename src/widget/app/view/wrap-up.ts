import { h, icon, icons } from "./dom.js";

// The end of the conversation, under the recommendation: a summary to print or save, the
// choice to keep the chat on this device, and a one-tap "Was this helpful?".

export interface WrapUpHandlers {
  printSummary(): void;
  setKeep(keep: boolean): void;
  feedback(helpful: boolean): Promise<void>;
}

export interface WrapUpState {
  visible: boolean;
  keep: boolean;
  /** Ask "Was this helpful?" (not under an emergency card: calling comes first). */
  askFeedback: boolean;
  feedback: boolean | undefined;
}

export class WrapUp {
  readonly element = h("section", { className: "wrapup", "aria-label": "Before you go", hidden: true });
  private readonly keepBox = h("input", { type: "checkbox", id: "wrapup-keep" });
  private readonly feedbackArea = h("div", { className: "feedback" });
  private shownFeedback: string | undefined;

  constructor(private readonly handlers: WrapUpHandlers) {
    this.keepBox.addEventListener("change", () => handlers.setKeep(this.keepBox.checked));
    this.element.append(
      h(
        "button",
        { type: "button", className: "cta", onClick: () => handlers.printSummary() },
        icon(icons.print),
        "Print or save my summary",
      ),
      h(
        "div",
        { className: "keep" },
        this.keepBox,
        h("label", { for: "wrapup-keep" }, "Keep this chat on this device, to come back to it later"),
      ),
      this.feedbackArea,
    );
  }

  update(state: WrapUpState): void {
    this.element.hidden = !state.visible;
    this.keepBox.checked = state.keep;
    const shown = state.askFeedback ? String(state.feedback) : "none";
    if (shown === this.shownFeedback) return;
    this.shownFeedback = shown;
    if (!state.askFeedback) return this.feedbackArea.replaceChildren();
    if (state.feedback !== undefined) {
      return this.feedbackArea.replaceChildren(
        h("p", { className: "thanks", role: "status" }, icon(icons.check), "Thank you for telling us."),
      );
    }
    const error = h("p", { className: "field-error", role: "alert" });
    const vote = (helpful: boolean) => async () => {
      buttons.forEach((button) => (button.disabled = true));
      error.textContent = "";
      try {
        await this.handlers.feedback(helpful);
      } catch {
        error.textContent = "Sorry, we couldn't send that just now. Please try again.";
        buttons.forEach((button) => (button.disabled = false));
      }
    };
    const buttons = [
      h("button", { type: "button", className: "choice", onClick: vote(true) }, icon(icons.thumbUp), "Yes"),
      h("button", { type: "button", className: "choice", onClick: vote(false) }, icon(icons.thumbDown), "No"),
    ];
    this.feedbackArea.replaceChildren(
      h(
        "div",
        { className: "feedback-row", role: "group", "aria-labelledby": "feedback-question" },
        h("p", { id: "feedback-question" }, "Was this helpful?"),
        ...buttons,
      ),
      error,
    );
  }
}
