import type { FrameConfig } from "../shared/frame-config.js";
import { connectBridge } from "./bridge.js";
import { postEvent, postLead } from "./chat-api.js";
import { ChatController } from "./chat-controller.js";
import { dataOf, type ChatMessage } from "./protocol.js";
import { h } from "./view/dom.js";
import { leadForm, type LeadFormKind } from "./view/lead-form.js";
import { AppView } from "./view/app-view.js";
import { openSummaryTab, summaryArticle, summaryData, summaryToolbar } from "./view/summary-page.js";

/** Whose knee the advice is about, from the latest call-to-action card (for someone else, the form asks their name). */
function patientOf(messages: ChatMessage[]): { patient?: "child" | "someone_else" } {
  for (const message of [...messages].reverse()) {
    for (const part of message.parts) {
      const cta = dataOf(part, "cta");
      if (cta) return cta.patient ? { patient: cta.patient } : {};
    }
  }
  return {};
}

// The chat app inside the frame: read the clinic's settings from the page, wire the view to
// the controller and the host page, and open (or resume) the conversation. The same script
// also serves the printable summary page, where it only wires the Print button.

function readConfig(): FrameConfig {
  const element = document.getElementById("kt-config");
  return JSON.parse(element?.textContent ?? "{}") as FrameConfig;
}

function boot(): void {
  if (document.body.classList.contains("summary-page")) {
    document.getElementById("doc-print")?.addEventListener("click", () => window.print());
    return;
  }
  const config = readConfig();
  const root = document.getElementById("app");
  if (!root || !config.clinic) return;
  // CSSOM writes are allowed by the frame's CSP, unlike inline style attributes.
  document.documentElement.style.setProperty("--brand", config.brand);

  let view: AppView | undefined;
  const bridge = connectBridge(config, (message) => {
    if (message.type === "open") view?.focusDefault();
  });
  const controller = new ChatController(config.clinic, {
    change: (state) => view?.render(state),
    restoreDraft: (text) => view?.composer.restore(text),
  });

  const closeAside = () => {
    view?.showAside(null);
    view?.focusDefault();
  };
  // A form closed with "Back to chat" keeps what was typed when opened again (per kind, per chat).
  let forms: { conversationId: string; byKind: Map<LeadFormKind, HTMLElement> } = {
    conversationId: "",
    byKind: new Map(),
  };
  const openLeadForm = (kind: LeadFormKind) => {
    if (forms.conversationId !== controller.state.conversationId)
      forms = { conversationId: controller.state.conversationId, byKind: new Map() };
    const form =
      forms.byKind.get(kind) ??
      leadForm({
        kind,
        clinicName: config.name,
        phone: config.phone,
        emergencyNumber: config.emergencyNumber,
        ...patientOf(controller.state.messages),
        submit: (lead) =>
          postLead({ ...lead, conversationId: controller.state.conversationId }, controller.state.token),
        sent: (lead) => controller.leadSent(lead),
        openBooking: (url) => {
          // Not the "noopener" feature: with it window.open always returns null, and a
          // blocked pop-up could not be told from an opened one. The opener is cut by hand.
          const tab = window.open(url, "_blank");
          if (tab) tab.opener = null;
          return tab !== null;
        },
        close: closeAside,
      });
    forms.byKind.set(kind, form);
    view?.showAside(form);
    form.querySelector<HTMLElement>("h2")?.focus();
    postEvent(config.clinic, "lead_form_opened");
  };
  const printSummary = () => {
    const data = summaryData(controller.state.messages, config);
    if (openSummaryTab(data)) return;
    // No new tab (a blocked pop-up): the same page inside the chat, printed from here.
    const article = summaryArticle(data);
    const toolbar = summaryToolbar(
      h("button", { type: "button", className: "cta", onClick: closeAside }, "Back to chat"),
    );
    toolbar.querySelector("#doc-print")?.addEventListener("click", () => window.print());
    view?.showAside(h("div", { className: "summary-view" }, toolbar, article));
    article.setAttribute("tabindex", "-1");
    article.focus();
  };

  view = new AppView(
    root,
    config,
    {
      send: (text, answers) => controller.send(text, answers),
      retry: () => controller.retry(),
      startOver: () => {
        view?.showAside(null);
        void controller.startFresh().then(() => view?.announce("A new chat has started."));
        view?.composer.focus();
      },
      deleteChat: () => {
        view?.showAside(null);
        controller.deleteChat().then(
          () => view?.showFlash("Your chat was deleted. This is a new one."),
          () => undefined,
        );
        view?.composer.focus();
      },
      close: () => bridge.post({ type: "close" }),
      action: (action) => {
        postEvent(config.clinic, "cta_clicked", action.kind);
        // A link (urgent care, a phone number, the prefilled booking page) opens by itself.
        if (action.href) return;
        if (action.kind === "discovery_call" || action.kind === "book_assessment" || action.kind === "request_callback")
          openLeadForm(action.kind);
        else if (action.kind === "self_care_plan") controller.send("Show me a self-care plan");
      },
      setKeep: (keep) => {
        controller.setKeep(keep);
        view?.announce(
          keep ? "This chat will be kept on this device." : "This chat will be forgotten when you close the tab.",
        );
      },
      feedback: (helpful) => controller.sendFeedback(helpful),
      printSummary,
    },
    bridge.embedded,
  );

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && bridge.embedded) {
      event.preventDefault();
      bridge.post({ type: "close" });
    }
  });
  bridge.post({ type: "ready", brand: config.brand, position: config.position });
  postEvent(config.clinic, "widget_opened");
  view.render(controller.state);
  view.focusDefault();
  void controller.start();
}

boot();
