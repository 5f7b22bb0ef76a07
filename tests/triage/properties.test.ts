import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allRules,
  evaluate,
  intakeFields,
  intakeSchema,
  levelRank,
  nextQuestions,
  questionPriority,
  type Intake,
  type IntakeField,
} from "../../src/triage/index.js";
import { alarmingValues } from "../../src/triage/alarming-values.js";
import {
  actionsByLevel,
  callEmergencyRules,
  careSettingByAction,
  dispositionSchema,
  intakeArbitrary,
  variedIntakeArbitrary,
} from "./arbitraries.js";
import { describeDuration, describeFact } from "../../src/triage/fact-phrases.js";
import { diagnosisPatterns, ruleIds } from "./fixtures.js";

// Properties of the output (spec §6), the reasons (§1.4, §1.5), completeness (§5) and
// determinism (§1.1) over thousands of random intakes. Safety properties: properties-safety.test.ts.

const runs = { numRuns: 3000 };
const ruleLevel = new Map(allRules.map((rule) => [rule.id, rule.level]));

describe("engine properties", { timeout: 60_000 }, () => {
  it("the arbitrary produces only intakes the public schema accepts", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => intakeSchema.safeParse(intake).success),
      { numRuns: 1000 },
    );
  });

  it("evaluate never throws and always returns a valid spec §6 disposition", () => {
    fc.assert(
      fc.property(variedIntakeArbitrary, (intake) => {
        const disposition = evaluate(intake);
        dispositionSchema.parse(disposition);
        expect(actionsByLevel[disposition.level]).toContain(disposition.action);
        expect(disposition.careSetting).toBe(careSettingByAction[disposition.action]);
        const fired = ruleIds(disposition).filter((id) => id !== "S-DEFAULT");
        const topRank = Math.max(
          levelRank.self_care,
          ...fired.map((id) => levelRank[ruleLevel.get(id) ?? "self_care"]),
        );
        expect(levelRank[disposition.level]).toBe(topRank);
        expect(ruleIds(disposition).includes("S-DEFAULT")).toBe(fired.length === 0 && disposition.complete);
        if (disposition.level === "emergency") {
          const calls = fired.some((id) => callEmergencyRules.includes(id));
          expect(disposition.action === "call_emergency_services").toBe(calls);
        }
      }),
      runs,
    );
  });

  it("reasons cite only answered facts, in plain words, without a diagnosis", () => {
    fc.assert(
      fc.property(variedIntakeArbitrary, (intake) => {
        for (const reason of evaluate(intake).reasons) {
          for (const [field, value] of Object.entries(reason.facts))
            expect(intake[field as IntakeField]).toEqual(value);
          expect(reason.summary).toMatch(/^[A-Z].*\.$/s);
          expect(reason.summary).not.toMatch(/undefined|NaN|null|\[object/);
          expect(diagnosisPatterns.filter((pattern) => pattern.test(reason.summary))).toEqual([]);
          if (reason.facts.age !== undefined) expect(reason.summary).toContain(String(reason.facts.age));
          if (reason.facts.painScore !== undefined)
            expect(reason.summary).toContain(`${String(reason.facts.painScore)} out of 10`);
          for (const field of Object.keys(reason.facts) as IntakeField[]) {
            const phrase = describeFact(field, intake);
            // The injury and its timing are told as context ("after a fall 2 days ago").
            if (phrase && field !== "injury")
              expect(reason.summary.toLowerCase()).toContain(
                field === "daysSinceOnset" ? describeDuration(intake.daysSinceOnset ?? 0) : phrase.toLowerCase(),
              );
          }
        }
      }),
      runs,
    );
  });

  it("an emergency rule reads only the fields it declares, so the question order can trust them", () => {
    const emergency = allRules.filter((rule) => rule.level === "emergency");
    fc.assert(
      fc.property(intakeArbitrary, intakeArbitrary, (intake, other) => {
        for (const rule of emergency) {
          const reads = new Set(rule.reads);
          // Change every field the rule does not declare: its verdict must not move.
          const changed = Object.fromEntries(
            intakeFields.filter((field) => !reads.has(field)).map((field) => [field, other[field]]),
          );
          const mixed = { ...intake, ...changed } as Intake;
          expect(rule.match(mixed) !== undefined, rule.id).toBe(rule.match(intake) !== undefined);
        }
      }),
      runs,
    );
  });

  it("next questions are unanswered, in priority order unless an answer would complete an emergency, and empty exactly when complete", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const questions = nextQuestions(intake);
        for (const field of questions) expect(intake[field]).toBeUndefined();
        // A question asked ahead of the static order is one whose alarming answer makes it an emergency.
        const jumped = questions.filter((field, index) =>
          questions.slice(index + 1).some((later) => questionPriority.indexOf(later) < questionPriority.indexOf(field)),
        );
        for (const field of jumped) {
          const answers = field === "age" ? [10, 60] : (alarmingValues(field) ?? []);
          expect(
            answers.some((value) => evaluate({ ...intake, [field]: value } as Intake).level === "emergency"),
            field,
          ).toBe(true);
        }
        const rest = questions
          .filter((field) => !jumped.includes(field))
          .map((field) => questionPriority.indexOf(field));
        expect(rest).toEqual([...rest].sort((a, b) => a - b));
        const disposition = evaluate(intake);
        expect(disposition.missing).toEqual(questions);
        expect(disposition.complete).toBe(questions.length === 0);
      }),
      runs,
    );
  });

  it("is deterministic and leaves the intake untouched", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const before = structuredClone(intake);
        const first = evaluate(intake);
        expect(intake).toEqual(before);
        expect(evaluate(structuredClone(intake))).toEqual(first);
        expect(evaluate(intake)).toEqual(first);
      }),
      runs,
    );
  });
});
