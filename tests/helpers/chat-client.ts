import { DefaultChatTransport, readUIMessageStream } from "ai";
import type { App } from "../../src/app.js";
import type { Disposition } from "../../src/triage/index.js";
import type { KneeUIMessage, QuestionData } from "../../src/chat/protocol/ui-message.js";

// A visitor's browser as the AI SDK's own client code sees it: DefaultChatTransport sends
// the request and readUIMessageStream assembles the reply, so the protocol stays honest.

let counter = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter += 1)}`;

export class ChatClientError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`chat request failed with ${status}: ${JSON.stringify(body)}`);
  }
}

export class TestChatClient {
  readonly messages: KneeUIMessage[] = [];
  token: string | undefined;

  constructor(
    private readonly app: App,
    readonly id = nextId("chat"),
    private readonly clinic?: string,
  ) {}

  private transport() {
    return new DefaultChatTransport<KneeUIMessage>({
      api: "http://clinic.test/api/chat",
      headers: this.token ? { "x-visitor-token": this.token } : {},
      body: this.clinic ? { clinic: this.clinic } : {},
      fetch: async (url, init) => {
        const response = await this.app.request(String(url), init as RequestInit);
        if (!response.ok) throw new ChatClientError(response.status, await response.json());
        return response;
      },
    });
  }

  /** Open the chat (no message) or send the visitor's words and/or structured answers. */
  async send(text = "", answers?: Record<string, unknown>): Promise<KneeUIMessage> {
    if (text !== "" || answers) {
      this.messages.push({
        id: nextId("msg"),
        role: "user",
        parts: text ? [{ type: "text", text }] : [],
        ...(answers ? { metadata: { answers } } : {}),
      });
    }
    const stream = await this.transport().sendMessages({
      chatId: this.id,
      messages: this.messages,
      trigger: "submit-message",
      messageId: undefined,
      abortSignal: undefined,
    });
    let assistant: KneeUIMessage | undefined;
    for await (const message of readUIMessageStream<KneeUIMessage>({
      stream,
      terminateOnError: true,
    })) {
      assistant = message;
    }
    if (!assistant) throw new Error("no assistant message in the stream");
    this.token ??= assistant.metadata?.visitorToken;
    this.messages.push(assistant);
    return assistant;
  }

  /** Answer the pending question by typing an option's label. */
  async choose(label: string): Promise<KneeUIMessage> {
    return this.send(label);
  }
}

export function textOf(message: KneeUIMessage): string {
  return message.parts.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
}

export function questionOf(message: KneeUIMessage): QuestionData | undefined {
  const parts = message.parts.filter((part) => part.type === "data-question");
  const last = parts[parts.length - 1];
  return last && last.type === "data-question" ? last.data : undefined;
}

export function triageOf(message: KneeUIMessage): Disposition | undefined {
  const part = message.parts.find((candidate) => candidate.type === "data-triage");
  return part && part.type === "data-triage" ? part.data : undefined;
}

export function latestTriage(client: TestChatClient): Disposition | undefined {
  for (const message of [...client.messages].reverse()) {
    const triage = message.role === "assistant" ? triageOf(message) : undefined;
    if (triage) return triage;
  }
  return undefined;
}

export function recordedFields(message: KneeUIMessage): string[] {
  return message.parts.flatMap((part) =>
    part.type === "tool-record_intake" && part.state === "output-available"
      ? [
          ...((part.output as { recorded: string[] }).recorded ?? []),
          ...((part.output as { corrected: string[] }).corrected ?? []),
        ]
      : [],
  );
}
