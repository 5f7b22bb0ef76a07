import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKnowledgeBase } from "../../src/knowledge/build-knowledge-base.js";
import { loadKnowledgeFromDir } from "../../src/knowledge/load-knowledge-node.js";
import { ArticleFormatError, parseArticle, parseArticles } from "../../src/knowledge/parse-article.js";
import { stem } from "../../src/knowledge/stem.js";

const knowledgeDir = new URL("../../knowledge/", import.meta.url).pathname;

const frontMatter = {
  id: "foo",
  title: '"Foo: a test article"',
  summary: "What foo is.",
  topics: "[testing, foo-bar]",
  source: '\n  title: "The original title"\n  publisher: Someone\n  seed: 000_seed.txt',
  reviewed: "2026-11-20",
};

const body = `An intro paragraph.

## First section {#first}

Some text.

> Note: this claim is doubtful.

## Second section {#second}

- one
- two

<!-- Dropped: a claim we removed. -->
`;

function article(overrides: Partial<Record<keyof typeof frontMatter, string | undefined>> = {}, text = body): string {
  const fields = { ...frontMatter, ...overrides };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (value?.startsWith("\n") ? `${key}:${value}` : `${key}: ${value}`));
  return `---\n${lines.join("\n")}\n---\n\n${text}`;
}

function problemWith(text: string, fileName = "knowledge/foo.md"): string {
  try {
    parseArticle({ fileName, text });
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleFormatError);
    return (error as Error).message;
  }
  throw new Error("expected the article to be rejected");
}

