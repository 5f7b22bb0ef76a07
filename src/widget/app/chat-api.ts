import type { ChatMessage } from "./protocol.js";

// The widget's calls to our own server (the frame is same-origin with the API). Every
// failure becomes an ApiError carrying the JSON envelope's code, message and field.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Seconds, from the Retry-After header of a 429. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A request that never got an HTTP answer: offline, DNS, reset. */
export class NetworkError extends Error {
  override name = "NetworkError";
}

interface Envelope {
  error?: { code?: string; message?: string; field?: string };
}

async function toApiError(response: Response): Promise<ApiError> {
  let envelope: Envelope = {};
  try {
    envelope = (await response.json()) as Envelope;
  } catch {
    // Not JSON (a proxy's error page, say): the status alone has to do.
  }
  const seconds = Number(response.headers.get("retry-after"));
  return new ApiError(
    response.status,
    envelope.error?.code ?? `http_${response.status}`,
    envelope.error?.message ?? `The server answered ${response.status}.`,
    envelope.error?.field,
    Number.isFinite(seconds) && seconds > 0 ? seconds : undefined,
  );
}

export async function request(path: string, init: RequestInit = {}, token?: string): Promise<Response> {
  const headers: Record<string, string> = {
    accept: "application/json",
    ...(init.body ? { "content-type": "application/json" } : {}),
  };
  if (token) headers["x-visitor-token"] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
      credentials: "omit",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new NetworkError("We couldn't reach the server.");
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

export interface ChatRequestBody {
  id: string;
  clinic: string;
  messages: Array<Pick<ChatMessage, "id" | "role" | "parts" | "metadata">>;
}

/** POST /api/chat; only the newest user message is sent: the server keeps the history. */
export function postChat(body: ChatRequestBody, token: string | undefined, signal: AbortSignal): Promise<Response> {
  return request(
    "/api/chat",
    { method: "POST", body: JSON.stringify(body), signal, headers: { accept: "text/event-stream" } },
    token,
  );
}

export interface StoredConversation {
  id: string;
  messages: ChatMessage[];
  /** The visitor's request to the clinic, once sent. */
  lead?: SentLead | null;
}

/** What the widget remembers of a sent request: its kind, and the prefilled booking page. */
export interface SentLead {
  intent: "book" | "callback";
  bookingUrl?: string;
}

export async function getConversation(id: string, token: string): Promise<StoredConversation> {
  return (await (
    await request(`/api/conversations/${encodeURIComponent(id)}`, {}, token)
  ).json()) as StoredConversation;
}

export async function deleteConversation(id: string, token: string): Promise<void> {
  await request(`/api/conversations/${encodeURIComponent(id)}`, { method: "DELETE" }, token);
}

export interface LeadRequest {
  conversationId: string;
  intent: SentLead["intent"];
  name: string;
  email?: string;
  phone?: string;
  preferredTime?: string;
  /** When the knee is someone else's: their name (the contact above is the visitor). */
  patientName?: string;
  consent: true;
}

/** POST /api/leads; the answer carries the booking page prefilled with this lead, if the clinic has one. */
export async function postLead(lead: LeadRequest, token: string | undefined): Promise<SentLead> {
  const answer = (await (
    await request("/api/leads", { method: "POST", body: JSON.stringify(lead) }, token)
  ).json()) as { bookingUrl?: string };
  return { intent: lead.intent, ...(answer.bookingUrl ? { bookingUrl: answer.bookingUrl } : {}) };
}

/** Funnel events are best effort: a failure must never disturb the visitor. */
export function postEvent(clinic: string, type: string, action?: string): void {
  request("/api/events", {
    method: "POST",
    body: JSON.stringify({ clinic, type, ...(action ? { action } : {}) }),
    keepalive: true,
  }).catch(() => undefined);
}

/** The visitor's one-tap "Was this helpful?", tied to their conversation by its token. */
export async function postFeedback(
  clinic: string,
  conversationId: string,
  token: string | undefined,
  helpful: boolean,
): Promise<void> {
  await request(
    "/api/events",
    { method: "POST", body: JSON.stringify({ clinic, type: "feedback", conversationId, helpful }) },
    token,
  );
}
