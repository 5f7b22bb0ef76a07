// Numbers as visitors type them: "53", "fifty three", "sixty-one", "nineteen", "zero".
// Ages and pain scores stop at 120, so the words stop at "a hundred and twenty".

const units: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const teens: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tens: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const unitWords = Object.keys(units).join("|");
const teenWords = Object.keys(teens).join("|");
const tenWords = Object.keys(tens).join("|");

const belowHundred = String.raw`(?:(?:${tenWords})(?:[\s-]+(?:${unitWords}))?|${teenWords}|${unitWords})`;

/** A number in words up to 120 ("fifty three", "sixty-one", "a hundred and ten"), as a regex fragment to wrap in \b. */
/** "a", "an" and the words for one to nineteen: how many days, weeks or times a visitor counts in words. */
export const countWords: Readonly<Record<string, number>> = Object.fromEntries([
  ["a", 1],
  ["an", 1],
  ...Object.entries(units).filter(([, value]) => value > 0),
  ...Object.entries(teens),
]);

export const numberWordsPattern = String.raw`(?:(?:a |one )?hundred(?:(?: and)?[\s-]+${belowHundred})?|${belowHundred})`;

/** One digit number or number in words, as a regex fragment: "7", "7.5", "seven", "fifty three". */
export const numberTokenPattern = String.raw`(?:\d{1,3}(?:\.\d+)?|${numberWordsPattern})`;

/** The value of a number in words ("fifty three" → 53, "sixty-one" → 61); undefined when it is not one. */
export function numberFromWords(words: string): number | undefined {
  const parts = words
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((part) => part !== "and" && part !== "a");
  if (parts.length === 0) return undefined;
  let total = 0;
  let index = 0;
  if (parts[0] === "one" && parts[1] === "hundred") index++;
  if (parts[index] === "hundred") {
    total = 100;
    index++;
  }
  const word = parts[index];
  if (word === undefined) return total > 0 ? total : undefined;
  const ten = tens[word];
  if (ten !== undefined) {
    const unit = parts[index + 1] === undefined ? 0 : units[parts[index + 1] ?? ""];
    if (unit === undefined || parts.length > index + 2) return undefined;
    return total + ten + unit;
  }
  const single = teens[word] ?? units[word];
  return single === undefined || parts.length > index + 1 ? undefined : total + single;
}

/** A number written in digits or in words. */
export function numberFrom(token: string): number | undefined {
  const trimmed = token.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return numberFromWords(trimmed);
}