describe("parseArticle", () => {
  it("reads front matter, a single source block, the intro and the sections", () => {
    const parsed = parseArticle({ fileName: "knowledge/foo.md", text: article() });
    expect(parsed).toMatchObject({
      id: "foo",
      title: "Foo: a test article",
      summary: "What foo is.",
      topics: ["testing", "foo-bar"],
      sources: [{ title: "The original title", publisher: "Someone", seed: "000_seed.txt" }],
      reviewed: "2026-11-20",
      intro: "An intro paragraph.",
    });
    expect(parsed.sections.map((section) => [section.anchor, section.heading])).toEqual([
      ["first", "First section"],
      ["second", "Second section"],
    ]);
  });

  it("reads a list of sources with optional dates", () => {
    const sources =
      '\n  - title: "One, with a comma"\n    publisher: "A"\n    seed: a.txt\n    date: 2024-02-29\n  - title: Two\n    publisher: B\n    seed: b.txt';
    const parsed = parseArticle({
      fileName: "foo.md",
      text: article({ source: undefined, sources: sources } as never),
    });
    expect(parsed.sources).toEqual([
      { title: "One, with a comma", publisher: "A", seed: "a.txt", date: "2024-02-29" },
      { title: "Two", publisher: "B", seed: "b.txt" },
    ]);
  });

  it("drops HTML comments and keeps doubtful-claim notes", () => {
    const parsed = parseArticle({ fileName: "foo.md", text: article() });
    const all = parsed.sections.map((section) => section.text).join("\n");
    expect(all).not.toContain("Dropped");
    expect(all).not.toContain("<!--");
    expect(parsed.sections[0]?.text).toContain("> Note: this claim is doubtful.");
  });

  it("renders the intro and each section to HTML once, at parse time", () => {
    const parsed = parseArticle({ fileName: "knowledge/foo.md", text: article() });
    expect(parsed.introHtml).toBe("<p>An intro paragraph.</p>");
    expect(parsed.sections.map((section) => section.html)).toEqual([
      '<p>Some text.</p>\n<div class="note" role="note"><p><strong>Note:</strong> this claim is doubtful.</p></div>',
      "<ul><li>one</li><li>two</li></ul>",
    ]);
  });

  it("keeps raw HTML, bare addresses and reference links in article markdown as text", () => {
    const hostile = [
      '<div onclick="steal()">block markup</div>',
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(2)">',
      "Inline <b>bold tag</b>, https://example.com, <https://example.com> and [a page][ref].",
      "[ref]: javascript:alert(3)",
    ].join("\n\n");
    const [section] = parseArticle({
      fileName: "knowledge/foo.md",
      text: article({}, `## A {#a}\n\n${hostile}\n`),
    }).sections;
    expect(section?.html).not.toMatch(/<(div|script|img|b|a)[\s>]/);
    expect(section?.html).toContain("<p>&lt;div onclick=&quot;steal()&quot;&gt;block markup&lt;/div&gt;</p>");
    expect(section?.html).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(section?.html).toContain(
      "<p>Inline &lt;b&gt;bold tag&lt;/b&gt;, https://example.com, &lt;https://example.com&gt; and [a page][ref].</p>",
    );
    expect(section?.html).toContain("<p>[ref]: javascript:alert(3)</p>");
  });

  it("names the file and the missing field", () => {
    expect(problemWith(article({ summary: undefined }))).toBe('knowledge/foo.md: front matter "summary" is missing');
    expect(problemWith(article({ source: '\n  title: "T"\n  publisher: P' }))).toBe(
      'knowledge/foo.md: front matter "source.seed" is missing',
    );
  });

  it("rejects empty, malformed and unknown front matter", () => {
    expect(problemWith(article({ summary: '""' }))).toContain('"summary" must not be empty');
    expect(problemWith(article({ topics: "[]" }))).toContain('"topics" must list at least one topic');
    expect(problemWith(article({ reviewed: "20/11/2026" }))).toContain('"reviewed" must be a date like 2026-01-31');
    expect(problemWith(article({ reviewed: "2026-02-30" }))).toContain('"reviewed" is not a real calendar date');
    expect(problemWith(article({ sumary: "typo" } as never))).toContain('unknown key "sumary"');
    expect(problemWith("## Heading {#a}\n\ntext")).toContain('does not start with a "---" front matter block');
    expect(problemWith("---\nid: foo\n")).toContain("not closed");
    expect(problemWith(article({ title: '"unterminated' }))).toBe(
      'knowledge/foo.md: front matter line 3: Missing closing "quote',
    );
  });

  it("names the file and the line of front matter that is not valid YAML", () => {
    expect(problemWith(article({ summary: "What foo is.\nid: again" }))).toBe(
      "knowledge/foo.md: front matter line 5: Map keys must be unique",
    );
    expect(problemWith(article({ topics: "[testing, foo-bar" }))).toMatch(
      /^knowledge\/foo\.md: front matter line \d+: Flow sequence .* end with a \]$/,
    );
    expect(problemWith("---\n- id: foo\n---\n\n## A {#a}\n\ntext\n")).toBe(
      'knowledge/foo.md: front matter must be "key: value" lines',
    );
  });

  it("keeps every front matter value as written, so numbers and yes/no words stay text", () => {
    const parsed = parseArticle({
      fileName: "knowledge/foo.md",
      text: article({ title: "2026", summary: "yes", topics: "[12, true, null]" }),
    });
    expect(parsed).toMatchObject({ title: "2026", summary: "yes", topics: ["12", "true", "null"] });
  });

  it('reads the questions each section answers from "asks", quoted items with commas included, and refuses an anchor no section has', () => {
    const withAsks = (lines: string) => article().replace("reviewed:", `asks:\n${lines}\nreviewed:`);
    const parsed = parseArticle({
      fileName: "knowledge/foo.md",
      text: withAsks('  first: [what is foo, "is foo, or bar, any good"]'),
    });
    expect(parsed.sections.map((section) => section.asks)).toEqual([
      ["what is foo", "is foo, or bar, any good"],
      undefined,
    ]);
    expect(parsed).not.toHaveProperty("asks");
    expect(problemWith(withAsks("  third: [what is foo]"))).toBe(
      'knowledge/foo.md: front matter "asks" names "third", which is not a section anchor',
    );
  });

  it('marks the sections "warning-signs" names, and refuses an anchor no section has', () => {
    const withWarnings = (value: string) => article().replace("reviewed:", `warning-signs: ${value}\nreviewed:`);
    const parsed = parseArticle({ fileName: "knowledge/foo.md", text: withWarnings("[second]") });
    expect(parsed.sections.map((section) => section.warningSigns ?? false)).toEqual([false, true]);
    expect(parsed).not.toHaveProperty("warning-signs");
    expect(problemWith(withWarnings("[third]"))).toBe(
      'knowledge/foo.md: front matter "warning-signs" names "third", which is not a section anchor',
    );
    expect(problemWith(withWarnings("second"))).toMatch(
      /front matter "warning-signs" must be a list of section anchors/,
    );
  });

  it('marks the section "care-levels" names for each level, and refuses a level or an anchor it does not know', () => {
    const withLevels = (value: string) => article().replace("reviewed:", `care-levels: ${value}\nreviewed:`);
    const parsed = parseArticle({ fileName: "knowledge/foo.md", text: withLevels("{ emergency: second }") });
    expect(parsed.sections.map((section) => section.careLevel)).toEqual([undefined, "emergency"]);
    expect(parsed).not.toHaveProperty("care-levels");
    expect(problemWith(withLevels("{ urgent: third }"))).toBe(
      'knowledge/foo.md: front matter "care-levels" names "third", which is not a section anchor',
    );
    expect(problemWith(withLevels("{ soon: second }"))).toMatch(
      /front matter has an unknown key "soon" in "care-levels"/,
    );
    expect(problemWith(withLevels("[second]"))).toMatch(/front matter "care-levels" must be a block like/);
    expect(problemWith(withLevels("{ urgent: second, emergency: second }"))).toBe(
      'knowledge/foo.md: front matter "care-levels" names one section for two levels',
    );
  });

  it('finds a section by the everyday words of its "asks" when its text uses none of them', () => {
    const text = (asks: string) =>
      `---\nid: gear\ntitle: Gear\nsummary: Kit.\ntopics: [kit]\nsource:\n  title: T\n  publisher: P\n  seed: s.txt\nreviewed: 2026-11-20${asks}\n---\n\n## Footwear {#footwear}\n\nChoose footwear that fits well and suits your stride.\n\n## Socks {#socks}\n\nWool socks keep feet dry.\n`;
    const question = "should i buy new trainers";
    expect(buildKnowledgeBase(parseArticles([{ fileName: "gear.md", text: text("") }])).search(question, 1)).toEqual(
      [],
    );
    const found = buildKnowledgeBase(
      parseArticles([{ fileName: "gear.md", text: text("\nasks:\n  footwear: [do I need new trainers or sneakers]") }]),
    ).search(question, 1);
    expect(found[0]?.anchor).toBe("footwear");
    // The questions are searched, never shown: the passage is still the section's own text.
    expect(found[0]?.text).toBe("Choose footwear that fits well and suits your stride.");
  });

  it("requires the id to equal the file name", () => {
    expect(problemWith(article(), "knowledge/bar.md")).toBe(
      'knowledge/bar.md: front matter id "foo" must equal the file name "bar"',
    );
  });

  it("requires every section heading to carry a well-formed, unique anchor", () => {
    expect(problemWith(article({}, "## No anchor here\n\ntext\n"))).toMatch(
      /line \d+: section "No anchor here" needs an anchor/,
    );
    expect(problemWith(article({}, "## Bad {#Bad_Anchor}\n\ntext\n"))).toContain(
      'anchor "{#Bad_Anchor}" must be lower-case words joined by hyphens',
    );
    expect(problemWith(article({}, "## One {#same}\n\ntext\n\n## Two {#same}\n\ntext\n"))).toContain(
      'anchor "{#same}" is used by two sections',
    );
  });

  it("requires at least one section, and text in each", () => {
    expect(problemWith(article({}, "Only an intro.\n"))).toContain("has no sections");
    expect(problemWith(article({}, "## Empty {#empty}\n\n<!-- only a comment -->\n"))).toContain(
      'section "{#empty}" has no text',
    );
  });

  it("rejects markdown the article page cannot render", () => {
    expect(problemWith(article({}, "# Title\n\n## A {#a}\n\ntext\n"))).toContain('use "## Heading {#anchor}"');
    expect(problemWith(article({}, "## A {#a}\n\n#### deep\n"))).toContain("only");
    expect(problemWith(article({}, "## A {#a}\n\nsee [this](http://x)\n"))).toContain("links are not supported");
    expect(problemWith(article({}, "## A {#a}\n\ntext <!-- never closed\n"))).toContain("never closed");
  });
});

