import { describe, expect, it } from "vitest";
import { exitCodeFor, summarize } from "../../src/eval/metrics.js";
import { enginePlayer, type Player } from "../../src/eval/players.js";
import { formatReport, reportJson } from "../../src/eval/report.js";
import { questionTargets } from "../../src/eval/question-counts.js";
import { runEvalCli } from "../../src/eval/cli-run.js";
import { runVignettes } from "../../src/eval/run-vignettes.js";
import { loadVignettes, parseVignettes, VignetteFileError, type Vignette } from "../../src/eval/vignettes.js";
import { allRules, evaluate, SELF_CARE_RULE_ID } from "../../src/triage/index.js";

// Every clinical vignette through the engine: a failure here is a mistake in either the
// vignette or the engine; spec/triage.md decides which.

const vignettes = await loadVignettes();
const knownRules = new Set([...allRules.map((rule) => rule.id), SELF_CARE_RULE_ID]);

describe("clinical vignettes", () => {
  it("the vignettes file holds valid, uniquely named vignettes", () => {
    expect(vignettes.length).toBeGreaterThan(0);
    expect(new Set(vignettes.map((vignette) => vignette.id)).size).toBe(vignettes.length);
  });

  it("every rule of the spec is exercised by at least one vignette", () => {
    const exercised = new Set(vignettes.flatMap((vignette) => vignette.expected.rules));
    expect([...knownRules].filter((rule) => !exercised.has(rule))).toEqual([]);
  });

  it.each(
    vignettes.map(
      (vignette) => [`${vignette.id} (${vignette.title}) is ${vignette.expected.level}`, vignette] as const,
    ),
  )("%s", (_name, vignette) => {
    const disposition = evaluate(vignette.intake);
    const { expected } = vignette;
    const fired = disposition.reasons.map((reason) => reason.rule);
    for (const rule of expected.rules) expect(knownRules, `unknown rule id ${rule}`).toContain(rule);
    expect({ level: disposition.level, action: disposition.action }, vignette.why).toEqual({
      level: expected.level,
      action: expected.action,
    });
    expect([...fired].sort(), "rules that fired").toEqual([...expected.rules].sort());
    if (expected.complete !== undefined)
      expect(disposition.complete, `missing: ${disposition.missing.join(", ")}`).toBe(expected.complete);
  });
});

const sample = (overrides: Partial<Vignette> & Pick<Vignette, "id" | "expected">): Vignette => ({
  title: overrides.id,
  opening: "my knee",
  intake: {},
  why: "test",
  ...overrides,
});

const coldFoot = sample({
  id: "cold-foot",
  intake: { footColdPale: "yes" },
  expected: { level: "emergency", action: "call_emergency_services", rules: ["E-VASCULAR"] },
});
const lockedKnee = sample({
  id: "locked",
  intake: { locked: "yes" },
  expected: { level: "urgent", action: "see_doctor_within_24h", rules: ["U-LOCKED"] },
});
const catching = sample({
  id: "catching",
  intake: { catching: "yes" },
  expected: { level: "routine", action: "book_pt_assessment", rules: ["R-MECHANICAL"] },
});

const alwaysRoutine: Player = async () => ({
  level: "routine",
  action: "book_pt_assessment",
  rules: ["R-MECHANICAL"],
  complete: true,
  missing: [],
});
const alwaysUrgent: Player = async () => ({
  level: "urgent",
  action: "urgent_care_today",
  rules: ["U-DVT"],
  complete: true,
  missing: [],
});

