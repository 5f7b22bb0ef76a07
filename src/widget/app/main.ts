import type { FrameConfig } from "../shared/frame-config.js";
import { connectBridge } from "./bridge.js";
import { postEvent, postLead } from "./chat-api.js";
import { ChatController } from "./chat-controller.js";
import { leadForm } from "./view/lead-form.js";
import { AppView } from "./view/app-view.js";

// The chat app inside the frame: read the clinic's settings from the page, wire the view to
// the controller and the host page, and open (or resume) the conversation.

function readConfig(): FrameConfig {
  const element = document.getElementById("kt-config");
  return JSON.parse(element?.textContent ?? "{}") as FrameConfig;
}

function boot(): void {
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

  const closeLeadForm = () => {
    view?.showAside(null);
    view?.focusDefault();
  };
  const openLeadForm = () => {
    const form = leadForm({
      clinicName: config.name,
      phone: config.phone,
      submit: (lead) => postLead({ ...lead, conversationId: controller.state.conversationId }, controller.state.token),
      close: closeLeadForm,
    });
    view?.showAside(form);
    form.querySelector<HTMLElement>("#lead-title")?.focus();
    postEvent(config.clinic, "lead_form_opened");
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
          () => view?.announce("Your chat was deleted. A new chat has started."),
          () => undefined,
        );
        view?.composer.focus();
      },
      close: () => bridge.post({ type: "close" }),
      action: (action) => {
        postEvent(config.clinic, "cta_clicked", action.kind);
        if (action.kind === "discovery_call") openLeadForm();
        else if (action.kind === "self_care_plan") controller.send("Show me a self-care plan");
      },
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
