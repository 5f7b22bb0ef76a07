// Every time a person reads (dashboard pages, the leads CSV, alert emails) is shown in the
// clinic's own IANA time zone, through these two formatters. Stored times stay epoch ms (UTC);
// the JSON API keeps ISO-8601 UTC, which programs read without guessing.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The canonical spelling of an IANA zone ("america/new_york" -> "America/New_York"), or undefined when Intl does not know it. */
export function canonicalTimeZone(text: string): string | undefined {
  const name = text.trim();
  if (name === "" || name.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // A zone stored before it was validated (or removed from a later tz database) falls back to UTC rather than failing a page.
    const zone = canonicalTimeZone(timeZone) ?? "UTC";
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function partsOf(ms: number, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  // "GMT-05:00" -> "-05:00"; plain "GMT" is UTC itself.
  const offset = (parts.timeZoneName ?? "GMT").replace(/^GMT/, "") || "+00:00";
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minute: `${parts.hour}:${parts.minute}`,
    second: parts.second ?? "00",
    offset,
  };
}

/** For people: "2026-12-02 08:24 (UTC-05:00)"; "—" when there is no time. */
export function formatClinicTime(ms: number | null | undefined, timeZone: string): string {
  if (ms === null || ms === undefined) return "—";
  const { date, minute, offset } = partsOf(ms, timeZone);
  return `${date} ${minute} (UTC${offset === "+00:00" ? "" : offset})`;
}

/** For files: ISO-8601 in the clinic's zone with its offset, "2026-12-02T08:24:05-05:00". */
export function clinicIsoTime(ms: number, timeZone: string): string {
  const { date, minute, second, offset } = partsOf(ms, timeZone);
  return `${date}T${minute}:${second}${offset === "+00:00" ? "Z" : offset}`;
}
