import { ApiError, type LeadRequest, type SentLead } from "../chat-api.js";
import { h } from "./dom.js";

// The contact form, in three forms: a discovery call (name, email or phone, a preferred time),
// a physical-therapy assessment (the same, then the clinic's booking page prefilled by the
// server), and, after urgent advice, "call me today" (name and phone only). Each has an
// explicit consent sentence. The phone number is checked by the server, whose message is
// shown next to the field; errors keep everything typed and focus moves to the first one.

export type LeadFormKind = "discovery_call" | "book_assessment" | "request_callback";

export interface LeadFormOptions {
  kind: LeadFormKind;
  clinicName: string;
  phone: string | null;
  emergencyNumber: string;
  /** The advice is about someone else's knee: the form also asks the patient's name. */
  patient?: "child" | "someone_else";
  submit(lead: Omit<LeadRequest, "conversationId">): Promise<SentLead>;
  /** The request reached the clinic (or the clinic already had one for this chat). */
  sent(lead: SentLead): void;
  /** Open the booking page the server prefilled; false when the browser blocked it. */
  openBooking(url: string): boolean;
  close(): void;
}

type FieldName = "name" | "email" | "phone" | "preferredTime" | "patientName" | "consent";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function field(name: FieldName, label: string, input: HTMLInputElement, hint?: string) {
  const id = `lead-${name}`;
  input.id = id;
  input.name = name;
  const error = h("p", { className: "field-error", id: `${id}-error` });
  const help = hint ? h("p", { className: "field-help", id: `${id}-help` }, hint) : null;
  input.setAttribute("aria-describedby", [help?.id, error.id].filter(Boolean).join(" "));
  const wrapper =
    input.type === "checkbox"
      ? h("div", { className: "field field-check" }, input, h("label", { for: id }, label), error)
      : h("div", { className: "field" }, h("label", { for: id }, label), help, input, error);
  return { input, error, wrapper };
}

const texts = {
  discovery_call: { title: "Book a free discovery call", submit: "Send my request" },
  book_assessment: { title: "Book a physical-therapy assessment", submit: "Continue to booking" },
  request_callback: { title: "Ask the clinic to call me today", submit: "Ask for a call today" },
} as const;

