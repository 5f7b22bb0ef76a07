// HMAC-SHA256 checks for the booking providers' webhooks, through Web Crypto so they run on
// Node and on Workers alike. crypto.subtle.verify compares the MACs itself, in constant time:
// a forged signature learns nothing from how quickly it was refused.

const encoder = new TextEncoder();

function hexBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return undefined;
  const bytes = new Uint8Array(32);
  for (let index = 0; index < 32; index += 1) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

/** True when `hexSignature` is the hex HMAC-SHA256 of `message` under `secret`. */
export async function hmacSha256HexMatches(secret: string, message: string, hexSignature: string): Promise<boolean> {
  const signature = hexBytes(hexSignature.trim());
  if (!signature) return false;
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "verify",
  ]);
  return crypto.subtle.verify("HMAC", key, signature, encoder.encode(message));
}
