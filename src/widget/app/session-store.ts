import type { ChatMessage } from "./protocol.js";

// Session storage by default: the chat survives a reload within the tab and is gone when the
// tab closes. Storage can be blocked (private modes, third-party frames): then we just forget.

export interface SavedChat {
  conversationId: string;
  token?: string;
  messages: ChatMessage[];
}

const key = (clinic: string) => `knee-triage:${clinic}`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadChat(clinic: string): SavedChat | undefined {
  try {
    const raw = storage()?.getItem(key(clinic));
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Partial<SavedChat>;
    if (typeof saved.conversationId !== "string" || !Array.isArray(saved.messages)) return undefined;
    return { conversationId: saved.conversationId, ...(saved.token ? { token: saved.token } : {}), messages: saved.messages };
  } catch {
    return undefined;
  }
}

export function saveChat(clinic: string, chat: SavedChat): void {
  try {
    // Failed messages are kept, so a reload still offers to resend them.
    storage()?.setItem(key(clinic), JSON.stringify(chat));
  } catch {
    // Quota or blocked storage: the chat still works, it just will not survive a reload.
  }
}

export function forgetChat(clinic: string): void {
  try {
    storage()?.removeItem(key(clinic));
  } catch {
    // Nothing to forget.
  }
}

/** A conversation id the server accepts (letters, digits, - and _), from the secure RNG. */
export function newConversationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `w${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
