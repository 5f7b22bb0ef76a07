import type { SentLead } from "../chat-api.js";
import { dataOf, type ChatMessage, type Disposition } from "../protocol.js";
import { activeQuestionId, renderMessage, type MessageContext } from "./render-messages.js";
import { h } from "./dom.js";

// The conversation log. Messages are re-rendered only when they change (the reducer replaces
// changed messages, so identity tells), which keeps screen readers from re-reading the log.

type Handlers = Omit<MessageContext, "activeQuestionId" | "disposition" | "lead">;

interface Rendered {
  message: ChatMessage;
  active: string | undefined;
  disposition: Disposition | undefined;
  lead: SentLead | undefined;
  node: HTMLElement;
}

export class MessageList {
  readonly element = h("div", {
    className: "log",
    role: "log",
    "aria-live": "polite",
    "aria-label": "Conversation",
    tabindex: "0",
  });
  private rendered = new Map<string, Rendered>();

  constructor(private readonly handlers: Handlers) {}

  update(messages: ChatMessage[], streaming: boolean, lead?: SentLead): void {
    const active = streaming ? undefined : activeQuestionId(messages);
    this.element.setAttribute("aria-busy", String(streaming));
    const next = new Map<string, Rendered>();
    let disposition: Disposition | undefined;
    let previous: HTMLElement | undefined;
    let changed = false;
    for (const message of messages) {
      const activeHere = message === messages[messages.length - 1] ? active : undefined;
      const old = this.rendered.get(message.id);
      let node = old?.node;
      // A sent request changes only the cards with a call to action.
      const leadChanged = old?.lead !== lead && message.parts.some((part) => part.type === "data-cta");
      if (
        !old ||
        old.message !== message ||
        old.active !== activeHere ||
        old.disposition !== disposition ||
        leadChanged
      ) {
        node = renderMessage(message, { ...this.handlers, activeQuestionId: activeHere, disposition, lead });
        if (old) old.node.replaceWith(node);
        changed = true;
      }
      if (!node) continue;
      // Keep DOM order equal to message order without moving untouched nodes.
      const expectedNext = previous ? previous.nextSibling : this.element.firstChild;
      if (expectedNext !== node) this.element.insertBefore(node, expectedNext);
      next.set(message.id, { message, active: activeHere, disposition, lead, node });
      previous = node;
      for (const part of message.parts) disposition = dataOf(part, "triage") ?? disposition;
    }
    for (const [id, old] of this.rendered) if (!next.has(id)) old.node.remove();
    this.rendered = next;
    const last = messages[messages.length - 1];
    const lastNode = last ? next.get(last.id)?.node : undefined;
    if (changed && lastNode) this.reveal(lastNode);
  }

  /**
   * Show the newest message: all of it when it fits, else from its top, but never so high that
   * the live question's answers fall below the fold: they are what the visitor needs next.
   */
  private reveal(node: HTMLElement): void {
    const log = this.element;
    if (node.offsetHeight + 16 <= log.clientHeight) return void (log.scrollTop = log.scrollHeight);
    const question = node.querySelector<HTMLElement>(".question");
    const answersEnd = question ? question.offsetTop + question.offsetHeight + 8 : 0;
    log.scrollTop = Math.max(node.offsetTop - 8, answersEnd - log.clientHeight);
  }

  scrollToEnd(): void {
    this.element.scrollTop = this.element.scrollHeight;
  }

  /** The first control of the live question, to move focus there after a reply. */
  firstQuestionControl(): HTMLElement | null {
    return this.element.querySelector<HTMLElement>(".question button, .question input");
  }
}
