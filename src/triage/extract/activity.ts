import { aggravatorWords, type Aggravator } from "./aggravator-words.js";
import type { ParsedText } from "./clauses.js";
import { isHypothetical } from "./context.js";
import { subjectOf, type Finding, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";
import { polarityAt } from "./negation.js";
import { sourceExcerpt } from "./normalize.js";
import { isAboutSomeoneElse } from "./subject.js";

// What the visitor does (activity, for staff), what makes it worse (aggravators) and
// whether it stops them (limitsActivity).

const sportNouns =
  "runner|jogger|cyclist|footballer|soccer player|rugby player|netballer|netball player|swimmer|dancer|ballet dancer|skier|snowboarder|hiker|climber|triathlete|gymnast|tennis player|basketball player|volleyball player|hockey player|golfer|cricketer|athlete|powerlifter|weightlifter|crossfitter|sprinter|marathoner|walker";
const sports =
  "football|soccer|rugby|netball|basketball|tennis|squash|badminton|hockey|volleyball|cricket|golf|padel|crossfit|yoga|pilates|ballet|martial arts|karate|judo|jiu jitsu|bjj|skiing|snowboarding|gymnastics|athletics|climbing|bouldering|hiking|cycling|running|dancing|weightlifting|powerlifting|parkrun|park run";

function ownWords(context: MatchContext): RuleValue | undefined {
  // "I used to run" is no longer the visitor's activity.
  if (/\b(?:used to|anymore|any more|gave up|stopped)\b/.test(context.scope.text)) return undefined;
  const start = context.scope.start + context.match.index;
  return sourceExcerpt(context.parsed, start, start + context.match[0].length);
}

const stillDoing = String.raw`(?:run|jog|play|train|work|walk|do (?:my|everything|it)|exercise|go to the gym|cycle|get around)`;

export const activityRules: PhraseRule[] = [
  {
    field: "activity",
    pattern: new RegExp(
      [
        String.raw`\b(?:(?:keen|avid|regular|casual|serious|competitive|amateur|club|marathon|trail|ultra|recreational|long distance|distance|fell|road)\s+)*(?:${sportNouns})s?\b`,
        String.raw`\b(?:play|plays|playing|played|do|doing) (?:a lot of |some |lots of |loads of |competitive |amateur |sunday league )?(?:${sports})\b`,
        String.raw`\b(?:training for|train for|ran|run|running|did|doing) (?:a |the |my first |an )?(?:half marathon|marathon|ultra|triathlon|10k|5k|parkrun|park run)\b`,
        String.raw`\b(?:i )?(?:run|cycle|swim|hike|dance|climb|train)\s+(?:\d+\s*(?:k|km|miles?)\s+(?:a|per|each) week|\d+ times a week|regularly|a lot|every day|most days|daily)\b`,
        String.raw`\b(?:desk job|office job|sedentary|on my feet all day|kneel (?:a lot )?for work|manual job|physical job)\b`,
      ].join("|"),
    ),
    value: ownWords,
    negated: "skip",
  },
  {
    field: "limitsActivity",
    pattern: new RegExp(
      String.raw`\b(?:i )?(?:can|i'm|am) still ${stillDoing}\b|\bstill (?:running|playing|training|working|going to the gym|cycling|walking)\b`,
    ),
    value: "no",
    negated: "skip",
  },
  // Walking or getting up is the walking question's (walkFourStepsNow), not an activity given up.
  {
    field: "limitsActivity",
    pattern:
      /\b(?:can't|cannot|can not|unable to|not able to|can no longer|no longer able to)\s+(?:run|jog|play|train|exercise|do (?:my|any|sport|sports|exercise|the gym|much|anything)|work|go to (?:work|the gym)|cycle|dance|hike|ski|kneel|squat|climb|go up|do stairs|drive|walk the dog|carry on|continue)\b/,
    selfNegated: true,
  },
  {
    field: "limitsActivity",
    pattern:
      /\b(?:stops?|stopping|stopped|prevents?|preventing|keeps?) me (?:from )?(?:\w+ing|doing)\b|\b(?:had to|have to|having to) (?:stop|give up|quit|cut back|pull out)\b|\b(?:stopped|given up|gave up|quit|taken a break from) (?:running|playing|training|football|the gym|sport|my sport|work)\b|\boff work\b|\b(?:affecting|affects|limiting|limits|interfering with|interferes with|ruining|ruins) (?:my )?(?:daily life|life|work|sport|running|training|everyday|day to day|daily activities)\b|\bstruggling with (?:daily|everyday|day to day)\b/,
  },
];

const aggravationCue =
  /\b(?:worse|hurts?|hurting|pain|painful|sore|aches?|aching|aggravated|aggravates|triggered|bothers|uncomfortable|difficult|struggle|tough|twinges?|niggles?|kills|agony|murder)\b/g;
const situation =
  /^(?:\s+[a-z']+){0,4}?\s+(?:on|when|with|after|during|going|climbing|coming|walking|doing|by|while|if|from|to|for|at)\b/;

/**
 * Aggravators: activities after a cue ("worse on stairs and downhill") or before one
 * ("kneeling is agony"), in the visitor's own clause and not denied.
 */
export function findAggravators(parsed: ParsedText, replying: boolean): Finding[] {
  const findings: Finding[] = [];
  const about = subjectOf(parsed, replying);
  const seen = new Set<Aggravator>();
  for (const clause of parsed.clauses) {
    for (const cue of clause.text.matchAll(aggravationCue)) {
      const cueEnd = cue.index + cue[0].length;
      if (polarityAt(clause.text, cue.index, cueEnd) !== "positive") continue;
      if (
        isAboutSomeoneElse(parsed.text, clause.start, clause.start + cueEnd, about, { field: "aggravators" }) ||
        isHypothetical(
          clause.sentence,
          clause.start - clause.sentence.start + cue.index,
          clause.start - clause.sentence.start + cueEnd,
        )
      )
        continue;
      const after = clause.text.slice(cueEnd);
      const before = clause.text.slice(Math.max(0, cue.index - 30), cue.index);
      const windows: Array<[string, number]> = [];
      if (situation.test(after))
        windows.push([after.split(/[,;]|\b(?:and (?:it|i)|so)\b/)[0] ?? "", clause.start + cueEnd]);
      const subject = /((?:[a-z']+\s+){1,3})(?:is|are|makes it|make it|really|is really|is very)?\s*$/.exec(before);
      if (subject?.[1]) windows.push([subject[1], clause.start + cue.index - subject[0].length]);
      for (const [text, offset] of windows) {
        for (const [aggravator, pattern] of aggravatorWords) {
          const found = pattern.exec(text);
          if (!found || seen.has(aggravator)) continue;
          seen.add(aggravator);
          const start = offset + found.index;
          findings.push({
            field: "aggravators",
            value: aggravator,
            polarity: "positive",
            start,
            end: start + found[0].length,
            rule: { field: "aggravators", pattern },
          });
        }
      }
    }
  }
  return findings;
}
