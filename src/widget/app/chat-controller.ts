import {
  ApiError,
  NetworkError,
  deleteConversation,
  getConversation,
  postChat,
  postFeedback,
  type SentLead,
} from "./chat-api.js";
import { failedMessage, initialState, reduce, type ChatAction, type ChatError, type ChatState } from "./chat-state.js";
import type { ChatMessage } from "./protocol.js";
import { forgetChat, loadChat, newConversationId, saveChat } from "./session-store.js";
import { StreamDroppedError, readUiStream } from "./ui-stream.js";

// Runs the conversation: sends turns, reads the stream into the reducer, turns failures into
// friendly, retryable errors, and keeps session storage in step.

export interface ControllerEvents {
  change(state: ChatState): void;
  /** A message the server refused goes back into the input. */
  restoreDraft(text: string): void;
}

const SERVER_TROUBLE = "Sorry, something went wrong on our side. Your message is safe: press Retry to send it again.";

export function describeFailure(
  error: unknown,
  now = Date.now(),
): { error: ChatError; refused?: boolean; reload?: boolean } {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      const seconds = error.retryAfter ?? 10;
      return {
        error: {
          message: `You're sending messages a little fast. Please wait ${seconds} seconds, then press Retry.`,
          retry: true,
          retryAt: now + seconds * 1000,
        },
      };
    }
    if (error.status === 409) return { error: { message: "", retry: false }, reload: true };
    if (error.status === 403 || error.status === 404) {
      return {
        error: {
          message: "This chat can't be continued (it may have been deleted). Start over to begin a new one.",
          retry: false,
          restart: true,
        },
      };
    }
    if (error.status >= 400 && error.status < 500)
      return { error: { message: error.message, retry: false }, refused: true };
    return { error: { message: SERVER_TROUBLE, retry: true } };
  }
  if (error instanceof StreamDroppedError) {
    return {
      error: {
        message:
          "The connection dropped before the reply finished. Your message is safe: press Retry to send it again.",
        retry: true,
      },
    };
  }
  if (error instanceof NetworkError) {
    return {
      error: {
        message: "We couldn't reach the assistant. Check your connection, then press Retry. Your message is safe.",
        retry: true,
      },
    };
  }
  return { error: { message: SERVER_TROUBLE, retry: true } };
}

let messageCounter = 0;

export class ChatController {
  state: ChatState;
  private abort: AbortController | undefined;

  constructor(
    private readonly clinic: string,
    private readonly events: ControllerEvents,
  ) {
    this.state = initialState(newConversationId());
  }

  private dispatch(action: ChatAction): void {
    this.state = reduce(this.state, action);
    const { status, token, conversationId, messages, keep, feedback, lead } = this.state;
    if (status === "idle" && token)
      saveChat(this.clinic, {
        conversationId,
        token,
        messages,
        keep,
        ...(feedback !== undefined ? { feedback } : {}),
        ...(lead ? { lead } : {}),
      });
    this.events.change(this.state);
  }

  /** Resume this tab's (or this device's) conversation, the server's copy winning, or open a new one. */
  async start(): Promise<void> {
    const saved = loadChat(this.clinic);
    if (!saved?.token) return this.startFresh();
    this.state = {
      ...initialState(saved.conversationId, saved.keep),
      token: saved.token,
      messages: saved.messages,
      ...(saved.feedback !== undefined ? { feedback: saved.feedback } : {}),
      ...(saved.lead ? { lead: saved.lead } : {}),
    };
    this.events.change(this.state);
    await this.reload(saved.messages);
  }

  private async reload(local: ChatMessage[]): Promise<void> {
    const { token, conversationId } = this.state;
    if (!token) return this.startFresh();
    try {
      const stored = await getConversation(conversationId, token);
      const messages = stored.messages.map((message) => ({
        id: message.id,
        role: message.role,
        parts: message.parts,
        ...(message.metadata ? { metadata: message.metadata } : {}),
      }));
      this.dispatch({ type: "restored", messages });
      // The server knows a request sent from another tab, or before this device's copy was saved.
      if (stored.lead) this.dispatch({ type: "lead-sent", lead: stored.lead });
      // A message that never reached the server is offered again rather than lost.
      const unsent = local.find(
        (message) =>
          message.status === "failed" && !messages.some((stored) => stored.metadata?.clientId === message.id),
      );
      if (unsent) {
        this.dispatch({ type: "request", message: unsent });
        this.dispatch({
          type: "failed",
          error: { message: "Your last message wasn't sent. Press Retry to send it.", retry: true },
        });
      }
    } catch (error) {
      if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return this.startFresh(false);
      // Offline: keep what we had on screen; the next message will try again.
    }
  }

