import { DefaultChatTransport, readUIMessageStream } from "ai";
import type { Disposition, Intake, IntakeField } from "../triage/index.js";
import { NONE_OF_THESE, NOT_SURE_SOME } from "../chat/interview/checklists.js";
import type { KneeUIMessage, QuestionData } from "../chat/protocol/ui-message.js";
import { naturalAnswer } from "./natural-answers.js";

// Plays one eval vignette as a visitor would, against a running app (whatever brain it
// uses): the opening sentence, then an answer to each `data-question` taken from the
// vignette's intake, until no question is left. Used by `npm run eval -- --brain guided|llm` and the conversation tests.

export interface ConversationVignette {
  opening: string;
  intake: Intake;
  /** The visitor's own words when asked a field alone. */
  say?: Record<string, string>;
}

export interface PlayedConversation {
  /** The last `data-triage` the server sent; undefined if it never sent one. */
  disposition: Disposition | undefined;
  /** Visitor messages sent: the opening plus one per answered question. */
  turns: number;
  askedFields: IntakeField[];
  /** Turns where the model failed and the guided brain answered (a `data-notice` fallback). */
  fallbacks: number;
  /** Questions about a field the vignette does not answer (the model recorded something else). */
  unanswerable: IntakeField[];
  /** Questions answered (each counted once, however many tries it took). */
  questions: number;
  /** Replies in the visitor's words that came back as "didn't catch that" (then the button was tapped). */
  notUnderstood: number;
}

/**
 * "labels" types the option label, as a visitor tapping a button; "structured" sends the
 * values as metadata; "words" answers yes/no/not-sure questions in the visitor's own words;
 * "natural" answers every question it can in varied everyday words (natural-answers.ts).
 */
export const answerModes = ["labels", "structured", "words", "natural"] as const;
export type AnswerMode = (typeof answerModes)[number];

const ownWords: Record<string, string> = { yes: "yep", no: "nope, not really", unsure: "I am not sure" };

export interface PlayOptions {
  answerWith?: AnswerMode;
  maxTurns?: number;
  clinic?: string;
}

interface AppLike {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

function durationWords(days: number): string | undefined {
  if (days === 0) return "today";
  if (days < 1) return `${Math.round(days * 24)} hours ago`;
  return Number.isInteger(days) ? `${days} days ago` : undefined;
}

/** The visitor's reply to one question as [text, structured answers], from the vignette's intake. */
export function answerFromIntake(
  question: QuestionData,
  intake: Intake,
  answerWith: AnswerMode,
): [string, Record<string, unknown> | undefined] {
  if (answerWith === "structured")
    return ["", Object.fromEntries(question.fields.map((field) => [field, intake[field]]))];
  if (question.kind === "multi") {
    if (question.fields.some((field) => intake[field] === "unsure")) return [NOT_SURE_SOME, undefined];
    const options = question.options ?? [];
    // The "none" option answers every field; an item answers one field with the value it names.
    const none = options.find((option) => question.fields.every((field) => field in option.answers));
    const items = options.filter((option) => option !== none && Object.keys(option.answers).length === 1);
    const chosen = items.filter((option) =>
      Object.entries(option.answers).every(([field, value]) => intake[field as IntakeField] === value),
    );
    return [
      chosen.length === 0 ? (none?.label ?? NONE_OF_THESE) : chosen.map((option) => option.label).join(", "),
      undefined,
    ];
  }
  const field = question.fields[0] as IntakeField;
  const value = intake[field];
  if (question.kind === "number") return [answerWith === "words" ? `about ${String(value)}` : String(value), undefined];
  if (field === "daysSinceOnset" && typeof value === "number") {
    const words = durationWords(value);
    return words ? [words, undefined] : ["", { daysSinceOnset: value }];
  }
  const option = question.options?.find((candidate) => candidate.answers[field] === value);
  const words = typeof value === "string" ? ownWords[value] : undefined;
  if (answerWith === "words" && words && question.options?.length === 3) return [words, undefined];
  return option ? [option.label, undefined] : ["", { [field]: value }];
}

class ConversationClient {
  readonly messages: KneeUIMessage[] = [];
  private token: string | undefined;
  private counter = 0;