describe("loading the knowledge base", () => {
  it("loads every real article with sources, sections and no editors' comments", () => {
    const knowledge = loadKnowledgeFromDir(knowledgeDir);
    expect(knowledge.articles.length).toBeGreaterThanOrEqual(5);
    for (const entry of knowledge.articles) {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.sections.length).toBeGreaterThan(0);
      for (const section of entry.sections) expect(section.text).not.toMatch(/<!--|-->/);
      expect(knowledge.getArticle(entry.id)).toBe(entry);
    }
  });

  it("stops with the file name and the problem when one article is broken", () => {
    const dir = mkdtempSync(join(tmpdir(), "knowledge-"));
    try {
      writeFileSync(join(dir, "foo.md"), article());
      writeFileSync(join(dir, "broken.md"), article({ id: "broken", summary: undefined }));
      expect(() => loadKnowledgeFromDir(dir)).toThrow(/broken\.md: front matter "summary" is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses two files that declare the same article", () => {
    const text = article();
    expect(() =>
      parseArticles([
        { fileName: "a/foo.md", text },
        { fileName: "b/foo.md", text },
      ]),
    ).toThrow(/b\/foo\.md: article id "foo"/);
  });
});

describe("stem", () => {
  it("follows Porter's published examples", () => {
    const examples: Record<string, string> = {
      caresses: "caress",
      ponies: "poni",
      agreed: "agre",
      hopping: "hop",
      filing: "file",
      happy: "happi",
      relational: "relat",
      conditional: "condit",
      hopefulness: "hope",
      electrical: "electr",
      adjustment: "adjust",
      adoption: "adopt",
      effective: "effect",
      controll: "control",
      generalizations: "gener",
      running: "run",
      knees: "knee",
      rotation: "rotat",
      rotate: "rotat",
      exercises: "exercis",
    };
    for (const [word, expected] of Object.entries(examples)) expect(stem(word), word).toBe(expected);
  });
});
