import type { IncomingMessage } from "node:http";
import { AppError } from "./errors.js";
import { bodyTooLarge, declaresTooMuch, readRequestBody, type BodyReader } from "./request-body.js";

// What the Node entry point reads straight from @hono/node-server's env.incoming (the Node
// request) instead of through the Fetch API Request.

type NodeEnv = { incoming?: IncomingMessage };

/** The socket's address is the visitor's; a header could be forged to slip past a limit. */
export function socketAddress(_request: Request, env: unknown): string {
  return (env as NodeEnv).incoming?.socket?.remoteAddress ?? "unknown";
}

/**
 * The body from the Node stream itself: building a Fetch API Request and its web stream for a
 * small JSON body cost more CPU than the guided chat turn it carried (measured by npm run bench).
 * A body already being read another way falls back to the portable reader.
 */
export const readIncomingBody: BodyReader = (request, env, maxBytes) => {
  const incoming = (env as NodeEnv).incoming;
  if (!incoming || incoming.readableDidRead || incoming.readableEnded) return readRequestBody(request, env, maxBytes);
  if (declaresTooMuch(incoming.headers["content-length"], maxBytes)) return Promise.reject(bodyTooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = () => {
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onCutOff);
      incoming.off("close", onCutOff);
    };
    // Past the limit we stop listening; the server drains or closes the rest of the upload.
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        stop();
        reject(bodyTooLarge(maxBytes));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, received).toString("utf8"));
    };
    const onCutOff = () => {
      stop();
      reject(new AppError("bad_request", "The request body was cut off before it ended."));
    };
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onCutOff);
    incoming.on("close", onCutOff);
  });
};
