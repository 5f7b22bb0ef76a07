import { addressKey, addressRange } from "./ip-address.js";

// The visitor's address, for per-address limits and sign-in throttling: the one place that
// decides it. By default it is what the entry point knows (the Node socket; cf-connecting-ip,
// set by Cloudflare's edge, on Workers) and request headers are ignored, since any client can
// send them. TRUSTED_PROXY names the proxy that may report it instead (interfaces.md).

/** What this needs of the app's deps (lib/ sits below the app, so it names only that). */
interface ClientAddressDeps {
  config: { TRUSTED_PROXY?: "cloudflare" | number | undefined };
  clientAddress?: (request: Request, env: unknown) => string;
}

type ClientContext = { get(key: "deps"): ClientAddressDeps; req: { raw: Request }; env: unknown };

/** An address as a proxy writes it, without brackets or a port; undefined when it is not one. */
function cleanAddress(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1] ?? "";
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  return addressRange(address) === undefined ? undefined : address;
}

export function clientAddressOf(c: ClientContext): string {
  const deps = c.get("deps");
  const socket = () => deps.clientAddress?.(c.req.raw, c.env) ?? "unknown";
  const proxy = deps.config.TRUSTED_PROXY;
  if (proxy === undefined) return socket();
  const headers = c.req.raw.headers;
  if (proxy === "cloudflare") return cleanAddress(headers.get("cf-connecting-ip")) ?? socket();
  // Each proxy appends the address it received the request from, so the Nth entry from the
  // right was written by our outermost proxy. Entries left of it are whatever the client sent;
  // with fewer than N entries the request did not come through all our proxies.
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return (entries.length >= proxy ? cleanAddress(entries[entries.length - proxy]) : undefined) ?? socket();
}

/** What per-address limits count on: the address, or an IPv6 visitor's /64 (see addressKey). */
export function clientKeyOf(c: ClientContext): string {
  return addressKey(clientAddressOf(c));
}
