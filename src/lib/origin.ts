// One rule for a site's origin ("https://www.example-clinic.com"), wherever a clinic names one:
// Settings, the admin command, and the widget frame's allowed embedders.

/** The exact origin a value names (http or https; a trailing slash tolerated), or undefined. */
export function exactOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    return url.origin === value.replace(/\/$/, "") ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The value is an origin written exactly: no path, no trailing slash. */
export function isExactOrigin(value: string): boolean {
  return exactOrigin(value) === value;
}

export const ORIGIN_EXAMPLE = "an origin like https://www.example-clinic.com (no path, no trailing slash)";
