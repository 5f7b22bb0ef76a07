import { ApiError, type LeadRequest } from "../chat-api.js";
import { h } from "./dom.js";

// The contact / discovery-call form: name, email or phone, a preferred time and an explicit
// consent sentence. Errors are shown next to their field and focus moves to the first one.

export interface LeadFormOptions {
  clinicName: string;
  phone: string | null;
  submit(lead: Omit<LeadRequest, "conversationId">): Promise<void>;
  close(): void;
}

type FieldName = "name" | "email" | "phone" | "preferredTime" | "consent";

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

export function leadForm(options: LeadFormOptions): HTMLElement {
  const fields = {
    name: field("name", "Your name", h("input", { type: "text", autocomplete: "name", required: true, maxlength: 120 })),
    email: field("email", "Email", h("input", { type: "email", autocomplete: "email", maxlength: 254 })),
    phone: field("phone", "Phone", h("input", { type: "tel", autocomplete: "tel", maxlength: 40 })),
    preferredTime: field("preferredTime", "Best time to contact you (optional)", h("input", { type: "text", maxlength: 120 }), "For example: weekday mornings"),
    consent: field(
      "consent",
      `I agree that ${options.clinicName} may contact me using these details about my knee, and may see a summary of this chat.`,
      h("input", { type: "checkbox", required: true }),
    ),
  };
  const formError = h("p", { className: "form-error", role: "alert" });
  const submitButton = h("button", { type: "submit", className: "cta cta-primary" }, "Send my request");
  const title = h("h2", { id: "lead-title", tabindex: "-1" }, "Book a free discovery call");

  const setError = (name: FieldName, message: string) => {
    fields[name].error.textContent = message;
    if (message) fields[name].input.setAttribute("aria-invalid", "true");
    else fields[name].input.removeAttribute("aria-invalid");
  };

  const validate = (): FieldName[] => {
    const invalid: FieldName[] = [];
    const check = (name: FieldName, ok: boolean, message: string) => {
      setError(name, ok ? "" : message);
      if (!ok) invalid.push(name);
    };
    const email = fields.email.input.value.trim();
    const phone = fields.phone.input.value.trim();
    check("name", fields.name.input.value.trim() !== "", "Please tell us your name.");
    check("email", email === "" ? phone !== "" : EMAIL.test(email), email === "" ? "Give an email address or a phone number so the clinic can reach you." : "This email address doesn't look right.");
    check("phone", phone === "" || /^[+\d][\d\s().-]{5,}$/.test(phone), "This phone number doesn't look right.");
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
        const value = (name: FieldName) => fields[name].input.value.trim() || undefined;
        submitButton.disabled = true;
        submitButton.textContent = "Sending…";
        try {
          await options.submit({
            name: fields.name.input.value.trim(),
            ...(value("email") ? { email: value("email") } : {}),
            ...(value("phone") ? { phone: value("phone") } : {}),
            ...(value("preferredTime") ? { preferredTime: value("preferredTime") } : {}),
            consent: true,
          });
          showDone();
        } catch (error) {
          const fieldName = error instanceof ApiError ? (error.field as FieldName | undefined) : undefined;
          if (fieldName && fieldName in fields) {
            setError(fieldName, error instanceof Error ? error.message : "");
            fields[fieldName].input.focus();
          } else if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 404 && error.status !== 429) {
            formError.textContent = error.message;
          } else {
            const call = options.phone ? ` You can also call us on ${options.phone}.` : "";
            formError.textContent = `Sorry, we couldn't send your request just now. Please try again.${call}`;
          }
        } finally {
          submitButton.disabled = false;
          submitButton.textContent = "Send my request";
        }
      },
    },
    fields.name.wrapper,
    h("p", { className: "field-help" }, "Give an email address, a phone number, or both."),
    fields.email.wrapper,
    fields.phone.wrapper,
    fields.preferredTime.wrapper,
    fields.consent.wrapper,
    formError,
    h("div", { className: "cta-row" }, submitButton, h("button", { type: "button", className: "cta", onClick: () => options.close() }, "Back to chat")),
  );

  const showDone = () => {
    const heading = h("h2", { tabindex: "-1" }, "Thank you, your request was sent");
    section.replaceChildren(
      heading,
      h("p", { role: "status" }, `${options.clinicName} will contact you soon to arrange your free discovery call.`),
      h("div", { className: "cta-row" }, h("button", { type: "button", className: "cta cta-primary", onClick: () => options.close() }, "Back to chat")),
    );
    heading.focus();
  };

  section.append(
    title,
    h("p", {}, `Leave your details and ${options.clinicName} will contact you to arrange a free, no-obligation call with a physical therapist.`),
    form,
  );
  return section;
}
