import type { Disposition } from "../../triage/index.js";
import type { KneeChunk, KneeDataParts, KneeUIPart, RecordIntakeInput, RecordIntakeOutput } from "./ui-message.js";

type DataName = keyof KneeDataParts & string;
type TextPart = Extract<KneeUIPart, { type: "text" }>;

/**
 * Collects one assistant turn as UI message stream chunks and, from the same calls, the
 * message parts we persist: what is streamed and what is stored cannot drift apart.
 */
export class TurnWriter {
  readonly parts: KneeUIPart[] = [];
  private sequence = 0;
  private readonly openTexts = new Map<string, TextPart>();

  /** `sink` receives each chunk as soon as it is written, for live streaming. */
  constructor(
    private readonly idPrefix: string,
    private readonly sink: (chunk: KneeChunk) => void,
  ) {}

  private emit(...chunks: KneeChunk[]): void {
    for (const chunk of chunks) this.sink(chunk);
  }

  private nextId(kind: string): string {
    this.sequence += 1;
    return `${this.idPrefix}-${kind}-${this.sequence}`;
  }

  text(text: string): void {
    if (text.trim() === "") return;
    const id = this.nextId("text");
    this.emit({ type: "text-start", id }, { type: "text-delta", id, delta: text }, { type: "text-end", id });
    this.parts.push({ type: "text", text, state: "done" });
  }

  /**
   * Live text (a model's reply): one text part, streamed in pieces as they arrive and
   * persisted as the same single part. Returns the id for `textDelta` and `textEnd`.
   */
  textStart(): string {
    const id = this.nextId("text");
    const part: TextPart = { type: "text", text: "", state: "streaming" };
    this.emit({ type: "text-start", id });
    this.parts.push(part);
    this.openTexts.set(id, part);
    return id;
  }

  textDelta(id: string, delta: string): void {
    const part = this.openTexts.get(id);
    if (!part || delta === "") return;
    this.emit({ type: "text-delta", id, delta });
    part.text += delta;
  }

  textEnd(id: string): void {
    const part = this.openTexts.get(id);
    if (!part) return;
    this.openTexts.delete(id);
    this.emit({ type: "text-end", id });
    part.state = "done";
  }

  data<NAME extends DataName>(name: NAME, data: KneeDataParts[NAME], id: string = this.nextId(name)): void {
    const type = `data-${name}` as const;
    this.emit({ type, id, data } as KneeChunk);
    const existing = this.parts.findIndex((part) => part.type === type && "id" in part && part.id === id);
    const part = { type, id, data } as KneeUIPart;
    if (existing >= 0) this.parts[existing] = part;
    else this.parts.push(part);
  }

  /** The disposition, under one stable part id so a client replaces rather than stacks it. */
  triage(disposition: Disposition): void {
    this.data("triage", disposition, "triage");
  }

  recordIntake(input: RecordIntakeInput, output: RecordIntakeOutput): void {
    const toolCallId = this.nextId("record");
    this.emit(
      { type: "tool-input-available", toolCallId, toolName: "record_intake", input },
      { type: "tool-output-available", toolCallId, output },
    );
    this.parts.push({ type: "tool-record_intake", toolCallId, state: "output-available", input, output } as KneeUIPart);
  }

  sourceUrl(url: string, title: string): void {
    const sourceId = this.nextId("source");
    this.emit({ type: "source-url", sourceId, url, title });
    this.parts.push({ type: "source-url", sourceId, url, title });
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }
}
