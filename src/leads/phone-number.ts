import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from "libphonenumber-js/min";

// One phone rule for the widget and the server (the widget shows this message rather than a
// pattern of its own). A number is read as the clinic's country would write it ("(555)
// 010-2233" for en-US, "020 7946 0958" for en-GB), or in international form with "+", and
// stored in E.164. Only the length is checked, not the number plan: a made-up-looking but
// well-formed number like 555-010-2233 is a person's to give, and the clinic will find out.

export type PhoneResult = { ok: true; e164: string } | { ok: false; message: string };

/** The clinic's country from its locale ("en-GB" -> GB), if it names one we know. */
export function phoneCountryOf(locale: string): CountryCode | undefined {
  const region = /[-_]([A-Za-z]{2})(?:$|[-_])/.exec(locale)?.[1]?.toUpperCase();
  return region && isSupportedCountry(region) ? region : undefined;
}

export function normalizePhone(text: string, locale: string): PhoneResult {
  const country = phoneCountryOf(locale);
  const example =
    country === "GB" ? "020 7946 0958" : country === "US" || country === "CA" ? "(555) 010-2233" : "+44 20 7946 0958";
  const problem = validatePhoneNumberLength(text, country);
  if (problem === "NOT_A_NUMBER" || /[a-wyz]/i.test(text.replace(/\bext\.?|\bx\b/gi, ""))) {
    return { ok: false, message: `The phone number should be digits, for example ${example}.` };
  }
  if (problem === "TOO_SHORT")
    return { ok: false, message: `The phone number is too short: include the area code, for example ${example}.` };
  if (problem === "TOO_LONG")
    return { ok: false, message: `The phone number has too many digits. Please check it, for example ${example}.` };
  if (problem === "INVALID_COUNTRY") {
    const start = text.trim().startsWith("+")
      ? "The phone number's country code isn't one we know: start"
      : "Start the phone number";
    return { ok: false, message: `${start} with + and the country code, for example +44 20 7946 0958.` };
  }
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed?.isPossible())
    return { ok: false, message: `The phone number doesn't look right. Please check it, for example ${example}.` };
  // An extension is kept: dropping digits the visitor typed would lose the way to reach them.
  return { ok: true, e164: parsed.ext ? `${parsed.number} ext. ${parsed.ext}` : parsed.number };
}