export function leadForm(options: LeadFormOptions): HTMLElement {
  const callback = options.kind === "request_callback";
  const clinic = options.clinicName;
  const fields = {
    name: field(
      "name",
      options.patient ? "Your name (the clinic will contact you)" : "Your name",
      h("input", { type: "text", autocomplete: "name", required: true, maxlength: 120 }),
    ),
    patientName: field(
      "patientName",
      options.patient === "child" ? "Your child's name (optional)" : "Their name (optional)",
      h("input", { type: "text", maxlength: 120 }),
    ),
    email: field("email", "Email", h("input", { type: "email", autocomplete: "email", maxlength: 254 })),
    phone: field(
      "phone",
      callback ? "Phone number to call" : "Phone",
      h("input", { type: "tel", autocomplete: "tel", maxlength: 40, required: callback }),
    ),
    preferredTime: field(
      "preferredTime",
      "Best time to contact you (optional)",
      h("input", { type: "text", maxlength: 120 }),
      "For example: weekday mornings",
    ),
    consent: field(
      "consent",
      callback
        ? `I agree that ${clinic} may call me on this number about my knee, and may see a summary of this chat.`
        : `I agree that ${clinic} may contact me using these details about my knee, and may see a summary of this chat.`,
      h("input", { type: "checkbox", required: true }),
    ),
  };
  const about: FieldName[] = options.patient ? ["patientName"] : [];
  const used: FieldName[] = callback
    ? ["name", ...about, "phone", "consent"]
    : ["name", ...about, "email", "phone", "preferredTime", "consent"];
  const text = texts[options.kind];
  const formError = h("p", { className: "form-error", role: "alert" });
  const submitButton = h("button", { type: "submit", className: "cta cta-primary" }, text.submit);
  const title = h("h2", { id: "lead-title", tabindex: "-1" }, text.title);

  const setError = (name: FieldName, message: string) => {
    fields[name].error.textContent = message;
    if (message) fields[name].input.setAttribute("aria-invalid", "true");
    else fields[name].input.removeAttribute("aria-invalid");
  };

  // Only what needs no rule of its own: the phone number's format is the server's to judge.
  const validate = (): FieldName[] => {
    const invalid: FieldName[] = [];
    const check = (name: FieldName, ok: boolean, message: string) => {
      setError(name, ok ? "" : message);
      if (!ok) invalid.push(name);
    };
    const email = fields.email.input.value.trim();
    const phone = fields.phone.input.value.trim();
    check("name", fields.name.input.value.trim() !== "", "Please tell us your name.");
    if (callback) check("phone", phone !== "", "Please give a phone number so the clinic can call you.");
    else {
      check(
        "email",
        email === "" ? phone !== "" : EMAIL.test(email),
        email === ""
          ? "Give an email address or a phone number so the clinic can reach you."
          : "This email address doesn't look right.",
      );
      setError("phone", "");
    }
    check("consent", fields.consent.input.checked, "Please tick the box so the clinic may contact you.");
    return invalid;
  };

  const section = h("section", { className: "lead", "aria-labelledby": "lead-title" });
  const form = h(
    "form",
    {
      noValidate: true,
      onSubmit: async (event: Event) => {
        event.preventDefault();
        formError.textContent = "";
        const invalid = validate();
        if (invalid[0]) return fields[invalid[0]].input.focus();
        const value = (name: FieldName) =>
          used.includes(name) ? fields[name].input.value.trim() || undefined : undefined;
        submitButton.disabled = true;
        submitButton.textContent = "Sending…";
        try {
          const lead = await options.submit({
            intent: callback ? "callback" : "book",
            name: fields.name.input.value.trim(),
            ...(value("email") ? { email: value("email") } : {}),
            ...(value("phone") ? { phone: value("phone") } : {}),
            ...(value("preferredTime") ? { preferredTime: value("preferredTime") } : {}),
            ...(value("patientName") ? { patientName: value("patientName") } : {}),
            consent: true,
          });
          options.sent(lead);
          showDone(lead);
        } catch (error) {
          const fieldName = error instanceof ApiError ? (error.field as FieldName | undefined) : undefined;
          if (error instanceof ApiError && error.status === 409 && error.code === "conflict") {
            // One request per chat: the clinic already has this visitor's details.
            options.sent({ intent: callback ? "callback" : "book" });
            return showDone(undefined, error.message);
          }
          if (fieldName && used.includes(fieldName)) {
            setError(fieldName, error instanceof Error ? error.message : "");
            fields[fieldName].input.focus();
          } else if (
            error instanceof ApiError &&
            error.status >= 400 &&
            error.status < 500 &&
            error.status !== 404 &&
            error.status !== 429
          ) {
            formError.textContent = error.message;
          } else {
            const call = options.phone ? ` You can also call us on ${options.phone}.` : "";
            formError.textContent = `Sorry, we couldn't send your request just now. Please try again.${call}`;
          }
        } finally {
          submitButton.disabled = false;
          submitButton.textContent = text.submit;
        }
      },
    },
    fields.name.wrapper,
    options.patient ? fields.patientName.wrapper : null,
    callback ? null : h("p", { className: "field-help" }, "Give an email address, a phone number, or both."),
    callback ? null : fields.email.wrapper,
    fields.phone.wrapper,
    callback ? null : fields.preferredTime.wrapper,
    fields.consent.wrapper,
    formError,
    h(
      "div",
      { className: "cta-row" },
      submitButton,
      h("button", { type: "button", className: "cta", onClick: () => options.close() }, "Back to chat"),
    ),
  );

  const showDone = (lead: SentLead | undefined, note?: string) => {
    const heading = h("h2", { tabindex: "-1" }, "Thank you, your request was sent");
    const booking = options.kind === "book_assessment" ? lead?.bookingUrl : undefined;
    const opened = booking ? options.openBooking(booking) : false;
    const next = callback
      ? `${clinic} will try to call you today. If you get worse before they call, don't wait: get care now, or call ${options.emergencyNumber} in an emergency.`
      : booking
        ? opened
          ? `The booking page of ${clinic} opened in a new tab with your details filled in. Choose a time there.`
          : `Choose a time on the booking page of ${clinic}; your details are filled in.`
        : `${clinic} will contact you soon to arrange your ${options.kind === "book_assessment" ? "assessment" : "free discovery call"}.`;
    section.replaceChildren(
      heading,
      h("p", { role: "status" }, note ?? next),
      h(
        "div",
        { className: "cta-row" },
        booking
          ? h(
              "a",
              { className: "cta cta-primary", href: booking, target: "_blank", rel: "noopener noreferrer" },
              "Choose your appointment time",
              h("span", { className: "sr-only" }, " (opens in a new tab)"),
            )
          : null,
        h(
          "button",
          { type: "button", className: `cta${booking ? "" : " cta-primary"}`, onClick: () => options.close() },
          "Back to chat",
        ),
      ),
    );
    heading.focus();
  };

  section.append(
    title,
    h(
      "p",
      {},
      callback
        ? `Leave your name and number and ${clinic} will try to call you today. This doesn't replace getting care today.`
        : options.kind === "book_assessment"
          ? `Leave your details, then choose a time on ${clinic}'s booking page.`
          : `Leave your details and ${clinic} will contact you to arrange a free, no-obligation call with a physical therapist.`,
    ),
    form,
  );
  return section;
}
