import { actionHeadline } from "../../../triage/safety-net.js";
import type { SentLead } from "../chat-api.js";
import type { CallToAction, Disposition, EmergencyCardData, UnderstoodFact } from "../protocol.js";
import { h, icon, icons, safeHref } from "./dom.js";

// The structured cards: what I understood, the disposition with its call to action, and the
// emergency card. Their wording comes from the server; only headings live here.

export interface CardHandlers {
  correct(): void;
  action(action: CallToAction): void;
  /** The request already sent to the clinic, if any. */
  lead?: SentLead | undefined;
}

/** The actions that open the contact form: one request per conversation, so once sent they give way to "Request sent ✓". */
const LEAD_KINDS: ReadonlyArray<CallToAction["kind"]> = ["request_callback", "book_assessment", "discovery_call"];

export const levelLabel: Record<Disposition["level"], string> = {
  emergency: "Emergency",
  urgent: "Urgent",
  routine: "Routine",
  self_care: "Self-care",
};

export const howSoon: Record<Disposition["level"], string> = {
  emergency: "Now",
  urgent: "Within 24 hours (some problems today)",
  routine: "Within about 1–2 weeks",
  self_care: "No appointment needed right now",
};

let headingCounter = 0;
const headingId = () => `card-${(headingCounter += 1)}`;

function list(items: string[]): HTMLUListElement {
  return h("ul", {}, ...items.map((item) => h("li", {}, item)));
}

export function summaryCard(facts: UnderstoodFact[], handlers: CardHandlers): HTMLElement {
  const id = headingId();
  return h(
    "section",
    { className: "card summary", "aria-labelledby": id },
    h("h2", { id }, "What I understood"),
    list(facts.map((fact) => fact.text)),
    h(
      "button",
      { type: "button", className: "link-button", onClick: () => handlers.correct() },
      "Something's wrong? Tell me what to change",
    ),
  );
}

function actionButton(action: CallToAction, handlers: CardHandlers, primary: boolean): HTMLElement {
  const href = safeHref(action.href);
  const className = `cta${primary ? " cta-primary" : ""}`;
  if (href) {
    const external = !href.startsWith("tel:");
    return h(
      "a",
      {
        className,
        href,
        ...(external ? { target: "_blank", rel: "noopener noreferrer" } : {}),
        onClick: () => handlers.action(action),
      },
      href.startsWith("tel:") ? icon(icons.phone) : null,
      action.label,
      external ? h("span", { className: "sr-only" }, " (opens in a new tab)") : null,
    );
  }
  return h(
    "button",
    { type: "button", className, "data-action": action.kind, onClick: () => handlers.action(action) },
    action.label,
  );
}

export function actionsRow(actions: CallToAction[], handlers: CardHandlers): HTMLElement {
  const lead = handlers.lead;
  const shown = lead ? actions.filter((action) => !LEAD_KINDS.includes(action.kind)) : actions;
  const firstLead = actions.findIndex((action) => LEAD_KINDS.includes(action.kind));
  const nodes = shown.map((action) => actionButton(action, handlers, action === actions[0]));
  if (lead && firstLead >= 0) {
    // Where the booking button was, the booking page prefilled for this visitor, so a tab
    // closed too soon can be opened again.
    const booking =
      lead.intent === "book" && actions.some((action) => action.kind === "book_assessment")
        ? safeHref(lead.bookingUrl)
        : undefined;
    const sent = h("p", { className: "sent", role: "status" }, "Request sent ✓");
    const insertAt = shown.filter((action) => actions.indexOf(action) < firstLead).length;
    nodes.splice(
      insertAt,
      0,
      sent,
      ...(booking
        ? [
            actionButton(
              { kind: "book_assessment", label: "Choose your appointment time", href: booking },
              handlers,
              firstLead === 0,
            ),
          ]
        : []),
    );
  }
  return h("div", { className: "cta-row" }, ...nodes);
}

export function dispositionCard(
  disposition: Disposition,
  actions: CallToAction[],
  handlers: CardHandlers,
): HTMLElement {
  const id = headingId();
  return h(
    "section",
    { className: `card disposition level-${disposition.level}`, "aria-labelledby": id },
    h("p", { className: "badge" }, levelLabel[disposition.level]),
    h("h2", { id }, actionHeadline[disposition.action]),
    h("p", { className: "when" }, h("strong", {}, "How soon: "), howSoon[disposition.level]),
    disposition.complete ? null : h("p", { className: "muted" }, "Based on what you have told me so far."),
    // The next step comes right under the advice, so it is in view without scrolling.
    actions.length > 0 ? actionsRow(actions, handlers) : null,
    disposition.reasons.length > 0 ? h("h3", {}, "Why") : null,
    disposition.reasons.length > 0 ? list(disposition.reasons.map((reason) => reason.summary)) : null,
    h("h3", {}, "Safety net"),
    list(disposition.safetyNet),
    h("p", { className: "muted" }, "This is guidance on what to do next, not a diagnosis."),
  );
}

export function emergencyCard(card: EmergencyCardData, disposition: Disposition | undefined): HTMLElement {
  const id = headingId();
  const why =
    disposition?.reasons.filter((reason) => reason.level === "emergency").map((reason) => reason.summary) ?? [];
  return h(
    "section",
    { className: "card emergency", "aria-labelledby": id },
    h("h2", { id }, icon(icons.alert), card.headline),
    list(card.instructions),
    h(
      "a",
      { className: "call-big", href: `tel:${card.emergencyNumber.replace(/[^+\d]/g, "")}` },
      icon(icons.phone),
      `Call ${card.emergencyNumber}`,
    ),
    why.length > 0 ? h("h3", {}, "Why") : null,
    why.length > 0 ? list(why) : null,
  );
}

export function sourcesList(sources: Array<{ url: string; title?: string }>): HTMLElement | null {
  const links = sources.flatMap((source) => {
    const href = safeHref(source.url);
    return href && !href.startsWith("tel:") ? [{ href, title: source.title || "Source" }] : [];
  });
  if (links.length === 0) return null;
  return h(
    "div",
    { className: "sources" },
    h("p", { className: "sources-title" }, "Sources"),
    h(
      "ul",
      {},
      ...links.map((link) =>
        h(
          "li",
          {},
          h(
            "a",
            { href: link.href, target: "_blank", rel: "noopener" },
            link.title,
            icon(icons.external),
            h("span", { className: "sr-only" }, " (opens in a new tab)"),
          ),
        ),
      ),
    ),
  );
}
