import type { ChatState } from "../chat-state.js";
import type { FrameConfig } from "../../shared/frame-config.js";
import type { CallToAction } from "../protocol.js";
import { ChatHeader } from "./chat-header.js";
import { Composer } from "./composer.js";
import { ConfirmBar } from "./confirm-bar.js";
import { h, icon, icons } from "./dom.js";
import { MessageList } from "./message-list.js";
import { activeQuestionId } from "./render-messages.js";
import type { Answer } from "./render-question.js";
import { hasSummary } from "./summary-page.js";
import { WrapUp } from "./wrap-up.js";

// The frame's layout: the clinic's header with its menu, a confirmation bar, the "kept on
// this device" line, the log (with the wrap-up after a recommendation), the retry banner, the
// composer and the always-visible disclaimer with the emergency line.

export interface ViewHandlers {
  send(text: string, answers?: Record<string, unknown>): boolean;
  retry(): void;
  /** Already confirmed by the visitor. */
  startOver(): void;
  /** Already confirmed by the visitor. */
  deleteChat(): void;
  close(): void;
  action(action: CallToAction): void;
  setKeep(keep: boolean): void;
  feedback(helpful: boolean): Promise<void>;
  printSummary(): void;
}

export class AppView {
  readonly composer: Composer;
  readonly messages: MessageList;
  readonly header: ChatHeader;
  private readonly confirm = new ConfirmBar();
  private readonly wrapUp: WrapUp;
  private readonly banner = h("div", { className: "banner", role: "alert", hidden: true });
  private readonly flash = h("p", { className: "flash", role: "status", hidden: true });
  private readonly kept: HTMLElement;
  private readonly typing = h(
    "p",
    { className: "typing", "aria-hidden": "true", hidden: true },
    h("span"),
    h("span"),
    h("span"),
  );
  private readonly status = h("p", { className: "sr-only", role: "status" });
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
    const send = (text: string, answers?: Record<string, unknown>) => {
      const taken = handlers.send(text, answers);
      if (taken) this.flash.hidden = true;
      return taken;
    };
    const answer: Answer = (text, answers) => void send(text, answers);
    this.messages = new MessageList({
      answer,
      action: (action) => handlers.action(action),
      correct: () => {
        this.composer.setHint('Tell me what to change, for example "actually I can walk on it".');
        this.composer.focus();
      },
    });
    this.composer = new Composer((text) => send(text));
    this.header = new ChatHeader(
      config,
      {
        printSummary: () => handlers.printSummary(),
        setKeep: (keep) => handlers.setKeep(keep),
        askStartOver: () => this.askStartOver(),
        askDelete: () => this.askDelete(),
        close: () => handlers.close(),
      },
      embedded,
    );
    this.wrapUp = new WrapUp({
      printSummary: () => handlers.printSummary(),
      setKeep: (keep) => handlers.setKeep(keep),
      feedback: (helpful) => handlers.feedback(helpful),
    });
    this.kept = h(
      "div",
      { className: "kept", hidden: true },
      icon(icons.device),
      h("p", {}, "This chat is kept on this device."),
      h("button", { type: "button", className: "link-button", onClick: () => this.askDelete() }, "Delete my chat"),
    );
    this.chat = h(
      "main",
      { className: "chat" },
      this.messages.element,
      this.typing,
      this.banner,
      this.composer.element,
    );
    const number = config.emergencyNumber;
    const footer = h(
      "footer",
      { className: "disclaimer" },
      h(
        "p",
        {},
        "Guidance only, not a diagnosis. ",
        h("strong", {}, "In an emergency call ", h("a", { href: `tel:${number.replace(/[^+\d]/g, "")}` }, number), "."),
      ),
    );
    root.replaceChildren(
      this.header.element,
      this.confirm.element,
      this.flash,
      this.kept,
      this.chat,
      this.aside,
      footer,
      this.status,
    );
  }

  private askStartOver(): void {
    this.confirm.ask({
      text: "Start a new chat? You won't be able to come back to this one here.",
      confirm: "Start over",
      onConfirm: () => this.handlers.startOver(),
      returnFocus: () => this.header.menuButton,
    });
  }

  private askDelete(): void {
    this.confirm.ask({
      text: "Delete this chat from our records? This can't be undone.",
      confirm: "Delete",
      danger: true,
      onConfirm: () => this.handlers.deleteChat(),
      returnFocus: () => this.header.menuButton,
    });
  }

  render(state: ChatState): void {
    const streaming = state.status === "streaming";
    const focusWasLost = document.activeElement === document.body || document.activeElement === null;
    const focusInQuestion = Boolean(document.activeElement?.closest(".question"));
    this.messages.update(state.messages, streaming, state.lead);
    const finished = !streaming && hasSummary(state.messages);
    this.wrapUp.update({
      // Not while the interview has reopened (a changed answer): the question comes first.
      visible: finished && activeQuestionId(state.messages) === undefined,
      keep: state.keep,
      askFeedback: !state.messages.some((message) => message.parts.some((part) => part.type === "data-emergency")),
      feedback: state.feedback,
    });
    // The wrap-up stays the log's last child: the list inserts new messages before it.
    if (this.messages.element.lastChild !== this.wrapUp.element) this.messages.element.append(this.wrapUp.element);
    this.header.update({ canPrint: finished, keep: state.keep });
    this.kept.hidden = !state.keep;
    const last = state.messages[state.messages.length - 1];
    this.typing.hidden = !streaming || (last?.role === "assistant" && last.parts.some((part) => part.type === "text"));
    this.composer.setBusy(streaming);
    this.renderError(state);
    // After a reply, carry keyboard users on to the next question's first answer (only while
    // the chat has focus: never pull focus away from the host page).
    if (
      this.wasStreaming &&
      !streaming &&
      !state.error &&
      (focusWasLost || focusInQuestion) &&
      this.aside.hidden &&
      document.hasFocus()
    ) {
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
    if (error.restart)
      buttons.push(h("button", { type: "button", onClick: () => this.handlers.startOver() }, "Start over"));
    this.banner.replaceChildren(icon(icons.alert), h("p", {}, error.message), ...buttons);
    // The banner took room from the log: keep the message it is about (the newest) in view.
    this.messages.scrollToEnd();
  }

  announce(text: string): void {
    this.status.textContent = "";
    // A fresh text node after a tick makes screen readers announce repeated messages too.
    setTimeout(() => (this.status.textContent = text), 50);
  }

  /** A lasting note under the header (e.g. "Your chat was deleted."), until the next message. */
  showFlash(text: string): void {
    this.flash.replaceChildren(icon(icons.check), text);
    this.flash.hidden = false;
  }

  /** Show a panel (the lead form, the summary) in place of the chat, or go back to the chat. */
  showAside(content: HTMLElement | null): void {
    this.aside.replaceChildren(...(content ? [content] : []));
    this.aside.hidden = !content;
    this.chat.hidden = Boolean(content);
    document.body.classList.toggle("showing-summary", Boolean(content?.querySelector(".print-doc")));
  }

  focusDefault(): void {
    (this.messages.firstQuestionControl() ?? this.composer.input).focus();
  }
}
