// WCAG 2 contrast for the clinic's brand colour: white text on it must reach AA (4.5:1), so a
// colour that is too light is darkened step by step until it does.

function channels(hex: string): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join("") : match[1];
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as [number, number, number];
}

function luminance([red, green, blue]: [number, number, number]): number {
  const linear = (value: number) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

export function contrastRatio(first: string, second: string): number {
  const a = channels(first);
  const b = channels(second);
  if (!a || !b) return 1;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const toHex = (rgb: number[]) => `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, "0")).join("")}`;

/** The brand colour, darkened just enough for white text to reach `minimum` contrast. */
export function accessibleBrand(hex: string, minimum = 4.5, fallback = "#0f766e"): string {
  const rgb = channels(hex);
  if (!rgb) return fallback;
  for (let factor = 1; factor > 0; factor -= 0.04) {
    const candidate = toHex(rgb.map((value) => value * factor));
    if (contrastRatio(candidate, "#ffffff") >= minimum) return candidate;
  }
  return "#000000";
}
