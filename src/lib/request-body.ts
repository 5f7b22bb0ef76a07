import { AppError } from "./errors.js";

/** The largest JSON body an API accepts (chat has its own, below). */
export const MAX_BODY_BYTES = 64 * 1024;
/**
 * /api/chat bodies carry the whole conversation when the client is the AI SDK's own
 * DefaultChatTransport (the server reads only the newest message): a long chat must not hit 413.
 */
export const MAX_CHAT_BODY_BYTES = 1024 * 1024;

/**
 * Booking providers' webhooks are not ours to trim: a Cal.com team booking lists every member
 * and every form answer.
 */
export const MAX_BOOKING_BODY_BYTES = 256 * 1024;

/** The body limit for a path. */
export function bodyLimitFor(path: string): number {
  if (path === "/api/chat") return MAX_CHAT_BODY_BYTES;
  return path.startsWith("/api/bookings/") ? MAX_BOOKING_BODY_BYTES : MAX_BODY_BYTES;
}

/**
 * Reads a request's body as text, refusing more than `maxBytes` as it arrives. Each entry point
 * may supply its own (see AppDeps.readBody); `readRequestBody` works everywhere.
 */
export type BodyReader = (request: Request, env: unknown, maxBytes: number) => Promise<string>;

export function bodyTooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${maxBytes / 1024} KB.`);
}

/** A Content-Length over the limit is refused before a byte of the body is read. */
export function declaresTooMuch(contentLength: string | null | undefined, maxBytes: number): boolean {
  return contentLength !== null && contentLength !== undefined && Number(contentLength) > maxBytes;
}

/** The portable reader: the Fetch API body stream, counted chunk by chunk (Workers, tests). */
export const readRequestBody: BodyReader = async (request, _env, maxBytes) => {
  if (declaresTooMuch(request.headers.get("content-length"), maxBytes)) throw bodyTooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw bodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
};