describe("vignette eval runner", () => {
  it("the engine plays the vignettes without under-triage", async () => {
    const summary = summarize(await runVignettes(vignettes, enginePlayer));
    expect(summary.unsafeUnderTriage).toBe(0);
    expect(summary.underTriage).toBe(0);
    expect(exitCodeFor(summary)).toBe(0);
  });

  it("counts an emergency sent to routine care as unsafe under-triage and fails the run", async () => {
    const summary = summarize(await runVignettes([coldFoot, lockedKnee, catching], alwaysRoutine));
    expect(summary).toMatchObject({ unsafeUnderTriage: 2, underTriage: 2, overTriage: 0 });
    expect(summary.levelAccuracy).toEqual({ hit: 1, total: 3 });
    expect(summary.emergencySensitivity).toEqual({ hit: 0, total: 1 });
    expect(summary.confusion.emergency.routine).toBe(1);
    expect(summary.mismatches.map((result) => result.vignette.id)).toEqual(["cold-foot", "locked"]);
    expect(exitCodeFor(summary)).toBe(1);
  });

  it("fails the run when an emergency is only called urgent, and counts over-triage", async () => {
    const summary = summarize(await runVignettes([coldFoot, catching], alwaysUrgent));
    expect(summary).toMatchObject({ unsafeUnderTriage: 0, underTriage: 1, overTriage: 1 });
    expect(exitCodeFor(summary)).toBe(1);
  });

  it("counts a player that fails on a serious case as under-triage", async () => {
    const failing: Player = async () => {
      throw new Error("model timed out");
    };
    const [result] = await runVignettes([coldFoot], failing);
    expect(result?.error).toBe("model timed out");
    const summary = summarize(result ? [result] : []);
    expect(summary.confusion.emergency.error).toBe(1);
    expect(exitCodeFor(summary)).toBe(1);
    expect(formatReport(summary, "test")).toMatch(/error: model timed out/);
  });

  it("reports each mismatch with what was expected, what was given, and the rules that fired", async () => {
    const results = await runVignettes([coldFoot], alwaysRoutine);
    const report = formatReport(summarize(results), "Vignette eval");
    expect(report).toMatch(/cold-foot/);
    expect(report).toMatch(/expected: emergency \/ call_emergency_services \[E-VASCULAR\]/);
    expect(report).toMatch(/got: +routine \/ book_pt_assessment \[R-MECHANICAL\]/);
    expect(report).toMatch(/expected \\ got +emergency +urgent +routine +self_care/);
    const json = reportJson(summarize(results), results, { brain: "test" });
    expect(json.mismatches[0]).toMatchObject({ id: "cold-foot", differs: ["level", "action", "rules"] });
  });

  it("the command refuses an unknown brain, and the llm brain without a model, with exit code 2", async () => {
    for (const [brain, message] of [
      ["gpt", /Unknown brain "gpt"/],
      ["llm", /needs OPENAI_API_KEY or OPENAI_BASE_URL/],
    ] as const) {
      const errors: string[] = [];
      const code = await runEvalCli({ brain, env: {} }, { out: () => undefined, err: (text) => errors.push(text) });
      expect(code).toBe(2);
      expect(errors.join("\n")).toMatch(message);
    }
  });

  it("the command prints a JSON report with --json and passes on the engine", async () => {
    const output: string[] = [];
    const code = await runEvalCli({ json: true }, { out: (text) => output.push(text), err: () => undefined });
    expect(code).toBe(0);
    const report = JSON.parse(output.join("\n")) as { passed: boolean; total: number; cases: unknown[] };
    expect(report).toMatchObject({ passed: true, total: vignettes.length });
    expect(report.cases).toHaveLength(vignettes.length);
  });

  // Plays ~720 turns: a whole eval run, not a unit test, so it gets the time one takes on a busy machine.
  it("the command plays every vignette through the guided chat, with the shell's default rate limits, passes, and keeps the questions within target", {
    timeout: 180_000,
  }, async () => {
    const output: string[] = [];
    const code = await runEvalCli(
      { brain: "guided", answers: "natural", json: true, env: {} },
      { out: (text) => output.push(text), err: () => undefined },
    );
    const report = JSON.parse(output.join("\n")) as {
      passed: boolean;
      cases: Array<{ error?: string; expected: { level: string }; got?: { level: string } }>;
      questions: Array<{ branch: string; median: number; max: number }>;
    };
    expect(report.cases.filter((result) => result.error !== undefined)).toEqual([]);
    expect(report.cases.filter((result) => result.got?.level !== result.expected.level)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(code).toBe(0);
    const byBranch = Object.fromEntries(report.questions.map((row) => [row.branch, row]));
    expect(byBranch["all conversations"]?.median).toBeLessThanOrEqual(questionTargets.median);
    expect(byBranch["acute injury"]?.median).toBeLessThanOrEqual(questionTargets.acuteMedian);
    expect(byBranch["all conversations"]?.max).toBeLessThanOrEqual(questionTargets.max);
  });

  it("the command exits 2 when the vignettes file cannot be read", async () => {
    const errors: string[] = [];
    const code = await runEvalCli(
      { file: "/nonexistent/vignettes.json" },
      { out: () => undefined, err: (text) => errors.push(text) },
    );
    expect(code).toBe(2);
    expect(errors.join("")).toMatch(/Cannot read/);
  });

  it("a vignette with an invalid intake is rejected, naming the vignette and the field", () => {
    const bad = { ...coldFoot, intake: { footColdPale: "maybe", colour: "blue" } };
    expect(() => parseVignettes([bad])).toThrow(VignetteFileError);
    expect(() => parseVignettes([bad])).toThrow(/cold-foot.*intake\.footColdPale/);
    expect(() => parseVignettes([{ ...coldFoot, intake: { colour: "blue" } }])).toThrow(/unknown field\(s\) colour/);
    expect(() => parseVignettes([coldFoot, coldFoot])).toThrow(/used twice/);
    expect(() => parseVignettes({})).toThrow(/JSON array/);
  });
});
