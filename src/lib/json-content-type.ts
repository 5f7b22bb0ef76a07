import type { MiddlewareHandler } from "hono";
import { AppError, JSON_ONLY_MESSAGE } from "./errors.js";

// Our APIs take JSON only. A page on any site can make a browser POST text/plain, a form
// encoding, multipart or a typeless body without a CORS preflight; application/json needs
// one, which we never grant. So a body declared as anything but JSON is refused (415) before
// a route reads it, and with it every cross-site "simple" request that could write.

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** application/json or a +json type (e.g. application/merge-patch+json), parameters ignored. */
export function isJsonMediaType(header: string | null | undefined): boolean {
  if (!header) return false;
  const essence = (header.split(";", 1)[0] ?? "").trim().toLowerCase();
  return essence === "application/json" || (essence.startsWith("application/") && essence.endsWith("+json"));
}

export function unsupportedMediaType(): AppError {
  return new AppError("unsupported_media_type", JSON_ONLY_MESSAGE);
}

/**
 * For /api/*: a request that declares a body (a content type, a non-zero length, or chunked
 * transfer) must declare it as JSON. Body-less POST and DELETE (sign-out, erase a chat) pass.
 * readJson checks the type again, for bodies that arrive without any of these headers.
 */
export const requireJsonBodies: MiddlewareHandler = async (c, next) => {
  if (BODY_METHODS.has(c.req.method)) {
    const type = c.req.header("content-type");
    const length = c.req.header("content-length");
    const declaresBody =
      type !== undefined ||
      (length !== undefined && length.trim() !== "0") ||
      c.req.header("transfer-encoding") !== undefined;
    if (declaresBody && !isJsonMediaType(type)) throw unsupportedMediaType();
  }
  await next();
};
