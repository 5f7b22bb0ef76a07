import { lookup as systemLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from "node:dns";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { bareHost, WebhookTargetRefused, type WebhookTargetPolicy } from "./target-policy.js";
import { addressRange } from "../lib/ip-address.js";

// Webhook delivery on Node: a POST through node:http(s) whose DNS lookup is checked at the
// moment of connecting. Every address the host resolves to must be allowed, and the connection
// goes only to those addresses, so a name that resolves to a public address when saved and to
// 127.0.0.1 later (DNS rebinding) is still refused. Redirects are never followed.

export type LookupAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const defaultLookup: LookupAll = (hostname, options, callback) => systemLookup(hostname, options, callback);

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function guardedLookup(policy: WebhookTargetPolicy, lookupAll: LookupAll) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    lookupAll(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((entry) => !policy.allowsAddress(entry.address));
      if (refused || addresses.length === 0) {
        const reason = refused
          ? `${hostname} resolves to ${refused.address} (${addressRange(refused.address) ?? "unknown"})`
          : `${hostname} has no address`;
        return callback(Object.assign(new WebhookTargetRefused(reason), { code: "ETARGETREFUSED" }), []);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return callback(null, first?.address ?? "", first?.family);
    });
  };
}

/** A fetch for webhook delivery: POST, string body, status only; the policy applies on connect. */
export function nodeWebhookFetch(policy: WebhookTargetPolicy, lookupAll: LookupAll = defaultLookup): typeof fetch {
  const lookup = guardedLookup(policy, lookupAll);
  return ((input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const send = url.protocol === "https:" ? httpsRequest : url.protocol === "http:" ? httpRequest : undefined;
    if (!send) return Promise.reject(new WebhookTargetRefused(`unsupported protocol ${url.protocol}`));
    // An IP literal is connected to without a lookup, so it is checked here.
    const host = bareHost(url.hostname);
    if (addressRange(host) !== undefined && !policy.allowsAddress(host))
      return Promise.reject(new WebhookTargetRefused(`${host} is not allowed`));
    const body = typeof init?.body === "string" ? init.body : "";
    const headers: Record<string, string> = Object.fromEntries(new Headers(init?.headers));
    headers["content-length"] = String(Buffer.byteLength(body));
    return new Promise<Response>((resolve, reject) => {
      const request = send(
        url,
        {
          method: init?.method ?? "POST",
          headers,
          lookup,
          agent: false,
          ...(init?.signal ? { signal: init.signal } : {}),
        },
        (response) => {
          response.resume();
          const status = response.statusCode ?? 0;
          if (status < 200 || status > 599) reject(new Error(`unexpected status ${status}`));
          else resolve(new Response(null, { status }));
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  }) as typeof fetch;
}