  constructor(
    private readonly app: AppLike,
    private readonly id: string,
    private readonly clinic: string | undefined,
  ) {}

  async send(text: string, answers?: Record<string, unknown>): Promise<KneeUIMessage> {
    if (text !== "" || answers) {
      this.counter += 1;
      this.messages.push({
        id: `${this.id}-visitor-${this.counter}`,
        role: "user",
        parts: text ? [{ type: "text", text }] : [],
        ...(answers ? { metadata: { answers } } : {}),
      });
    }
    const transport = new DefaultChatTransport<KneeUIMessage>({
      api: "http://eval.local/api/chat",
      headers: this.token ? { "x-visitor-token": this.token } : {},
      body: this.clinic ? { clinic: this.clinic } : {},
      fetch: async (url, init) => {
        const response = await this.app.request(String(url), init as RequestInit);
        if (!response.ok) throw new Error(`chat request failed with ${response.status}: ${await response.text()}`);
        return response;
      },
    });
    const stream = await transport.sendMessages({
      chatId: this.id,
      messages: this.messages,
      trigger: "submit-message",
      messageId: undefined,
      abortSignal: undefined,
    });
    let assistant: KneeUIMessage | undefined;
    for await (const message of readUIMessageStream<KneeUIMessage>({ stream, terminateOnError: true }))
      assistant = message;
    if (!assistant) throw new Error("no assistant message in the stream");
    this.token ??= assistant.metadata?.visitorToken;
    this.messages.push(assistant);
    return assistant;
  }
}

function lastPart<TYPE extends KneeUIMessage["parts"][number]["type"]>(message: KneeUIMessage, type: TYPE) {
  const parts = message.parts.filter(
    (part): part is Extract<KneeUIMessage["parts"][number], { type: TYPE }> => part.type === type,
  );
  return parts[parts.length - 1];
}

let conversationCounter = 0;

export async function playVignetteConversation(
  app: AppLike,
  vignette: ConversationVignette,
  options: PlayOptions = {},
): Promise<PlayedConversation> {
  conversationCounter += 1;
  const client = new ConversationClient(app, `eval-${Date.now().toString(36)}-${conversationCounter}`, options.clinic);
  const result: PlayedConversation = {
    disposition: undefined,
    turns: 0,
    askedFields: [],
    fallbacks: 0,
    unanswerable: [],
    questions: 0,
    notUnderstood: 0,
  };
  const read = (message: KneeUIMessage) => {
    result.disposition = lastPart(message, "data-triage")?.data ?? result.disposition;
    if (lastPart(message, "data-notice")?.data.kind === "fallback") result.fallbacks += 1;
    return lastPart(message, "data-question")?.data;
  };
  read(await client.send(""));
  let question = read(await client.send(vignette.opening));
  result.turns = 1;
  const mode = options.answerWith ?? "labels";
  let retry = false;
  for (let turn = 0; question && turn < (options.maxTurns ?? 60); turn += 1) {
    if (!retry) {
      result.askedFields.push(...question.fields);
      result.questions += 1;
    }
    const missing = question.fields.filter((field) => vignette.intake[field] === undefined);
    result.unanswerable.push(...missing);
    const words: string | undefined =
      mode === "natural" && !retry
        ? naturalAnswer(question, vignette.intake, vignette.say, String(conversationCounter))
        : undefined;
    const [text, answers] =
      missing.length > 0
        ? ["I don't know", undefined]
        : words !== undefined
          ? [words, undefined]
          : answerFromIntake(question, vignette.intake, mode === "natural" ? "labels" : mode);
    const asked = question;
    question = read(await client.send(text, answers));
    result.turns += 1;
    // The same question back means our words were not understood: tap the button instead, as a visitor would.
    retry = words !== undefined && question?.id === asked.id;
    if (retry) result.notUnderstood += 1;
  }
  if (question) throw new Error(`the conversation did not finish within ${options.maxTurns ?? 60} answers`);
  return result;
}
