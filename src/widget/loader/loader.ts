import { isBridgeMessage, type BridgeMessage } from "../shared/frame-config.js";

// The embed loader: the only thing a clinic's page downloads until the visitor asks for the
// chat. It draws a launcher in a shadow root; the first click creates the chat iframe. It
// sets no cookies, stores nothing and fetches nothing else before that click.

const HOST_ID = "knee-triage-widget";
const chatIcon =
  '<svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path class="when-closed" d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/><path class="when-open" d="M18 6 6 18M6 6l12 12"/></svg>';

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.clinic) return current;
  // Fallback when currentScript is unavailable; prefer our own script among several.
  return document.querySelector<HTMLScriptElement>('script[data-clinic][src*="/widget.js"]');
}

function styleShadow(shadow: ShadowRoot): void {
  // Constructable stylesheets are not blocked by a host page's style-src CSP; <style> may be.
  if ("adoptedStyleSheets" in shadow && typeof CSSStyleSheet !== "undefined" && "replaceSync" in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(__LOADER_CSS__);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = __LOADER_CSS__;
    shadow.appendChild(style);
  }
}

function start(script: HTMLScriptElement): void {
  const clinic = script.dataset.clinic ?? "";
  if (!/^[a-z0-9][a-z0-9-]*$/.test(clinic) || document.getElementById(HOST_ID)) return;
  const serverOrigin = new URL(script.src, location.href).origin;
  const fixedPosition = script.dataset.position;

  const host = document.createElement("div");
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: "open" });
  styleShadow(shadow);
  const root = document.createElement("div");
  root.className = `kt${fixedPosition === "bottom-left" ? " left" : ""}`;
  root.innerHTML = `<div class="panel" id="kt-panel" hidden></div><button class="launcher" type="button" aria-expanded="false" aria-controls="kt-panel" aria-label="Open knee pain chat">${chatIcon}<span class="label">Knee pain chat</span></button>`;
  shadow.appendChild(root);
  document.body.appendChild(host);

  const panel = root.querySelector<HTMLDivElement>(".panel") as HTMLDivElement;
  const launcher = root.querySelector<HTMLButtonElement>(".launcher") as HTMLButtonElement;
  let frame: HTMLIFrameElement | undefined;
  let isOpen = false;

  const post = (type: BridgeMessage["type"]) => frame?.contentWindow?.postMessage({ source: "knee-triage", type }, serverOrigin);

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
    launcher.setAttribute("aria-label", open ? "Close knee pain chat" : "Open knee pain chat");
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
      frame.title = "Knee pain chat";
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
    if (event.origin !== serverOrigin || !frame || event.source !== frame.contentWindow || !isBridgeMessage(event.data)) return;
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
  if (document.body) start(script);
  else document.addEventListener("DOMContentLoaded", () => start(script));
}
