import type { Config } from "../config.js";
import { addressRange } from "../lib/ip-address.js";

// Where a clinic's webhooks may go. Webhooks are requests our server makes to a URL an owner
// typed: pointed inside our network (loopback, private ranges, the cloud metadata service) they
// would reach services no outsider should, and the delivery log would show what answered. So
// only public internet addresses are allowed: checked on the URL when it is saved, and on the
// addresses its host resolves to when a delivery connects (node-webhook-fetch.ts). On Workers,
// fetch cannot reach private address space at all.

export interface WebhookTargetPolicy {
  /** May a delivery connect to this IP address? */
  allowsAddress(address: string): boolean;
  /** Only https:// URLs (production). */
  httpsOnly: boolean;
}

/** Public internet addresses only. Tests that run a receiver on loopback relax `allowsAddress`. */
export function publicTargets(options: { httpsOnly: boolean }): WebhookTargetPolicy {
  return { allowsAddress: (address) => addressRange(address) === "public", httpsOnly: options.httpsOnly };
}

/** The policy the app runs with: public addresses, and https only in production. */
export function webhookTargetPolicy(config: Pick<Config, "NODE_ENV">): WebhookTargetPolicy {
  return publicTargets({ httpsOnly: config.NODE_ENV === "production" });
}

// Names that resolve inside a network by convention; a single-label name ("intranet",
// "metadata") resolves through the server's own search domains.
const INTERNAL_SUFFIXES = ["localhost", "internal", "local", "localdomain", "home.arpa", "lan", "intranet", "corp"];
const METADATA_NAMES = ["metadata.google.internal", "metadata.goog", "metadata", "instance-data"];

/** The host without IPv6 brackets or a trailing dot. */
export function bareHost(hostname: string): string {
  return hostname
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "")
    .toLowerCase();
}

/**
 * Why a webhook may not go to `text`, or undefined when it may. The WHATWG URL parser has
 * already turned every IPv4 spelling (2130706433, 0x7f.1, 017700000001, 127.1) into dotted
 * decimal, so one range check covers them all.
 */
export function webhookTargetProblem(text: string, policy: WebhookTargetPolicy): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "use a full https:// address";
  }
  if (url.protocol !== "https:" && (policy.httpsOnly || url.protocol !== "http:")) {
    return policy.httpsOnly
      ? "use a full https:// address"
      : "use a full https:// (or, outside production, http://) address";
  }
  if (url.username || url.password)
    return "put no user name or password in the address; the signature authenticates us";
  const host = bareHost(url.hostname);
  const range = addressRange(host);
  if (range !== undefined) {
    return policy.allowsAddress(host)
      ? undefined
      : `webhooks go to a public internet address; ${host} is a ${range} address`;
  }
  if (METADATA_NAMES.includes(host))
    return `webhooks go to a public internet address; ${host} is a cloud metadata service`;
  if (!host.includes(".") || INTERNAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) {
    return `webhooks go to a public internet address; ${host} is a local or internal name`;
  }
  return undefined;
}

/** What staff see for any failed connection: no network detail, which would map our network. */
export const DELIVERY_REFUSED = "could not deliver: target refused or unreachable";

/** Thrown when a target's resolved address is not allowed. */
export class WebhookTargetRefused extends Error {
  override name = "WebhookTargetRefused";
}