  /** A new conversation; by default as kept (or not) as the one it replaces. */
  async startFresh(keep = this.state.keep): Promise<void> {
    this.abort?.abort();
    forgetChat(this.clinic);
    this.state = initialState(newConversationId(), keep);
    this.dispatch({ type: "request" });
    await this.run(undefined);
  }

  /** Send the visitor's words (and structured answers); false while a reply is streaming. */
  send(text: string, answers?: Record<string, unknown>): boolean {
    if (this.state.status === "streaming") return false;
    const message: ChatMessage = {
      id: `u${Date.now().toString(36)}${(messageCounter += 1)}`,
      role: "user",
      parts: [{ type: "text", text }],
      ...(answers ? { metadata: { answers } } : {}),
    };
    this.dispatch({ type: "request", message });
    void this.run(message);
    return true;
  }

  retry(): void {
    if (this.state.status === "streaming") return;
    const message = failedMessage(this.state);
    this.dispatch({ type: "retry" });
    void this.run(message);
  }

  async deleteChat(): Promise<void> {
    const { token, conversationId } = this.state;
    this.abort?.abort();
    if (token) {
      try {
        await deleteConversation(conversationId, token);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) {
          this.dispatch({
            type: "failed",
            error: { message: "We couldn't delete your chat just now. Please try again.", retry: false },
          });
          throw error;
        }
      }
    }
    // A deleted chat leaves nothing on the device either.
    await this.startFresh(false);
  }

  /** Keep the chat on this device (local storage) or only in this tab. */
  setKeep(keep: boolean): void {
    this.dispatch({ type: "keep", keep });
  }

  /** The visitor's request reached the clinic: the cards say so from now on, also after a reload. */
  leadSent(lead: SentLead): void {
    this.dispatch({ type: "lead-sent", lead });
  }

  /** "Was this helpful?": stored with the conversation; throws when it could not be sent. */
  async sendFeedback(helpful: boolean): Promise<void> {
    const { token, conversationId } = this.state;
    await postFeedback(this.clinic, conversationId, token, helpful);
    this.dispatch({ type: "feedback", helpful });
  }

  private async run(message: ChatMessage | undefined): Promise<void> {
    const controller = new AbortController();
    this.abort = controller;
    let streamError: string | undefined;
    try {
      const body = {
        id: this.state.conversationId,
        clinic: this.clinic,
        messages: message
          ? [
              {
                id: message.id,
                role: message.role,
                parts: message.parts,
                ...(message.metadata ? { metadata: message.metadata } : {}),
              },
            ]
          : [],
      };
      const response = await postChat(body, this.state.token, controller.signal);
      if (!response.body) throw new StreamDroppedError();
      await readUiStream(response.body, (chunk) => {
        if (controller.signal.aborted) return;
        if (chunk.type === "error") streamError = chunk.errorText;
        else this.dispatch({ type: "chunk", chunk });
      });
      if (controller.signal.aborted) return;
      if (streamError !== undefined) throw new StreamError(streamError);
      this.dispatch({ type: "finished" });
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof StreamError || streamError !== undefined) {
        return this.dispatch({
          type: "failed",
          error: { message: `${streamError || SERVER_TROUBLE} Press Retry to try again.`, retry: true },
        });
      }
      const failure = describeFailure(error);
      if (failure.reload) {
        this.dispatch({ type: "finished" });
        return this.reload(this.state.messages);
      }
      if (failure.refused && message) {
        this.dispatch({ type: "rejected", error: failure.error });
        this.events.restoreDraft(message.parts.map((part) => (part.type === "text" ? part.text : "")).join("\n"));
        return;
      }
      this.dispatch({ type: "failed", error: failure.error });
    }
  }
}

class StreamError extends Error {}
