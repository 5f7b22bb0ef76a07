// A deliberately small reader for the YAML subset our articles use, so the knowledge base needs
// no YAML dependency on Node or Workers:
//   key: value                 plain, "double-quoted" or 'single-quoted' scalar
//   key: [a, b, "c, d"]        one-line list
//   key:                       followed by an indented block that is either
//     sub: value               a map of scalars, or
//     - sub: value             a list of such maps (or of scalars: "- value")
//       other: value
// Values stay strings (dates included); the article schema decides what they must look like.
// Errors are thrown as plain messages; the caller adds the file name.

export type FrontMatterValue = string | FrontMatterValue[] | { [key: string]: FrontMatterValue };
export type FrontMatter = Record<string, FrontMatterValue>;

const keyLine = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/;

interface Line {
  number: number;
  indent: number;
  content: string;
}

export function parseScalar(raw: string, where: string): FrontMatterValue {
  const value = raw.trim();
  if (value.startsWith('"')) {
    if (value.length < 2 || !value.endsWith('"')) throw new Error(`${where}: unterminated "quoted" value`);
    try {
      return JSON.parse(value) as string;
    } catch {
      throw new Error(`${where}: bad escape in "quoted" value`);
    }
  }
  if (value.startsWith("'")) {
    if (value.length < 2 || !value.endsWith("'")) throw new Error(`${where}: unterminated 'quoted' value`);
    return value.slice(1, -1).replace(/''/g, "'");
  }
  if (value.startsWith("[")) {
    if (!value.endsWith("]")) throw new Error(`${where}: a [list] must close on the same line`);
    // Leading spaces are part of the match, so a quoted item after ", " is still read as quoted.
    const items = value.slice(1, -1).match(/\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)/g) ?? [];
    return items.map((item) => parseScalar(item, where)).filter((item) => item !== "");
  }
  return value;
}

function setOnce(target: { [key: string]: FrontMatterValue }, key: string, value: FrontMatterValue, where: string) {
  if (Object.hasOwn(target, key)) throw new Error(`${where}: "${key}" is given twice`);
  target[key] = value;
}

/** Parse "key: value" lines that all sit at one indent into a map. */
function parseMap(lines: Line[], where: string): { [key: string]: FrontMatterValue } {
  const map: { [key: string]: FrontMatterValue } = {};
  const indent = lines[0]?.indent ?? 0;
  for (const line of lines) {
    const at = `${where}, line ${line.number}`;
    if (line.indent !== indent) throw new Error(`${at}: unexpected indentation`);
    const match = keyLine.exec(line.content);
    if (!match || match[2] === undefined) throw new Error(`${at}: expected "key: value"`);
    setOnce(map, match[1] ?? "", parseScalar(match[2], at), at);
  }
  return map;
}

/** Parse an indented block: a list ("- ...") or a map of scalars. */
function parseBlock(lines: Line[], key: string): FrontMatterValue {
  const where = `front matter "${key}"`;
  const first = lines[0];
  if (!first) throw new Error(`${where} is empty`);
  if (!first.content.startsWith("-")) return parseMap(lines, where);

  const items: Line[][] = [];
  for (const line of lines) {
    if (line.indent === first.indent && /^-(\s|$)/.test(line.content)) {
      const rest = line.content.slice(1).trimStart();
      items.push([{ number: line.number, indent: line.indent + line.content.length - rest.length, content: rest }]);
    } else if (line.indent > first.indent && items.length > 0) {
      items[items.length - 1]?.push(line);
    } else {
      throw new Error(`${where}, line ${line.number}: expected a "- " list item`);
    }
  }
  return items.map((item) => {
    const head = item[0];
    if (!head || head.content === "") throw new Error(`${where}: empty list item`);
    if (item.length === 1 && !keyLine.test(head.content))
      return parseScalar(head.content, `${where}, line ${head.number}`);
    return parseMap(item, where);
  });
}

export function parseFrontMatter(block: string, firstLineNumber = 2): FrontMatter {
  const lines: Line[] = block
    .split(/\r?\n/)
    .map((text, index) => ({
      number: firstLineNumber + index,
      indent: text.length - text.trimStart().length,
      content: text.trim(),
    }))
    .filter((line) => line.content !== "" && !line.content.startsWith("#"));

  const result: FrontMatter = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) break;
    const at = `front matter line ${line.number}`;
    if (line.indent !== 0) throw new Error(`${at}: unexpected indentation`);
    const match = keyLine.exec(line.content);
    const key = match?.[1];
    if (!match || key === undefined) throw new Error(`${at}: expected "key: value"`);
    if (match[2] !== undefined && match[2].trim() !== "") {
      setOnce(result, key, parseScalar(match[2], at), "front matter");
      continue;
    }
    const nested: Line[] = [];
    while ((lines[index + 1]?.indent ?? 0) > 0) nested.push(lines[++index] as Line);
    setOnce(result, key, parseBlock(nested, key), "front matter");
  }
  return result;
}
