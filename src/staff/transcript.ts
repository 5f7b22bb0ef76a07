import type { StoredMessage } from "../db/conversations.js";
import { fieldLabel, formatValue, levelLabel } from "./intake-labels.js";

// Stored UI message parts turned into what a clinician reads: the words, each question asked,
// each fact recorded with the visitor's own words, and the triage as it changed.

export interface RecordedItem {
  field: string;
  label: string;
  value: string;
  visitorSaid?: string;
  corrected: boolean;
}

export type TranscriptEntry =
  | { kind: "text"; text: string }
  | { kind: "question"; prompt: string; options: string[] }
  | { kind: "recorded"; source: string; items: RecordedItem[]; rejected: string[] }
  | { kind: "triage"; level: string; action: string; complete: boolean }
  | { kind: "emergency"; headline: string }
  | { kind: "actions"; labels: string[] }
  | { kind: "notice"; text: string }
  | { kind: "source"; title: string; url: string };

export interface TranscriptMessage {
  id: string;
  role: "user" | "assistant";
  createdAt: number;
  entries: TranscriptEntry[];
}

type Part = Record<string, unknown> & { type?: string };
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : {};
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

function recordedEntry(part: Part): TranscriptEntry {
  const input = asRecord(part.input);
  const output = asRecord(part.output);
  const answers = asRecord(input.answers);
  const evidence = asRecord(input.evidence);
  const corrected = asStrings(output.corrected);
  const changed = part.output ? [...asStrings(output.recorded), ...corrected] : Object.keys(answers);
  const items = changed.map((field) => {
    const said = evidence[field];
    return {
      field,
      label: fieldLabel(field),
      value: formatValue(answers[field]),
      corrected: corrected.includes(field),
      ...(typeof said === "string" && said.trim() !== "" ? { visitorSaid: said } : {}),
    };
  });
  const rejected = (Array.isArray(output.rejected) ? output.rejected : []).map((item) => {
    const record = asRecord(item);
    return `${String(record.field ?? "?")}: ${String(record.message ?? "rejected")}`;
  });
  return { kind: "recorded", source: typeof input.source === "string" ? input.source : "tool", items, rejected };
}

function entryFor(part: Part): TranscriptEntry | undefined {
  const data = asRecord(part.data);
  switch (part.type) {
    case "text":
      return typeof part.text === "string" && part.text.trim() !== "" ? { kind: "text", text: part.text } : undefined;
    case "data-question":
      return {
        kind: "question",
        prompt: String(data.prompt ?? ""),
        options: (Array.isArray(data.options) ? data.options : []).map((option) =>
          String(asRecord(option).label ?? ""),
        ),
      };
    case "tool-record_intake":
      return recordedEntry(part);
    case "data-triage":
      return {
        kind: "triage",
        level: String(data.level ?? ""),
        action: String(data.action ?? ""),
        complete: data.complete === true,
      };
    case "data-emergency":
      return { kind: "emergency", headline: String(data.headline ?? "") };
    case "data-cta":
      return {
        kind: "actions",
        labels: (Array.isArray(data.actions) ? data.actions : []).map((action) => String(asRecord(action).label ?? "")),
      };
    case "data-notice":
      return { kind: "notice", text: String(data.text ?? "") };
    case "source-url":
      return { kind: "source", title: String(part.title ?? part.url ?? ""), url: String(part.url ?? "") };
    default:
      return undefined;
  }
}

export function toTranscript(messages: StoredMessage[]): TranscriptMessage[] {
  return messages.map((message) => ({
    id: message.id,
    role: message.role,
    createdAt: message.createdAt,
    entries: message.parts.flatMap((part) => {
      const entry = entryFor(asRecord(part) as Part);
      return entry ? [entry] : [];
    }),
  }));
}

function entryText(entry: TranscriptEntry): string[] {
  switch (entry.kind) {
    case "text":
      return [entry.text];
    case "question":
      return [`asked: ${entry.prompt}${entry.options.length > 0 ? ` [${entry.options.join(" / ")}]` : ""}`];
    case "recorded":
      return [
        ...entry.items.map(
          (item) =>
            `${item.corrected ? "corrected" : "recorded"}: ${item.label} = ${item.value}${item.visitorSaid ? ` (visitor said: "${item.visitorSaid}")` : ""}`,
        ),
        ...entry.rejected.map((problem) => `not recorded: ${problem}`),
      ];
    case "triage":
      return [
        `triage: ${levelLabel(entry.level)}, ${entry.action.replace(/_/g, " ")}${entry.complete ? "" : " (not finished)"}`,
      ];
    case "emergency":
      return [`emergency card shown: ${entry.headline}`];
    case "actions":
      return [`offered: ${entry.labels.join("; ")}`];
    case "notice":
      return [`notice: ${entry.text}`];
    case "source":
      return [`cited: ${entry.title} <${entry.url}>`];
  }
}

/**
 * Every sequence some viewer or tool ends a line at: CRLF, LF, a lone CR, vertical tab, form
 * feed, NEL, and the Unicode line and paragraph separators.
 */
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** Text that cannot leave its indented block: each of its line breaks becomes "\n  ". */
function indented(text: string): string {
  return `  ${text.replace(LINE_BREAKS, "\n  ")}`;
}

/** The plain-text transcript staff download. Only the "[time] Who:" lines start at column 0. */
export function transcriptText(header: string[], messages: TranscriptMessage[]): string {
  const lines = [...header.map((line) => line.replace(LINE_BREAKS, " ")), ""];
  for (const message of messages) {
    const who = message.role === "user" ? "Visitor" : "Assistant";
    lines.push(`[${new Date(message.createdAt).toISOString()}] ${who}:`);
    for (const entry of message.entries) for (const line of entryText(entry)) lines.push(indented(line));
    lines.push("");
  }
  return lines.join("\n");
}
