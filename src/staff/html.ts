import { escapeHtml } from "../lib/escape-html.js";

// A tiny escaping template tag for server-rendered pages: every interpolated value is escaped
// unless it is already SafeHtml, so visitor words in a transcript can never become markup.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Markup built by our own code (SVG charts); never pass visitor text here. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
