import { describe, expect, it } from "vitest";
import { runEvalCli } from "../../src/eval/cli-run.js";
import { measureKnowledge, unknownReferences } from "../../src/eval/knowledge-eval.js";
import { defaultQuestionSets, loadQuestionSet } from "../../src/eval/knowledge-questions.js";
import { testKnowledge } from "../helpers/test-app.js";

// Visitors' own questions (paraphrased from public forum and Q&A posts), labelled with the
// sections that answer them and those that would mislead. `npm run eval -- --knowledge` reports
// every set. The floors below are the levels the search reached (issue 15, tenth round; ninth: the
// section for the care level the triage engine reads from the words leads, see answer-order.ts):
// a change that loses any of them has made retrieval worse on real questions. One refusal floor
// went down by design: "81, fell on the ice last month" is an injury of unknown date, acute until
// asked (spec §5), so a question about calcium tablets after it gets the same-day section
// (held-out 8). One MRR floor went down in the tenth round: "at what point do I actually book
// someone?" after stretching and rolling is answered first from the stretching article's own
// "when to get checked" and second from "book an assessment", which the set labels (held-out 14,
// 0.87 → 0.86); and an old operation or injury told as history no longer rules passages out
// (+5 over every set), but a sceptic's story of physio for the back "a few years ago, a heat pad,
// some ultrasound" had found the pain-relief section through those words (held-out 28, recall
// 0.85 → 0.83). Eleventh round: the vote of the typical questions nearest in meaning
// (semantic-similarity.ts) finds 14 more right sections in the top 3 over every set and loses 3; two
// of the lost are held-out 32's (recall 0.90 → 0.87): "knee puffs up after my walks" now gets
// "when to see a PT", whose text also says to book if the knee puffs up after activity, and a
// story asking whether physio is worth it after YouTube exercises gets the exercise sections; and
// held-out 25's MRR goes 0.81 → 0.80. Twelfth round: no floor went down; 17 refusal floors went up
// (an operation or diagnosis told anywhere in a story frames its questions, and more). Thirteenth
// round: a word no article uses after "after", "at" or "like a" beside the knee names the occasion
// and weighs nothing (+5 right sections in the top 3 over every set, 6 fewer answerable questions
// refused); "at my club" is such a word, and an IT-band story whose rolling "doesn't seem to help"
// now ties between the foam-rolling article's "when to get checked" (if stretching and rolling
// haven't helped, get assessed) and the IT-band section the set labels (held-out 14's MRR 0.87 →
// 0.86). Held-outs 45 to 50 joined with the floors of the round's final search. Fourteenth round:
// no floor went down, fourteen went up; held-outs 51 to 58 joined with the floors of its final
// search. No set has a misleading answer left (55's and 56's two were read and fixed in the
// reader). Held-out v1 was looked at while tuning, and held-outs 2 to 48 and 51 to 53 after their
// blind runs (see README; 47 only for one question, 55 for its misleading answer and the stories
// read lower, 56 for its misleading answer); 49, 50, 54, 57 and 58 were never read (two questions
// each of 49 and 54 were seen in a diff). Fifteenth round: no floor went down, ten went up;
// held-outs 59 to 62 joined with the floors of its final search (59 and 61 read, 60 and 62 never
// read but for 62's misleading answer, fixed in the reader). Nineteenth round: no floor went
// down, one went up (44); held-outs 75 to 78 joined with the floors of its final search (75 and
// 78 read; 76 and 77 never read, though their stories showed in the story list). Twentieth
// round: no floor went down, seven went up; held-outs 79 to 86 joined with the floors of its
// final search (81, 82, 83 and 85 read; 79, 80, 84 and 86 never read, though a line of one of
// 80's stories showed in the story list). Twenty-first round: no floor went down, nine went
// up; held-outs 87 to 94 joined with the floors of its final search (87, 89, 90 and 92 read; 88,
// 91, 93 and 94 never read). Twenty-second round: no floor went down, twenty-seven went up;
// held-outs 95 to 98 joined with the floors of its final search (95 and 97 read; 96 and 98 never
// read but for 98's one misleading answer, fixed in the reader). Twenty-third round: one floor went
// down by design: whether to keep an activity up while the knee is sore is what "keep active"
// answers, whichever the activity, so the dev set's "can i keep cycling and walking the dog while
// my knee is sore", labelled unanswerable when the set was written, is answered from it (dev
// refusals 41 → 40); twelve went up, and held-outs 99 to 102 joined with the floors of its final
// search (99 and 102 read; 100 and 101 never read); 103 and 104, written at its end, ran once on
// its first and once on its final search, with the same figures, and were never read. Twenty-fourth
// round: no floor went down, fifteen went up; held-outs 105 to 108 joined with the floors of its
// final search (106 and 108 read; 105 and 107 never read, though one question of 107 was seen in a
// grep); 109 and 110, written during it, ran once on its first and once on its final search and
// were never read. Twenty-fifth round: no floor went down, eight went up; held-outs 111 to 116
// joined with the floors of its final search (111, 114 and 115 read; 112, 113 and 116 never
// read). Twenty-sixth round: 27 floors went up and three went down, all in never-read sets (54 and
// 91 a refusal each, 58 an answer's place): a short question with an aside is searched by its
// question as well (question-parts.ts); held-outs 117 to 122 joined with the floors of its
// final search (117, 119 and 120 read; 118, 121 and 122 never read). Twenty-seventh round: six
// floors went up and one went down, in a never-read set (49 a refusal, lost to "neoprene knee
// sleeve" read as the sleeve); held-outs 123 to 128 joined with the floors of its final search
// (124, 126 and 128 read; 123, 125 and 127 never read). Twenty-eighth round: eight floors went up, none down;
// held-outs 129 to 134 joined with the floors of its final search (129, 130 and 134 read; 131,
// 132 and 133 never read). Twenty-ninth round: eleven floors went up, none down; held-outs 135 to
// 140 joined at their blind figures and rose with the sets read (135, 136 and 139 read; 137, 138
// and 140 never read, with the same figures at its start and end). Thirtieth round: seventeen
// floors went up, none down; held-outs 141 to 146 joined with the floors of its final search (141,
// 142 and 144 read; 143, 145 and 146 never read). All of them guard against
// regressions now; none of them is a blind measurement any more.
// The long-message set (story, then question) was written to tune the sixth round on.

