import { MAX_MESSAGE_CHARS } from "../limits.js";
import { h, icon, icons } from "./dom.js";

// The free-text input, always available, even while a question offers buttons. Enter sends,
// Shift+Enter adds a line. The text only leaves the box once the server has accepted it.
// Past the server's limit the box keeps everything (no maxlength, which would cut a paste
// silently) and says how much to shorten; such a message is not sent.

export class Composer {
  readonly input = h("textarea", {
    id: "composer-input",
    name: "message",
    rows: 1,
    autocomplete: "off",
    placeholder: "Type your answer or question",
    "aria-describedby": "composer-hint",
  });
  readonly hint = h("p", { id: "composer-hint", className: "composer-hint" });
  private readonly sendButton = h(
    "button",
    { type: "submit", className: "send", "aria-label": "Send message" },
    icon(icons.send),
  );
  readonly element: HTMLFormElement;
  private showingLengthHint = false;

  constructor(private readonly onSend: (text: string) => boolean) {
    this.element = h(
      "form",
      { className: "composer", onSubmit: (event: Event) => (event.preventDefault(), this.submit()) },
      h("label", { for: "composer-input", className: "sr-only" }, "Your message"),
      h("div", { className: "composer-row" }, this.input, this.sendButton),
      this.hint,
    );
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener("input", () => {
      this.autosize();
      this.checkLength();
    });
  }

  /** True when the text is within the limit; otherwise shows by how much it is over. */
  private checkLength(): boolean {
    const length = this.input.value.trim().length;
    const over = length - MAX_MESSAGE_CHARS;
    if (over > 0) {
      this.input.setAttribute("aria-invalid", "true");
      this.setHint(
        `Your message is ${length.toLocaleString("en-US")} characters; the limit is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")}. Please shorten it by ${over.toLocaleString("en-US")} characters.`,
      );
      this.showingLengthHint = true;
      return false;
    }
    this.input.removeAttribute("aria-invalid");
    if (this.showingLengthHint) this.setHint("");
    return true;
  }

  private submit(): void {
    const text = this.input.value.trim();
    if (text === "") return;
    if (!this.checkLength()) return;
    // The box is cleared only when the message was taken; a busy chat keeps it.
    if (this.onSend(text)) {
      this.input.value = "";
      this.setHint("");
      this.autosize();
    }
  }

  private autosize(): void {
    this.input.style.height = "auto";
    this.input.style.height = `${Math.min(this.input.scrollHeight, 140)}px`;
  }

  setBusy(busy: boolean): void {
    this.sendButton.setAttribute("aria-disabled", String(busy));
  }

  setHint(text: string): void {
    this.hint.textContent = text;
    this.showingLengthHint = false;
  }

  /** Put text back (a refused message) without overwriting something newer. */
  restore(text: string): void {
    if (this.input.value.trim() === "") this.input.value = text;
    this.autosize();
  }

  focus(): void {
    this.input.focus();
  }
}
