import { isBridgeMessage, type BridgeMessage, type LauncherConfig } from "../shared/frame-config.js";
import { CLINIC_SLUG } from "../../lib/clinic-slug.js";

// The embed loader: the only thing a clinic's page downloads until the visitor asks for the
// chat. It reads the clinic's launcher settings (words, colour, corner, logo: one small
// cookie-less JSON request), draws the launcher in a shadow root, and creates the chat iframe
// on the first click. It sets no cookies and stores nothing.

const HOST_ID = "knee-triage-widget";
const chatIcon =
  '<svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path class="when-closed" d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/><path class="when-open" d="M18 6 6 18M6 6l12 12"/></svg>';
const defaults: LauncherConfig = {
  name: "",
  brand: "#0f766e",
  position: "bottom-right",
  label: "Knee pain chat",
  logoUrl: null,
};

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.clinic) return current;
  // Fallback when currentScript is unavailable; prefer our own script among several.
  return document.querySelector<HTMLScriptElement>('script[data-clinic][src*="/widget.js"]');
}

function styleShadow(shadow: ShadowRoot): void {
  // Constructable stylesheets are not blocked by a host page's style-src CSP; <style> may be.
  if (
    "adoptedStyleSheets" in shadow &&
    typeof CSSStyleSheet !== "undefined" &&
    "replaceSync" in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(__LOADER_CSS__);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = __LOADER_CSS__;
    shadow.appendChild(style);
  }
}

/** The clinic's launcher settings; undefined when the clinic does not exist (draw nothing). */
async function launcherSettings(serverOrigin: string, clinic: string): Promise<LauncherConfig | undefined> {
  try {
    const response = await fetch(`${serverOrigin}/widget/config?clinic=${encodeURIComponent(clinic)}`, {
      credentials: "omit",
    });
    if (response.status === 404) return undefined;
    return response.ok ? { ...defaults, ...((await response.json()) as Partial<LauncherConfig>) } : defaults;
  } catch {
    return defaults; // offline or blocked: a plain launcher still opens the chat's own error page
  }
}

async function start(script: HTMLScriptElement): Promise<void> {
  const clinic = script.dataset.clinic ?? "";
  if (!CLINIC_SLUG.test(clinic) || document.getElementById(HOST_ID)) return;
  const serverOrigin = new URL(script.src, location.href).origin;
  const fixedPosition = script.dataset.position;

  // Claim the id at once, so a second copy of the snippet cannot draw a second launcher.
  const host = document.createElement("div");
  host.id = HOST_ID;
  host.hidden = true;
  document.body.appendChild(host);
  const settings = await launcherSettings(serverOrigin, clinic);
  if (!settings) return;
  const shadow = host.attachShadow({ mode: "open" });
  styleShadow(shadow);
  if (/^#[0-9a-f]{6}$/i.test(settings.brand)) host.style.setProperty("--kt-brand", settings.brand);
  const root = document.createElement("div");
  const left = (fixedPosition ?? settings.position) === "bottom-left";
  root.className = `kt${left ? " left" : ""}`;
  root.innerHTML = `<div class="panel" id="kt-panel" hidden></div><button class="launcher" type="button" aria-expanded="false" aria-controls="kt-panel">${chatIcon}<span class="label"></span></button>`;
  shadow.appendChild(root);
  host.hidden = false;

  const panel = root.querySelector<HTMLDivElement>(".panel") as HTMLDivElement;
  const launcher = root.querySelector<HTMLButtonElement>(".launcher") as HTMLButtonElement;
  const label = settings.label || defaults.label;
  (launcher.querySelector(".label") as HTMLSpanElement).textContent = label;
  launcher.setAttribute("aria-label", label);
  if (settings.logoUrl && /^https?:/.test(settings.logoUrl)) {
    const logo = document.createElement("img");
    logo.className = "logo";
    logo.alt = "";
    logo.src = settings.logoUrl;
    // A page whose CSP blocks the image keeps the chat icon.
    logo.addEventListener("load", () => launcher.classList.add("has-logo"));
    launcher.prepend(logo);
  }
  let frame: HTMLIFrameElement | undefined;
  let isOpen = false;

  const post = (type: BridgeMessage["type"]) =>
    frame?.contentWindow?.postMessage({ source: "knee-triage", type }, serverOrigin);

  // On phones the panel fills the visual viewport, so the on-screen keyboard never covers
  // the chat's input (100dvh alone ignores the keyboard on some browsers).
  const fitViewport = () => {
    const viewport = window.visualViewport;
    const small = window.innerWidth < 640;
    panel.style.height = isOpen && small && viewport ? `${viewport.height}px` : "";
    panel.style.top = isOpen && small && viewport ? `${viewport.offsetTop}px` : "";
  };
  window.visualViewport?.addEventListener("resize", fitViewport);
  window.visualViewport?.addEventListener("scroll", fitViewport);

  const setOpen = (open: boolean) => {
    isOpen = open;
    panel.hidden = !open;
    root.classList.toggle("open", open);
    launcher.setAttribute("aria-expanded", String(open));
    launcher.setAttribute("aria-label", open ? "Close chat" : label);
    fitViewport();
    if (open) {
      frame?.focus();
      post("open");
    } else {
      launcher.focus();
    }
  };

  launcher.addEventListener("click", () => {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.title = settings.name ? `${label}: ${settings.name}` : label;
      // The host's origin travels in the fragment (never sent to a server); the frame checks
      // it against the clinic's allowed origins before it will talk to us.
      frame.src = `${serverOrigin}/widget/frame?clinic=${encodeURIComponent(clinic)}#origin=${encodeURIComponent(location.origin)}`;
      panel.appendChild(frame);
    }
    setOpen(!isOpen);
  });

  shadow.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape" && isOpen) setOpen(false);
  });

  window.addEventListener("message", (event) => {
    if (event.origin !== serverOrigin || !frame || event.source !== frame.contentWindow || !isBridgeMessage(event.data))
      return;
    const message = event.data;
    if (message.type === "close" && isOpen) setOpen(false);
    if (message.type === "ready") {
      if (/^#[0-9a-f]{6}$/i.test(message.brand)) host.style.setProperty("--kt-brand", message.brand);
      if (!fixedPosition) root.classList.toggle("left", message.position === "bottom-left");
      if (isOpen) post("open");
    }
  });
}

const script = findScript();
if (script) {
  if (document.body) void start(script);
  else document.addEventListener("DOMContentLoaded", () => void start(script));
}