const knowledge = testKnowledge();
const pathOf = (name: string) => defaultQuestionSets.find((set) => set.name === name)?.path ?? "";

const floors = [
  { name: "real-questions-dev.json", recallAt3: 0.96, mrr: 0.92, refused: 40 },
  { name: "real-questions-held-out.json", recallAt3: 0.96, mrr: 0.94, refused: 18 },
  { name: "real-questions-held-out-2.json", recallAt3: 0.97, mrr: 0.95, refused: 26 },
  { name: "real-questions-held-out-3.json", recallAt3: 0.84, mrr: 0.76, refused: 24 },
  { name: "real-questions-held-out-4.json", recallAt3: 1, mrr: 0.96, refused: 20 },
  { name: "real-questions-held-out-5.json", recallAt3: 0.98, mrr: 0.96, refused: 25 },
  { name: "real-questions-dev-long.json", recallAt3: 0.96, mrr: 0.93, refused: 20 },
  { name: "real-questions-held-out-6.json", recallAt3: 0.98, mrr: 0.93, refused: 26 },
  { name: "real-questions-held-out-7.json", recallAt3: 0.96, mrr: 0.89, refused: 25 },
  { name: "real-questions-held-out-8.json", recallAt3: 0.96, mrr: 0.89, refused: 24 },
  { name: "real-questions-held-out-9.json", recallAt3: 0.96, mrr: 0.91, refused: 25 },
  { name: "real-questions-held-out-10.json", recallAt3: 0.96, mrr: 0.89, refused: 26 },
  { name: "real-questions-held-out-11.json", recallAt3: 1, mrr: 0.92, refused: 25 },
  { name: "real-questions-held-out-12.json", recallAt3: 0.96, mrr: 0.91, refused: 24 },
  { name: "real-questions-held-out-13.json", recallAt3: 0.96, mrr: 0.87, refused: 23 },
  { name: "real-questions-held-out-14.json", recallAt3: 0.96, mrr: 0.87, refused: 24 },
  { name: "real-questions-held-out-15.json", recallAt3: 0.88, mrr: 0.81, refused: 25 },
  { name: "real-questions-held-out-16.json", recallAt3: 0.98, mrr: 0.95, refused: 24 },
  { name: "real-questions-held-out-17.json", recallAt3: 0.87, mrr: 0.82, refused: 28 },
  { name: "real-questions-held-out-18.json", recallAt3: 0.96, mrr: 0.88, refused: 25 },
  { name: "real-questions-held-out-19.json", recallAt3: 0.98, mrr: 0.9, refused: 25 },
  { name: "real-questions-held-out-20.json", recallAt3: 0.88, mrr: 0.83, refused: 25 },
  { name: "real-questions-held-out-21.json", recallAt3: 0.93, mrr: 0.88, refused: 23 },
  { name: "real-questions-held-out-22.json", recallAt3: 0.95, mrr: 0.88, refused: 30 },
  { name: "real-questions-held-out-23.json", recallAt3: 0.95, mrr: 0.87, refused: 27 },
  { name: "real-questions-held-out-24.json", recallAt3: 0.95, mrr: 0.89, refused: 26 },
  { name: "real-questions-held-out-25.json", recallAt3: 0.95, mrr: 0.86, refused: 25 },
  { name: "real-questions-held-out-26.json", recallAt3: 0.9, mrr: 0.82, refused: 25 },
  { name: "real-questions-held-out-27.json", recallAt3: 0.95, mrr: 0.86, refused: 25 },
  { name: "real-questions-held-out-28.json", recallAt3: 0.88, mrr: 0.84, refused: 25 },
  { name: "real-questions-held-out-29.json", recallAt3: 0.95, mrr: 0.86, refused: 28 },
  { name: "real-questions-held-out-30.json", recallAt3: 0.92, mrr: 0.89, refused: 27 },
  { name: "real-questions-held-out-31.json", recallAt3: 0.98, mrr: 0.9, refused: 27 },
  { name: "real-questions-held-out-32.json", recallAt3: 0.9, mrr: 0.83, refused: 28 },
  { name: "real-questions-held-out-33.json", recallAt3: 0.92, mrr: 0.85, refused: 23 },
  { name: "real-questions-held-out-34.json", recallAt3: 0.85, mrr: 0.78, refused: 24 },
  { name: "real-questions-held-out-35.json", recallAt3: 0.93, mrr: 0.89, refused: 24 },
  { name: "real-questions-held-out-36.json", recallAt3: 0.9, mrr: 0.79, refused: 24 },
  { name: "real-questions-held-out-37.json", recallAt3: 0.95, mrr: 0.88, refused: 27 },
  { name: "real-questions-held-out-38.json", recallAt3: 0.9, mrr: 0.85, refused: 23 },
  { name: "real-questions-held-out-39.json", recallAt3: 0.96, mrr: 0.89, refused: 25 },
  { name: "real-questions-held-out-40.json", recallAt3: 0.95, mrr: 0.91, refused: 22 },
  { name: "real-questions-held-out-41.json", recallAt3: 0.93, mrr: 0.88, refused: 27 },
  { name: "real-questions-held-out-42.json", recallAt3: 0.9, mrr: 0.84, refused: 25 },
  { name: "real-questions-held-out-43.json", recallAt3: 0.91, mrr: 0.87, refused: 24 },
  { name: "real-questions-held-out-44.json", recallAt3: 0.95, mrr: 0.87, refused: 26 },
  { name: "real-questions-held-out-45.json", recallAt3: 0.91, mrr: 0.88, refused: 23 },
  { name: "real-questions-held-out-46.json", recallAt3: 0.98, mrr: 0.91, refused: 22 },
  { name: "real-questions-held-out-47.json", recallAt3: 0.96, mrr: 0.86, refused: 20 },
  { name: "real-questions-held-out-48.json", recallAt3: 0.93, mrr: 0.89, refused: 21 },
  { name: "real-questions-held-out-49.json", recallAt3: 0.85, mrr: 0.79, refused: 23 },
  { name: "real-questions-held-out-50.json", recallAt3: 0.9, mrr: 0.85, refused: 22 },
  { name: "real-questions-held-out-51.json", recallAt3: 0.93, mrr: 0.9, refused: 26 },
  { name: "real-questions-held-out-52.json", recallAt3: 0.93, mrr: 0.89, refused: 27 },
  { name: "real-questions-held-out-53.json", recallAt3: 1, mrr: 0.91, refused: 24 },
  { name: "real-questions-held-out-54.json", recallAt3: 0.92, mrr: 0.86, refused: 23 },
  { name: "real-questions-held-out-55.json", recallAt3: 0.89, mrr: 0.81, refused: 24 },
  { name: "real-questions-held-out-56.json", recallAt3: 0.95, mrr: 0.9, refused: 26 },
  { name: "real-questions-held-out-57.json", recallAt3: 0.96, mrr: 0.88, refused: 21 },
  { name: "real-questions-held-out-58.json", recallAt3: 0.89, mrr: 0.85, refused: 24 },
  { name: "real-questions-held-out-59.json", recallAt3: 0.98, mrr: 0.92, refused: 24 },
  { name: "real-questions-held-out-60.json", recallAt3: 0.96, mrr: 0.92, refused: 25 },
  { name: "real-questions-held-out-61.json", recallAt3: 0.98, mrr: 0.9, refused: 26 },
  { name: "real-questions-held-out-62.json", recallAt3: 0.98, mrr: 0.93, refused: 24 },
  { name: "real-questions-held-out-63.json", recallAt3: 0.86, mrr: 0.77, refused: 25 },
  { name: "real-questions-held-out-64.json", recallAt3: 0.93, mrr: 0.88, refused: 24 },
  { name: "real-questions-held-out-65.json", recallAt3: 0.96, mrr: 0.89, refused: 26 },
  { name: "real-questions-held-out-66.json", recallAt3: 0.96, mrr: 0.9, refused: 25 },
  { name: "real-questions-held-out-67.json", recallAt3: 0.93, mrr: 0.89, refused: 26 },
  { name: "real-questions-held-out-68.json", recallAt3: 0.95, mrr: 0.88, refused: 26 },
  { name: "real-questions-held-out-69.json", recallAt3: 0.92, mrr: 0.85, refused: 25 },
  { name: "real-questions-held-out-70.json", recallAt3: 0.9, mrr: 0.88, refused: 25 },
  { name: "real-questions-held-out-71.json", recallAt3: 1, mrr: 0.93, refused: 27 },
  { name: "real-questions-held-out-72.json", recallAt3: 0.96, mrr: 0.87, refused: 24 },
  { name: "real-questions-held-out-73.json", recallAt3: 0.9, mrr: 0.85, refused: 25 },
  { name: "real-questions-held-out-74.json", recallAt3: 0.89, mrr: 0.83, refused: 24 },
  { name: "real-questions-held-out-75.json", recallAt3: 0.93, mrr: 0.85, refused: 27 },
  { name: "real-questions-held-out-76.json", recallAt3: 0.9, mrr: 0.83, refused: 24 },
  { name: "real-questions-held-out-77.json", recallAt3: 0.9, mrr: 0.82, refused: 24 },
  { name: "real-questions-held-out-78.json", recallAt3: 0.93, mrr: 0.83, refused: 26 },
  { name: "real-questions-held-out-79.json", recallAt3: 0.96, mrr: 0.9, refused: 25 },
  { name: "real-questions-held-out-80.json", recallAt3: 0.89, mrr: 0.82, refused: 25 },
  { name: "real-questions-held-out-81.json", recallAt3: 0.83, mrr: 0.78, refused: 25 },
  { name: "real-questions-held-out-82.json", recallAt3: 0.93, mrr: 0.91, refused: 23 },
  { name: "real-questions-held-out-83.json", recallAt3: 0.95, mrr: 0.87, refused: 25 },
  { name: "real-questions-held-out-84.json", recallAt3: 0.89, mrr: 0.82, refused: 24 },
  { name: "real-questions-held-out-85.json", recallAt3: 0.87, mrr: 0.8, refused: 22 },
  { name: "real-questions-held-out-86.json", recallAt3: 0.87, mrr: 0.82, refused: 26 },
  { name: "real-questions-held-out-87.json", recallAt3: 0.86, mrr: 0.79, refused: 25 },
  { name: "real-questions-held-out-88.json", recallAt3: 0.95, mrr: 0.92, refused: 25 },
  { name: "real-questions-held-out-89.json", recallAt3: 0.96, mrr: 0.91, refused: 23 },
  { name: "real-questions-held-out-90.json", recallAt3: 1, mrr: 0.95, refused: 23 },
  { name: "real-questions-held-out-91.json", recallAt3: 0.95, mrr: 0.88, refused: 25 },
  { name: "real-questions-held-out-92.json", recallAt3: 0.93, mrr: 0.9, refused: 21 },
  { name: "real-questions-held-out-93.json", recallAt3: 0.93, mrr: 0.89, refused: 27 },
  { name: "real-questions-held-out-94.json", recallAt3: 0.95, mrr: 0.91, refused: 26 },
  { name: "real-questions-held-out-95.json", recallAt3: 0.97, mrr: 0.92, refused: 25 },
  { name: "real-questions-held-out-96.json", recallAt3: 0.95, mrr: 0.89, refused: 24 },
  { name: "real-questions-held-out-97.json", recallAt3: 0.92, mrr: 0.87, refused: 21 },
  { name: "real-questions-held-out-98.json", recallAt3: 0.98, mrr: 0.93, refused: 23 },
  { name: "real-questions-held-out-99.json", recallAt3: 0.98, mrr: 0.88, refused: 26 },
  { name: "real-questions-held-out-100.json", recallAt3: 0.92, mrr: 0.86, refused: 24 },
  { name: "real-questions-held-out-101.json", recallAt3: 0.98, mrr: 0.91, refused: 26 },
  { name: "real-questions-held-out-102.json", recallAt3: 0.97, mrr: 0.93, refused: 26 },
  { name: "real-questions-held-out-103.json", recallAt3: 0.92, mrr: 0.87, refused: 24 },
  { name: "real-questions-held-out-104.json", recallAt3: 0.88, mrr: 0.82, refused: 26 },
  { name: "real-questions-held-out-105.json", recallAt3: 0.95, mrr: 0.87, refused: 24 },
  { name: "real-questions-held-out-106.json", recallAt3: 0.9, mrr: 0.79, refused: 25 },
  { name: "real-questions-held-out-107.json", recallAt3: 0.88, mrr: 0.86, refused: 24 },
  { name: "real-questions-held-out-108.json", recallAt3: 0.95, mrr: 0.9, refused: 25 },
  { name: "real-questions-held-out-109.json", recallAt3: 0.94, mrr: 0.9, refused: 23 },
  { name: "real-questions-held-out-110.json", recallAt3: 0.92, mrr: 0.86, refused: 24 },
  { name: "real-questions-held-out-111.json", recallAt3: 0.92, mrr: 0.87, refused: 24 },
  { name: "real-questions-held-out-112.json", recallAt3: 0.92, mrr: 0.89, refused: 25 },
  { name: "real-questions-held-out-113.json", recallAt3: 0.94, mrr: 0.88, refused: 22 },
  { name: "real-questions-held-out-114.json", recallAt3: 0.97, mrr: 0.9, refused: 25 },
  { name: "real-questions-held-out-115.json", recallAt3: 0.9, mrr: 0.85, refused: 25 },
  { name: "real-questions-held-out-116.json", recallAt3: 0.9, mrr: 0.85, refused: 24 },
  { name: "real-questions-held-out-117.json", recallAt3: 0.92, mrr: 0.91, refused: 26 },
  { name: "real-questions-held-out-118.json", recallAt3: 0.89, mrr: 0.81, refused: 25 },
  { name: "real-questions-held-out-119.json", recallAt3: 0.92, mrr: 0.86, refused: 26 },
  { name: "real-questions-held-out-120.json", recallAt3: 0.94, mrr: 0.9, refused: 25 },
  { name: "real-questions-held-out-121.json", recallAt3: 0.92, mrr: 0.88, refused: 24 },
  { name: "real-questions-held-out-122.json", recallAt3: 0.93, mrr: 0.89, refused: 22 },
  { name: "real-questions-held-out-123.json", recallAt3: 0.92, mrr: 0.86, refused: 23 },
  { name: "real-questions-held-out-124.json", recallAt3: 0.92, mrr: 0.88, refused: 24 },
  { name: "real-questions-held-out-125.json", recallAt3: 0.94, mrr: 0.91, refused: 23 },
  { name: "real-questions-held-out-126.json", recallAt3: 0.94, mrr: 0.84, refused: 25 },
  { name: "real-questions-held-out-127.json", recallAt3: 0.95, mrr: 0.89, refused: 23 },
  { name: "real-questions-held-out-128.json", recallAt3: 0.95, mrr: 0.84, refused: 25 },
  { name: "real-questions-held-out-129.json", recallAt3: 0.97, mrr: 0.86, refused: 26 },
  { name: "real-questions-held-out-130.json", recallAt3: 0.92, mrr: 0.88, refused: 25 },
  { name: "real-questions-held-out-131.json", recallAt3: 0.9, mrr: 0.86, refused: 23 },
  { name: "real-questions-held-out-132.json", recallAt3: 0.92, mrr: 0.86, refused: 21 },
  { name: "real-questions-held-out-133.json", recallAt3: 0.96, mrr: 0.88, refused: 24 },
  { name: "real-questions-held-out-134.json", recallAt3: 0.86, mrr: 0.78, refused: 23 },
  { name: "real-questions-held-out-135.json", recallAt3: 0.97, mrr: 0.91, refused: 26 },
  { name: "real-questions-held-out-136.json", recallAt3: 0.92, mrr: 0.86, refused: 26 },
  { name: "real-questions-held-out-137.json", recallAt3: 0.92, mrr: 0.87, refused: 25 },
  { name: "real-questions-held-out-138.json", recallAt3: 0.93, mrr: 0.86, refused: 23 },
  { name: "real-questions-held-out-139.json", recallAt3: 0.95, mrr: 0.92, refused: 24 },
  { name: "real-questions-held-out-140.json", recallAt3: 0.94, mrr: 0.86, refused: 23 },
  { name: "real-questions-held-out-141.json", recallAt3: 0.91, mrr: 0.86, refused: 23 },
  { name: "real-questions-held-out-142.json", recallAt3: 0.92, mrr: 0.83, refused: 24 },
  { name: "real-questions-held-out-143.json", recallAt3: 0.93, mrr: 0.88, refused: 23 },
  { name: "real-questions-held-out-144.json", recallAt3: 0.97, mrr: 0.94, refused: 26 },
  { name: "real-questions-held-out-145.json", recallAt3: 0.95, mrr: 0.91, refused: 25 },
  { name: "real-questions-held-out-146.json", recallAt3: 0.95, mrr: 0.9, refused: 26 },
  { name: "real-questions-held-out-147.json", recallAt3: 0.88, mrr: 0.82, refused: 25 },
  { name: "real-questions-held-out-148.json", recallAt3: 0.92, mrr: 0.85, refused: 22 },
  { name: "real-questions-held-out-149.json", recallAt3: 0.94, mrr: 0.86, refused: 24 },
  { name: "real-questions-held-out-150.json", recallAt3: 0.86, mrr: 0.84, refused: 24 },
  { name: "real-questions-held-out-151.json", recallAt3: 0.86, mrr: 0.8, refused: 23 },
  { name: "real-questions-held-out-152.json", recallAt3: 0.94, mrr: 0.87, refused: 24 },
  { name: "real-questions-held-out-153.json", recallAt3: 0.88, mrr: 0.83, refused: 26 },
  { name: "real-questions-held-out-154.json", recallAt3: 0.91, mrr: 0.82, refused: 25 },
  { name: "real-questions-held-out-155.json", recallAt3: 0.91, mrr: 0.84, refused: 24 },
  { name: "real-questions-held-out-156.json", recallAt3: 0.91, mrr: 0.87, refused: 23 },
  { name: "real-questions-held-out-157.json", recallAt3: 0.89, mrr: 0.84, refused: 25 },
  { name: "real-questions-held-out-158.json", recallAt3: 0.94, mrr: 0.93, refused: 23 },
  { name: "real-questions-held-out-159.json", recallAt3: 0.94, mrr: 0.89, refused: 25 },
  { name: "real-questions-held-out-160.json", recallAt3: 0.92, mrr: 0.88, refused: 23 },
  { name: "real-questions-held-out-161.json", recallAt3: 0.98, mrr: 0.94, refused: 24 },
  { name: "real-questions-held-out-162.json", recallAt3: 0.88, mrr: 0.82, refused: 24 },
  { name: "real-questions-held-out-163.json", recallAt3: 0.95, mrr: 0.93, refused: 24 },
  { name: "real-questions-held-out-164.json", recallAt3: 0.95, mrr: 0.88, refused: 23 },
  { name: "real-questions-held-out-165.json", recallAt3: 0.94, mrr: 0.83, refused: 25 },
  { name: "real-questions-held-out-166.json", recallAt3: 0.88, mrr: 0.83, refused: 25 },
  { name: "real-questions-held-out-167.json", recallAt3: 0.85, mrr: 0.78, refused: 26 },
  { name: "real-questions-held-out-168.json", recallAt3: 0.89, mrr: 0.81, refused: 25 },
  { name: "real-questions-held-out-169.json", recallAt3: 0.86, mrr: 0.82, refused: 25 },
  { name: "real-questions-held-out-170.json", recallAt3: 0.94, mrr: 0.92, refused: 23 },
  { name: "real-questions-held-out-171.json", recallAt3: 0.92, mrr: 0.88, refused: 25 },
  { name: "real-questions-held-out-172.json", recallAt3: 0.91, mrr: 0.82, refused: 21 },
  { name: "real-questions-held-out-173.json", recallAt3: 0.97, mrr: 0.91, refused: 20 },
  { name: "real-questions-held-out-174.json", recallAt3: 0.89, mrr: 0.85, refused: 23 },
  { name: "real-questions-held-out-175.json", recallAt3: 0.94, mrr: 0.86, refused: 24 },
  { name: "real-questions-held-out-176.json", recallAt3: 0.89, mrr: 0.83, refused: 24 },
  { name: "questions.json", recallAt3: 1, mrr: 0.99, refused: 14 },
  { name: "own-questions.json", recallAt3: 1, mrr: 0.93, refused: 12 },
];

