// IP address literals as bytes, and what part of the address space they belong to. Pure code
// (no node:net), so the same rules run on Node and on Workers. Used for webhook targets (which
// addresses we may send to) and for rate-limit keys (an IPv6 visitor is keyed on their /64).

export type AddressRange =
  | "public"
  | "unspecified"
  | "loopback"
  | "private"
  | "shared (carrier-grade NAT)"
  | "link-local"
  | "unique-local"
  | "multicast"
  | "documentation"
  | "reserved";

/** Strict dotted decimal ("10.0.0.1"). URLs are normalised to it first (see webhook targets). */
export function parseIpv4(text: string): number[] | undefined {
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return undefined;
  const bytes = text.split(".").map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : undefined;
}

/** Any IPv6 text form (compressed, with an IPv4 tail, in brackets, with a %zone) as 16 bytes. */
export function parseIpv6(text: string): number[] | undefined {
  let value = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const zone = value.indexOf("%");
  if (zone >= 0) value = value.slice(0, zone);
  if (!value.includes(":") || !/^[0-9a-fA-F:.]+$/.test(value)) return undefined;
  let tail: number[] | undefined;
  const lastColon = value.lastIndexOf(":");
  if (value.slice(lastColon + 1).includes(".")) {
    tail = parseIpv4(value.slice(lastColon + 1));
    if (!tail) return undefined;
    value = `${value.slice(0, lastColon + 1)}0:0`;
  }
  const halves = value.split("::");
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string) => (part === "" ? [] : part.split(":"));
  const head = groupsOf(halves[0] ?? "");
  const rest = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  if (![...head, ...rest].every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  const bytes = groups.flatMap((group) => {
    const number = parseInt(group, 16);
    return [number >> 8, number & 0xff];
  });
  if (tail) bytes.splice(12, 4, ...tail);
  return bytes;
}

const inPrefix = (bytes: number[], prefix: number[], bits: number): boolean => {
  for (let bit = 0; bit < bits; bit += 8) {
    const take = Math.min(8, bits - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((prefix[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
};

const IPV4_RANGES: Array<[number[], number, AddressRange]> = [
  [[0, 0, 0, 0], 8, "unspecified"],
  [[10, 0, 0, 0], 8, "private"],
  [[100, 64, 0, 0], 10, "shared (carrier-grade NAT)"],
  [[127, 0, 0, 0], 8, "loopback"],
  [[169, 254, 0, 0], 16, "link-local"],
  [[172, 16, 0, 0], 12, "private"],
  [[192, 0, 0, 0], 24, "reserved"],
  [[192, 0, 2, 0], 24, "documentation"],
  [[192, 88, 99, 0], 24, "reserved"],
  [[192, 168, 0, 0], 16, "private"],
  [[198, 18, 0, 0], 15, "reserved"],
  [[198, 51, 100, 0], 24, "documentation"],
  [[203, 0, 113, 0], 24, "documentation"],
  [[224, 0, 0, 0], 4, "multicast"],
  [[240, 0, 0, 0], 4, "reserved"],
];

function ipv4Range(bytes: number[]): AddressRange {
  return IPV4_RANGES.find(([prefix, bits]) => inPrefix(bytes, prefix, bits))?.[2] ?? "public";
}

function ipv6Range(bytes: number[]): AddressRange {
  const v6 = (groups: number[]) => groups.flatMap((group) => [group >> 8, group & 0xff]);
  if (bytes.every((byte) => byte === 0)) return "unspecified";
  if (bytes.slice(0, 15).every((byte) => byte === 0) && bytes[15] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach the IPv4 address inside.
  if (inPrefix(bytes, v6([0, 0, 0, 0, 0, 0xffff]), 96) || inPrefix(bytes, v6([0x64, 0xff9b]), 96))
    return ipv4Range(bytes.slice(12));
  if (inPrefix(bytes, v6([0xfc00]), 7)) return "unique-local";
  if (inPrefix(bytes, v6([0xfe80]), 10)) return "link-local";
  if (inPrefix(bytes, v6([0xfec0]), 10)) return "private";
  if (inPrefix(bytes, v6([0xff00]), 8)) return "multicast";
  if (inPrefix(bytes, v6([0x2001, 0x0db8]), 32) || inPrefix(bytes, v6([0x3fff]), 20)) return "documentation";
  // Global unicast is 2000::/3; inside it, 2001::/23 (Teredo and other protocol space) and
  // 2002::/16 (6to4, which tunnels to any IPv4 address) are not a receiver's address.
  if (!inPrefix(bytes, v6([0x2000]), 3) || inPrefix(bytes, v6([0x2001]), 23) || inPrefix(bytes, v6([0x2002]), 16))
    return "reserved";
  return "public";
}

/** The range of an IP literal, or undefined when the text is not one (a host name, say). */
export function addressRange(text: string): AddressRange | undefined {
  const v4 = parseIpv4(text);
  if (v4) return ipv4Range(v4);
  const v6 = parseIpv6(text);
  return v6 ? ipv6Range(v6) : undefined;
}

/**
 * The key per-address limits count on: an IPv4 address as it is, an IPv6 address by its /64
 * (one subscriber's whole block, which a visitor can rotate through freely), an IPv4-mapped
 * IPv6 address as the IPv4 address. Anything else is used as given.
 */
export function addressKey(text: string): string {
  if (parseIpv4(text)) return text;
  const v6 = parseIpv6(text);
  if (!v6) return text;
  if (v6.slice(0, 10).every((byte) => byte === 0) && v6[10] === 0xff && v6[11] === 0xff) return v6.slice(12).join(".");
  const groups = [0, 2, 4, 6].map((index) => (((v6[index] ?? 0) << 8) | (v6[index + 1] ?? 0)).toString(16));
  return `${groups.join(":")}::/64`;
}
