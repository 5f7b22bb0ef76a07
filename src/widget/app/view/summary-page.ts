import { actionHeadline } from "../../../triage/safety-net.js";
import type { FrameConfig } from "../../shared/frame-config.js";
import { dataOf, textOf, type ChatMessage, type Disposition, type EmergencyCardData } from "../protocol.js";
import { h } from "./dom.js";
import { howSoon, levelLabel } from "./render-cards.js";

// "Print or save my summary": a clean page to bring to the doctor or physical therapist, built
// in the frame from what the conversation already holds (the questions and the visitor's
// answers, the "what I understood" facts, the disposition). It opens in a new tab as a page
// of our own origin (a blob URL, so nothing is sent anywhere); where a new tab is refused the
// same page is shown inside the chat. The print styles are in app.css.

export interface SummaryData {
  clinicName: string;
  clinicPhone: string | null;
  locale: string;
  date: Date;
  /** The visitor's own description, when it was not an answer to a question. */
  words: string | undefined;
  facts: string[];
  answers: Array<{ question: string; answer: string }>;
  disposition?: Disposition;
  emergency?: EmergencyCardData;
}

export function summaryData(messages: ChatMessage[], config: FrameConfig, date = new Date()): SummaryData {
  const data: SummaryData = {
    clinicName: config.name,
    clinicPhone: config.phone,
    locale: config.locale,
    date,
    words: undefined,
    facts: [],
    answers: [],
  };
  let asked: { prompt: string; labels: string[]; optional: boolean } | undefined;
  for (const message of messages) {
    if (message.role === "user") {
      const answer = textOf(message);
      // "Is this about you or someone else?" may be answered by just telling the story.
      const answersAsked = asked && (!asked.optional || asked.labels.includes(answer));
      if (asked && answer && answersAsked)
        data.answers.push({ question: asked.prompt, answer: answer.split("\n").join("; ") });
      else if (answer && data.words === undefined) data.words = answer;
      asked = undefined;
      continue;
    }
    for (const part of message.parts) {
      const question = dataOf(part, "question");
      if (question)
        asked = {
          prompt: question.prompt,
          labels: (question.options ?? []).map((option) => option.label),
          optional: question.fields.length === 0,
        };
      data.disposition = dataOf(part, "triage") ?? data.disposition;
      data.emergency = dataOf(part, "emergency") ?? data.emergency;
      const summary = dataOf(part, "summary");
      if (summary) data.facts = summary.facts.map((fact) => fact.text);
    }
  }
  return data;
}

/** Whether there is a recommendation worth printing. */
export function hasSummary(messages: ChatMessage[]): boolean {
  return messages.some((message) =>
    message.parts.some((part) => part.type === "data-cta" || part.type === "data-emergency"),
  );
}

const list = (items: string[]) => h("ul", {}, ...items.map((item) => h("li", {}, item)));

function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return h("section", { className: "doc-section" }, h("h2", {}, title), ...children);
}

export function summaryArticle(data: SummaryData): HTMLElement {
  const { disposition, emergency } = data;
  const date = data.date.toLocaleDateString(data.locale, { year: "numeric", month: "long", day: "numeric" });
  return h(
    "article",
    { className: "print-doc", "aria-labelledby": "doc-title" },
    h(
      "header",
      { className: "doc-head" },
      h("p", { className: "doc-clinic" }, data.clinicName),
      h("h1", { id: "doc-title" }, "Your knee: a summary to bring to your appointment"),
      h("p", { className: "doc-date" }, `From your chat on ${date}`),
    ),
    disposition
      ? section(
          "Our recommendation",
          h("p", { className: `doc-level level-${disposition.level}` }, levelLabel[disposition.level]),
          h("p", { className: "doc-headline" }, `${actionHeadline[disposition.action]}.`),
          h("p", {}, h("strong", {}, "How soon: "), howSoon[disposition.level]),
          disposition.complete || disposition.level === "emergency"
            ? null
            : h("p", {}, "Based on the answers given so far; the chat did not finish."),
        )
      : null,
    emergency ? section("What to do now", list([emergency.headline, ...emergency.instructions])) : null,
    disposition && disposition.reasons.length > 0
      ? section("Why", list(disposition.reasons.map((reason) => reason.summary)))
      : null,
    data.words !== undefined || data.facts.length > 0 || data.answers.length > 0
      ? section(
          "What you told us",
          data.words !== undefined ? h("blockquote", { className: "doc-words" }, `\u201c${data.words}\u201d`) : null,
          data.facts.length > 0 ? list(data.facts) : null,
          data.answers.length > 0
            ? h(
                "dl",
                { className: "doc-answers" },
                ...data.answers.flatMap((pair) => [h("dt", {}, pair.question), h("dd", {}, pair.answer)]),
              )
            : null,
        )
      : null,
    disposition
      ? section(
          disposition.level === "emergency" ? "Until you are seen" : "If things change",
          list(disposition.safetyNet),
        )
      : null,
    h(
      "footer",
      { className: "doc-foot" },
      h(
        "p",
        {},
        `This summary comes from the knee pain assistant of ${data.clinicName}. It is guidance on what to do next, not a diagnosis.`,
      ),
      data.clinicPhone ? h("p", {}, `${data.clinicName}: ${data.clinicPhone}`) : null,
    ),
  );
}

export function summaryToolbar(...extra: HTMLElement[]): HTMLElement {
  return h(
    "div",
    { className: "doc-toolbar" },
    h("button", { type: "button", className: "cta cta-primary", id: "doc-print" }, "Print or save as PDF"),
    ...extra,
    h("p", { className: "muted" }, "To keep a copy, choose \u201cSave as PDF\u201d in the print window."),
  );
}

/** Open the summary in a new tab; false when the browser would not open one. */
export function openSummaryTab(data: SummaryData): boolean {
  const stylesheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href;
  const script = document.querySelector<HTMLScriptElement>("script[src]")?.src;
  const title = `Knee summary, ${data.clinicName}, ${data.date.toLocaleDateString(data.locale)}`;
  const page = document.implementation.createHTMLDocument(title);
  page.documentElement.lang = data.locale;
  page.head.prepend(h("meta", { charset: "utf-8" }));
  page.head.append(
    h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    h("link", { rel: "icon", href: "data:," }),
  );
  if (stylesheet) page.head.append(h("link", { rel: "stylesheet", href: stylesheet }));
  page.body.className = "summary-page";
  page.body.append(h("main", {}, summaryToolbar(), summaryArticle(data)));
  // The app's own script wires the Print button there (the page allows no inline script).
  if (script) page.body.append(h("script", { src: script, defer: true }));
  const url = URL.createObjectURL(
    new Blob([`<!doctype html>\n${page.documentElement.outerHTML}`], { type: "text/html" }),
  );
  const opened = window.open(url, "_blank");
  if (!opened) URL.revokeObjectURL(url);
  return opened !== null;
}
