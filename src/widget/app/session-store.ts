import type { SentLead } from "./chat-api.js";
import type { ChatMessage } from "./protocol.js";

// Where the visitor's chat is kept in the browser. By default session storage: it survives a
// reload within the tab and is gone when the tab closes. A visitor who ticks "Keep this chat
// on this device" moves it to local storage, so a new tab or tomorrow continues it. Storage
// can be blocked (private modes, third-party frames): then we just forget.

export interface SavedChat {
  conversationId: string;
  token?: string;
  messages: ChatMessage[];
  keep?: boolean;
  feedback?: boolean;
  lead?: SentLead;
}

const key = (clinic: string) => `knee-triage:${clinic}`;

function storage(kind: "sessionStorage" | "localStorage"): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined;
  }
}

function read(kind: "sessionStorage" | "localStorage", clinic: string): SavedChat | undefined {
  try {
    const raw = storage(kind)?.getItem(key(clinic));
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Partial<SavedChat>;
    if (typeof saved.conversationId !== "string" || !Array.isArray(saved.messages)) return undefined;
    return {
      conversationId: saved.conversationId,
      ...(saved.token ? { token: saved.token } : {}),
      messages: saved.messages,
      keep: kind === "localStorage",
      ...(typeof saved.feedback === "boolean" ? { feedback: saved.feedback } : {}),
      ...(saved.lead && (saved.lead.intent === "book" || saved.lead.intent === "callback") ? { lead: saved.lead } : {}),
    };
  } catch {
    return undefined;
  }
}

/** This tab's chat first; else one the visitor chose to keep on this device. */
export function loadChat(clinic: string): SavedChat | undefined {
  return read("sessionStorage", clinic) ?? read("localStorage", clinic);
}

export function saveChat(clinic: string, chat: SavedChat): void {
  const [target, other] = chat.keep
    ? (["localStorage", "sessionStorage"] as const)
    : (["sessionStorage", "localStorage"] as const);
  try {
    // Failed messages are kept, so a reload still offers to resend them.
    const { keep: _keep, ...stored } = chat;
    storage(target)?.setItem(key(clinic), JSON.stringify(stored));
    storage(other)?.removeItem(key(clinic));
  } catch {
    // Quota or blocked storage: the chat still works, it just will not survive a reload.
  }
}

export function forgetChat(clinic: string): void {
  for (const kind of ["sessionStorage", "localStorage"] as const) {
    try {
      storage(kind)?.removeItem(key(clinic));
    } catch {
      // Nothing to forget.
    }
  }
}

/** A conversation id the server accepts (letters, digits, - and _), from the secure RNG. */
export function newConversationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `w${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
