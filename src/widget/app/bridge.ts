import {
  BRIDGE_SOURCE,
  isBridgeMessage,
  type BridgeMessage,
  type FrameConfig,
  type OutgoingBridgeMessage,
} from "../shared/frame-config.js";

// The frame's side of postMessage. The host page's origin comes from the loader (in the URL
// fragment, never sent to a server) and must be one the server allowed for this clinic; every
// message in or out is bound to that exact origin.

export interface Bridge {
  embedded: boolean;
  post(message: OutgoingBridgeMessage): void;
}

function claimedParentOrigin(): string | undefined {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get("origin") ?? undefined;
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return fromFragment ?? ancestors?.[0] ?? (document.referrer ? new URL(document.referrer).origin : undefined);
}

export function connectBridge(config: FrameConfig, onMessage: (message: BridgeMessage) => void): Bridge {
  const framed = window.parent !== window;
  const claimed = claimedParentOrigin();
  const parentOrigin = framed && claimed && config.parentOrigins.includes(claimed) ? claimed : undefined;
  if (parentOrigin) {
    window.addEventListener("message", (event) => {
      if (event.origin !== parentOrigin || event.source !== window.parent || !isBridgeMessage(event.data)) return;
      onMessage(event.data);
    });
  }
  return {
    embedded: parentOrigin !== undefined,
    post(message) {
      if (parentOrigin) window.parent.postMessage({ ...message, source: BRIDGE_SOURCE }, parentOrigin);
    },
  };
}
