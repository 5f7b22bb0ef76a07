import { z } from "zod";

// One rule for a web address a clinic types into Settings (its booking page, its logo): a full
// https address without credentials; plain http is accepted outside production only.

export function webAddress(production: boolean, of = "") {
  const what = of ? ` address of ${of}` : " address";
  return z
    .string()
    .trim()
    .max(500)
    .refine(
      (text) => {
        try {
          const url = new URL(text);
          if (url.username || url.password) return false;
          return url.protocol === "https:" || (!production && url.protocol === "http:");
        } catch {
          return false;
        }
      },
      production ? `use a full https://${what}` : `use a full https:// (or, outside production, http://)${what}`,
    );
}
