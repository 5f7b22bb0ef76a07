import type { ChatState } from "../chat-state.js";
import type { FrameConfig } from "../../shared/frame-config.js";
import type { CallToAction } from "../protocol.js";
import { Composer } from "./composer.js";
import { h, icon, icons } from "./dom.js";
import { MessageList } from "./message-list.js";
import type { Answer } from "./render-question.js";

// The frame's layout: header with start over / delete / close, the log, the retry banner,
// the composer and the always-visible disclaimer with the emergency line.

export interface ViewHandlers {
  send(text: string, answers?: Record<string, unknown>): boolean;
  retry(): void;
  startOver(): void;
  deleteChat(): void;
  close(): void;
  action(action: CallToAction): void;
}

export class AppView {
  readonly composer: Composer;
  readonly messages: MessageList;
  private readonly banner = h("div", { className: "banner", role: "alert", hidden: true });
  private readonly typing = h("p", { className: "typing", "aria-hidden": "true", hidden: true }, h("span"), h("span"), h("span"));
  private readonly status = h("p", { className: "sr-only", role: "status" });
  private readonly confirm: HTMLElement;
  readonly chat: HTMLElement;
  readonly aside = h("div", { className: "aside", hidden: true });
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private wasStreaming = false;
  private shownError: ChatState["error"];

  constructor(
    readonly root: HTMLElement,
    config: FrameConfig,
    private readonly handlers: ViewHandlers,
    embedded: boolean,
  ) {
    const answer: Answer = (text, answers) => void handlers.send(text, answers);
    this.messages = new MessageList({
      answer,
      action: (action) => handlers.action(action),
      correct: () => {
        this.composer.setHint("Tell me what to change, for example \"actually I can walk on it\".");
        this.composer.focus();
      },
    });
    this.composer = new Composer((text) => handlers.send(text));
    const deleteButton = h("button", { type: "button", className: "danger", onClick: () => (this.confirm.hidden = true, handlers.deleteChat()) }, "Delete");
    const askToDelete = h("button", { type: "button", onClick: () => ((this.confirm.hidden = false), deleteButton.focus()) }, "Delete my chat");
    this.confirm = h(
      "div",
      { className: "confirm", role: "group", "aria-labelledby": "confirm-text", hidden: true },
      h("p", { id: "confirm-text" }, "Delete this chat from our records? This can't be undone."),
      deleteButton,
      h("button", { type: "button", onClick: () => ((this.confirm.hidden = true), askToDelete.focus()) }, "Cancel"),
    );
    const header = h(
      "header",
      { className: "top" },
      h("div", { className: "title" }, h("h1", {}, config.name), h("p", {}, "Knee pain assistant")),
      embedded ? h("button", { type: "button", className: "close", "aria-label": "Close chat", onClick: () => handlers.close() }, icon(icons.close)) : null,
      h(
        "div",
        { className: "top-actions" },
        h("button", { type: "button", onClick: () => handlers.startOver() }, "Start over"),
        askToDelete,
      ),
    );
    this.chat = h("main", { className: "chat" }, this.messages.element, this.typing, this.banner, this.composer.element);
    const number = config.emergencyNumber;
    const footer = h(
      "footer",
      { className: "disclaimer" },
      h("p", {}, "Guidance only, not a diagnosis. ", h("strong", {}, "In an emergency call ", h("a", { href: `tel:${number.replace(/[^+\d]/g, "")}` }, number), ".")),
    );
    root.replaceChildren(header, this.confirm, this.chat, this.aside, footer, this.status);
  }

  render(state: ChatState): void {
    const streaming = state.status === "streaming";
    const focusWasLost = document.activeElement === document.body || document.activeElement === null;
    const focusInQuestion = Boolean(document.activeElement?.closest(".question"));
    this.messages.update(state.messages, streaming);
    const last = state.messages[state.messages.length - 1];
    this.typing.hidden = !streaming || (last?.role === "assistant" && last.parts.some((part) => part.type === "text"));
    this.composer.setBusy(streaming);
    this.renderError(state);
    // After a reply, carry keyboard users on to the next question's first answer (only while
    // the chat has focus: never pull focus away from the host page).
    if (this.wasStreaming && !streaming && !state.error && (focusWasLost || focusInQuestion) && this.aside.hidden && document.hasFocus()) {
      (this.messages.firstQuestionControl() ?? this.composer.input).focus();
    }
    this.wasStreaming = streaming;
  }

  private renderError(state: ChatState): void {
    // The banner is an alert: rebuild it only when the error itself changes.
    if (state.error === this.shownError) return;
    const error = (this.shownError = state.error);
    clearTimeout(this.retryTimer);
    this.banner.hidden = !error;
    if (!error) return this.banner.replaceChildren();
    const buttons: HTMLElement[] = [];
    if (error.retry) {
      const retry = h("button", { type: "button", onClick: () => this.handlers.retry() }, "Retry");
      const wait = (error.retryAt ?? 0) - Date.now();
      if (wait > 0) {
        retry.setAttribute("aria-disabled", "true");
        retry.disabled = true;
        this.retryTimer = setTimeout(() => {
          retry.disabled = false;
          retry.removeAttribute("aria-disabled");
        }, wait);
      }
      buttons.push(retry);
    }
    if (error.restart) buttons.push(h("button", { type: "button", onClick: () => this.handlers.startOver() }, "Start over"));
    this.banner.replaceChildren(icon(icons.alert), h("p", {}, error.message), ...buttons);
  }

  announce(text: string): void {
    this.status.textContent = "";
    // A fresh text node after a tick makes screen readers announce repeated messages too.
    setTimeout(() => (this.status.textContent = text), 50);
  }

  /** Show a panel (the lead form) in place of the chat, or go back to the chat. */
  showAside(content: HTMLElement | null): void {
    this.aside.replaceChildren(...(content ? [content] : []));
    this.aside.hidden = !content;
    this.chat.hidden = Boolean(content);
  }

  focusDefault(): void {
    (this.messages.firstQuestionControl() ?? this.composer.input).focus();
  }
}
