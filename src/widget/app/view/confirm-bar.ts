import { h } from "./dom.js";

// A yes/no question under the header, for the two things that end a chat (start over,
// delete). Focus goes to the confirming button; Cancel or Escape puts it back where it was.

export interface ConfirmRequest {
  text: string;
  confirm: string;
  danger?: boolean;
  onConfirm(): void;
  /** Where focus returns on Cancel. */
  returnFocus(): HTMLElement | null;
}

export class ConfirmBar {
  readonly element = h("div", { className: "confirm", role: "group", "aria-labelledby": "confirm-text", hidden: true });
  private request: ConfirmRequest | undefined;

  constructor() {
    this.element.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      this.cancel();
    });
  }

  ask(request: ConfirmRequest): void {
    this.request = request;
    const yes = h(
      "button",
      { type: "button", className: request.danger ? "danger" : "primary", onClick: () => this.confirm() },
      request.confirm,
    );
    this.element.replaceChildren(
      h("p", { id: "confirm-text" }, request.text),
      yes,
      h("button", { type: "button", onClick: () => this.cancel() }, "Cancel"),
    );
    this.element.hidden = false;
    yes.focus();
  }

  private confirm(): void {
    const request = this.request;
    this.hide();
    request?.onConfirm();
  }

  private cancel(): void {
    const request = this.request;
    this.hide();
    request?.returnFocus()?.focus();
  }

  hide(): void {
    this.element.hidden = true;
    this.request = undefined;
  }
}