describe("visitors' own questions", () => {
  it("every set's labels name sections that exist, and there are at least 150 real questions", async () => {
    let real = 0;
    for (const { name, path } of defaultQuestionSets) {
      const set = await loadQuestionSet(path);
      expect(unknownReferences(set, knowledge), name).toEqual([]);
      if (name.startsWith("real-questions")) real += set.answerable.length + set.unanswerable.length;
    }
    expect(real).toBeGreaterThanOrEqual(150);
  });

  for (const floor of floors) {
    it(`${floor.name}: recall@3 at least ${floor.recallAt3}, MRR at least ${floor.mrr}, at least ${floor.refused} unanswerable questions refused, no misleading answer`, async () => {
      const figures = measureKnowledge(knowledge, await loadQuestionSet(pathOf(floor.name)));
      console.log(
        `[${floor.name}] recall@3 ${(figures.foundInTop3 / figures.answerable).toFixed(3)}, MRR ${figures.mrr.toFixed(3)}, refused ${figures.refused}/${figures.unanswerable}` +
          `\n  missed: ${figures.misses.join(" | ")}\n  answered although unanswerable: ${figures.answeredOffTopic.map((item) => item.q).join(" | ") || "none"}`,
      );
      expect(figures.foundInTop3 / figures.answerable).toBeGreaterThanOrEqual(floor.recallAt3);
      expect(figures.mrr).toBeGreaterThanOrEqual(floor.mrr);
      expect(figures.refused).toBeGreaterThanOrEqual(floor.refused);
      expect(figures.misleading).toEqual([]);
    });
  }

  it("npm run eval -- --knowledge prints recall@3, MRR, refusals and misleading answers for every set", async () => {
    const out: string[] = [];
    const code = await runEvalCli(
      { knowledge: true },
      { out: (text) => out.push(text), err: (text) => out.push(`ERR ${text}`) },
    );
    const printed = out.join("\n");
    expect(code).toBe(0);
    expect(printed).toMatch(/recall@3 \| MRR/);
    expect(printed).toMatch(/misleading answers/);
    for (const { name } of defaultQuestionSets)
      expect(printed).toMatch(new RegExp(`\\| ${name.replace(/\./g, "\\.")} +\\| \\d\\.\\d{3} +\\| \\d\\.\\d{3}`));
    // The second table: every set again, with the sections' typical questions left out.
    const [, withoutAsks = ""] = printed.split(/Without the sections' typical questions \("asks"\)/);
    for (const { name } of defaultQuestionSets)
      expect(withoutAsks).toMatch(new RegExp(`\\| ${name.replace(/\./g, "\\.")} +\\| \\d\\.\\d{3} +\\| \\d\\.\\d{3}`));
    // Every set twice, with and without the typical questions: 42 sets took about 70 s on an idle
    // machine (eleventh round), 150 sets about 220 s (thirtieth round, when CI's loaded run passed
    // 240 s), so the guard leaves room for a loaded one.
  }, 600_000);
});
