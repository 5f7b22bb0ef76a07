// What the server tells the chat frame about its clinic, as JSON inside the frame page.
// Shared by the route that writes it and the app that reads it.

/** What the loader needs to draw the launcher before anything opens (GET /widget/config). */
export interface LauncherConfig {
  name: string;
  /** The brand colour, already darkened if white text on it would fail AA contrast. */
  brand: string;
  position: "bottom-right" | "bottom-left";
  /** The launcher's words. */
  label: string;
  /** The clinic's logo or avatar image; without one, the clinic's initials are shown. */
  logoUrl: string | null;
}

export interface FrameConfig extends LauncherConfig {
  clinic: string;
  phone: string | null;
  emergencyNumber: string;
  locale: string;
  /** Exact origins that may host the frame: the clinic's allowed origins and our own. */
  parentOrigins: string[];
}

export const BRIDGE_SOURCE = "knee-triage";

/** Messages across the frame boundary; both sides check the exact origin before reading them. */
export type BridgeMessage =
  | { source: typeof BRIDGE_SOURCE; type: "ready"; brand: string; position: FrameConfig["position"] }
  | { source: typeof BRIDGE_SOURCE; type: "close" }
  | { source: typeof BRIDGE_SOURCE; type: "open" };

/** A bridge message before `source` is stamped on it. */
export type OutgoingBridgeMessage = BridgeMessage extends infer M
  ? M extends BridgeMessage
    ? Omit<M, "source">
    : never
  : never;

export function isBridgeMessage(value: unknown): value is BridgeMessage {
  return typeof value === "object" && value !== null && (value as { source?: unknown }).source === BRIDGE_SOURCE;
}
