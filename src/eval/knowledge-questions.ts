import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { z } from "zod";

// Question sets for the knowledge eval. A question is labelled with the articles or the
// sections (article-id#anchor) that answer it, and may name sections that would mislead: a
// passage whose gist contradicts the right answer, such as "icing didn't help" cited for
// "should I ice it?".

const reference = z.string().regex(/^[a-z0-9-]+(?:#[a-z0-9-]+)?$/, "must be article-id or article-id#anchor");

export const questionSetSchema = z.object({
  description: z.string().optional(),
  answerable: z.array(
    z.strictObject({
      q: z.string().min(1),
      articles: z.array(reference).optional(),
      sections: z.array(reference).optional(),
      misleading: z.array(reference).optional(),
    }),
  ),
  unanswerable: z.array(z.string().min(1)),
});

export type QuestionSet = z.infer<typeof questionSetSchema>;
export type LabelledQuestion = QuestionSet["answerable"][number];

const here = (path: string) => fileURLToPath(new URL(`../../tests/knowledge/${path}`, import.meta.url));

/**
 * The sets `npm run eval -- --knowledge` reports, in order. real-questions-held-out.json (v1)
 * was looked at while tuning, so it is a second development set now ("held-out v1, seen");
 * so was real-questions-held-out-2.json after its one blind run, and real-questions-held-out-3.json
 * after its, and real-questions-held-out-4.json to -10.json after theirs (-10 was not tuned on after it; -11 to -18 were run once on the seventh round's search, and not tuned on after -16; -19 to -22 were run once on the eighth round's, then only their misleading answers and clinic topics were looked at; -23 and -24 once on its final search; -25 to -28 on the ninth round's first and blind searches; -29 to -32 on the tenth round's first search, and -31 and -32 again, still unread, on its search after the fixes from -29 and -30; -33 and -34 once on the tenth round's first and final searches; -35 to -40 on the eleventh round's; -41 to -43 on the twelfth round's first search, then read; -44 on its first and final searches, unread until then; -45 to -48 on the thirteenth round's first search, then -45, -46 and -48 read, and -47 run again on its final search with one question seen; -49 and -50 on its first, a middle and its final search, never read; -51 to -54 on the fourteenth round's first search, then -51 to -53 read, and -54 run again on its final search, never read, though two of its questions and two of -49's were seen in a diff of that round; -55 to -58 written during that round and run on its first and final searches, only -55's and -56's misleading answers read; -59 to -62 written during the fifteenth round and run on its first search, then -59 and -61 read, and -60 and -62 run again on its final search, only -62's misleading answer read; -63 to -66 written during the sixteenth round and run on its first search, then -63 and -64 read, and -65 and -66 run again on its final search, never read until the seventeenth round, when they were read; -67 to -70 written during the seventeenth round and run on its first search, then -67 and -68 read, and -69 and -70 run again on its final search, never read, though two of -70's stories were seen in the story list and its reader misses fixed, until the eighteenth round, when they were read; -71 to -74 written during the eighteenth round and run on its first search, then -71 and -72 read, and -73 and -74 run again on its final search, never read, though one story of each was seen in the story list and the reader's misses on both fixed, and -74's missed questions were seen in a CI log after its final search; -75 to -78 written during the nineteenth round and run on its first search, then -75 and -78 read, and -76 and -77 run again on its final search, never read, though their stories read lower were seen in the story list and the reader's misses on them fixed; -79 to -82 written during the twentieth round and run on its first search, then -81 and -82 read, and -79 and -80 run again on its final search, never read, though one line of an -80 story was seen in the story list; -83 to -86 written later in that round and run on its search at the time, then -83 and -85 read, and -84 and -86 run again on its final search, never read; -87 to -94 written during the twenty-first round and run on its first search, then -87, -89, -90 and -92 read, and -88, -91, -93 and -94 run again on its final search, never read; -95 to -98 written during the twenty-second round and run on its first search, then -95 and -97 read, and -96 and -98 run again on its final search, never read but for -98's one misleading answer; -99 to -102 written during the twenty-third round and run on its first search, then -99 and -102 read, and -100 and -101 run again on its final search, never read; -103 and -104 written at that round's end and run once on its first and once on its final search, never read; -105 to -108 written during the twenty-fourth round and run on its first search, then -106 and -108 read, and -105 and -107 run again on its final search, never read; -109 and -110 written later in that round and run once on its first and once on its final search, never read; in that round one line of urgent stories read lower from each of several never-read sets (-49, -50, -62, -77, -80, -86, -88, -91, -94, -96, -98, -100, -101, -103) was seen in a story list by mistake, and none of them was fixed; -111 to -116 written during the twenty-fifth round and run on its first search, then -111, -114 and -115 read, and -112, -113 and -116 run again on its final search, never read; in that round only the matched phrase and labels of one question each of -98 and -104 were printed, to find which change had cost them; -117 to -122 written during the twenty-sixth round and run on its first search, then -117, -119 and -120 read, and -118, -121 and -122 run again on its final search, never read; after that final search the missed questions of -73, -79 and -116 were seen in a CI log by mistake, and nothing was tuned after it; -123 to -128 written during the twenty-seventh round and run on its first search, then -124, -126 and -128 read, and -123, -125 and -127 run again on its final search, never read; -129 to -134 written during the twenty-eighth round and run on its first search, then -129, -130 and -134 read, and -131, -132 and -133 run again on its final search, never read; -135 to -140 written during the twenty-ninth round and run on its first search, then -135, -136 and -139 read, and -137, -138 and -140 run again on its final search, never read; -141 to -146 written during the thirtieth round and run on its first search, then -141, -142 and -144 read, and -143, -145 and -146 run again on its final search, never read, though one question of -143 was printed by a diff before its never-read list was updated, and the first six answerable questions of -146 were printed by mistake at the start of the thirty-first round; -147 to -152 written during the thirty-first round and run on its first search, then -148, -150 and -151 read, and -147, -149 and -152 run again on its final search, never read; -153 to -158 written during the thirty-second round and run on its first search, then -153, -155 and -156 read, and -154, -157 and -158 run again on its final search, never read; -159 to -164 written during the thirty-third round and run on its first search, then -160, -161 and -162 read, and -159, -163 and -164 run again on its final search, never read; -165 to -170 written during the thirty-fourth round and run on its first search, then -166, -167 and -169 read, and -165, -168 and -170 run again on its final search, never read; -171 to -176 written during the thirty-fifth round and run on its first search, then -172, -173 and -174 read, and -171, -175 and -176 run again on its final search, never read).
 * real-questions-dev-long.json holds long, story-style messages only, written to tune the search
 * of long messages on (issue 15, sixth round). Every set but -49, -50, -54, -57, -58, -60, -62, -73, -74, -76, -77, -79, -80, -84, -86, -88, -91, -93, -94, -96, -98, -100, -101, -103, -104, -105, -107, -109, -110, -112, -113, -116, -118, -121, -122, -123, -125, -127, -131, -132, -133, -137, -138, -140, -143, -145, -146, -147, -149, -152, -154, -157, -158, -159, -163, -164, -165, -168, -170, -171, -175 and -176 is seen now (-55, -56, -62 and -98 for one question each; a few questions of -49, -50, -54, -55, -57, -58 and -60 were seen in diffs and story lists, and the missed questions of -73, -79 and -116 in a CI log); a new blind set goes last.
 */
export const defaultQuestionSets: ReadonlyArray<{ name: string; path: string }> = [
  { name: "questions.json", path: here("questions.json") },
  { name: "own-questions.json", path: here("own-questions.json") },
  { name: "real-questions-dev.json", path: here("real-questions-dev.json") },
  { name: "real-questions-held-out.json", path: here("real-questions-held-out.json") },
  { name: "real-questions-held-out-2.json", path: here("real-questions-held-out-2.json") },
  { name: "real-questions-held-out-3.json", path: here("real-questions-held-out-3.json") },
  { name: "real-questions-held-out-4.json", path: here("real-questions-held-out-4.json") },
  { name: "real-questions-held-out-5.json", path: here("real-questions-held-out-5.json") },
  { name: "real-questions-dev-long.json", path: here("real-questions-dev-long.json") },
  { name: "real-questions-held-out-6.json", path: here("real-questions-held-out-6.json") },
  { name: "real-questions-held-out-7.json", path: here("real-questions-held-out-7.json") },
  { name: "real-questions-held-out-8.json", path: here("real-questions-held-out-8.json") },
  { name: "real-questions-held-out-9.json", path: here("real-questions-held-out-9.json") },
  { name: "real-questions-held-out-10.json", path: here("real-questions-held-out-10.json") },
  { name: "real-questions-held-out-11.json", path: here("real-questions-held-out-11.json") },
  { name: "real-questions-held-out-12.json", path: here("real-questions-held-out-12.json") },
  { name: "real-questions-held-out-13.json", path: here("real-questions-held-out-13.json") },
  { name: "real-questions-held-out-14.json", path: here("real-questions-held-out-14.json") },
  { name: "real-questions-held-out-15.json", path: here("real-questions-held-out-15.json") },
  { name: "real-questions-held-out-16.json", path: here("real-questions-held-out-16.json") },
  { name: "real-questions-held-out-17.json", path: here("real-questions-held-out-17.json") },
  { name: "real-questions-held-out-18.json", path: here("real-questions-held-out-18.json") },
  { name: "real-questions-held-out-19.json", path: here("real-questions-held-out-19.json") },
  { name: "real-questions-held-out-20.json", path: here("real-questions-held-out-20.json") },
  { name: "real-questions-held-out-21.json", path: here("real-questions-held-out-21.json") },
  { name: "real-questions-held-out-22.json", path: here("real-questions-held-out-22.json") },
  { name: "real-questions-held-out-23.json", path: here("real-questions-held-out-23.json") },
  { name: "real-questions-held-out-24.json", path: here("real-questions-held-out-24.json") },
  { name: "real-questions-held-out-25.json", path: here("real-questions-held-out-25.json") },
  { name: "real-questions-held-out-26.json", path: here("real-questions-held-out-26.json") },
  { name: "real-questions-held-out-27.json", path: here("real-questions-held-out-27.json") },
  { name: "real-questions-held-out-28.json", path: here("real-questions-held-out-28.json") },
  { name: "real-questions-held-out-29.json", path: here("real-questions-held-out-29.json") },
  { name: "real-questions-held-out-30.json", path: here("real-questions-held-out-30.json") },
  { name: "real-questions-held-out-31.json", path: here("real-questions-held-out-31.json") },
  { name: "real-questions-held-out-32.json", path: here("real-questions-held-out-32.json") },
  { name: "real-questions-held-out-33.json", path: here("real-questions-held-out-33.json") },
  { name: "real-questions-held-out-34.json", path: here("real-questions-held-out-34.json") },
  { name: "real-questions-held-out-35.json", path: here("real-questions-held-out-35.json") },
  { name: "real-questions-held-out-36.json", path: here("real-questions-held-out-36.json") },
  { name: "real-questions-held-out-37.json", path: here("real-questions-held-out-37.json") },
  { name: "real-questions-held-out-38.json", path: here("real-questions-held-out-38.json") },
  { name: "real-questions-held-out-39.json", path: here("real-questions-held-out-39.json") },
  { name: "real-questions-held-out-40.json", path: here("real-questions-held-out-40.json") },
  { name: "real-questions-held-out-41.json", path: here("real-questions-held-out-41.json") },
  { name: "real-questions-held-out-42.json", path: here("real-questions-held-out-42.json") },
  { name: "real-questions-held-out-43.json", path: here("real-questions-held-out-43.json") },
  { name: "real-questions-held-out-44.json", path: here("real-questions-held-out-44.json") },
  { name: "real-questions-held-out-45.json", path: here("real-questions-held-out-45.json") },
  { name: "real-questions-held-out-46.json", path: here("real-questions-held-out-46.json") },
  { name: "real-questions-held-out-47.json", path: here("real-questions-held-out-47.json") },
  { name: "real-questions-held-out-48.json", path: here("real-questions-held-out-48.json") },
  { name: "real-questions-held-out-49.json", path: here("real-questions-held-out-49.json") },
  { name: "real-questions-held-out-50.json", path: here("real-questions-held-out-50.json") },
  { name: "real-questions-held-out-51.json", path: here("real-questions-held-out-51.json") },
  { name: "real-questions-held-out-52.json", path: here("real-questions-held-out-52.json") },
  { name: "real-questions-held-out-53.json", path: here("real-questions-held-out-53.json") },
  { name: "real-questions-held-out-54.json", path: here("real-questions-held-out-54.json") },
  { name: "real-questions-held-out-55.json", path: here("real-questions-held-out-55.json") },
  { name: "real-questions-held-out-56.json", path: here("real-questions-held-out-56.json") },
  { name: "real-questions-held-out-57.json", path: here("real-questions-held-out-57.json") },
  { name: "real-questions-held-out-58.json", path: here("real-questions-held-out-58.json") },
  { name: "real-questions-held-out-59.json", path: here("real-questions-held-out-59.json") },
  { name: "real-questions-held-out-60.json", path: here("real-questions-held-out-60.json") },
  { name: "real-questions-held-out-61.json", path: here("real-questions-held-out-61.json") },
  { name: "real-questions-held-out-62.json", path: here("real-questions-held-out-62.json") },
  { name: "real-questions-held-out-63.json", path: here("real-questions-held-out-63.json") },
  { name: "real-questions-held-out-64.json", path: here("real-questions-held-out-64.json") },
  { name: "real-questions-held-out-65.json", path: here("real-questions-held-out-65.json") },
  { name: "real-questions-held-out-66.json", path: here("real-questions-held-out-66.json") },
  { name: "real-questions-held-out-67.json", path: here("real-questions-held-out-67.json") },
  { name: "real-questions-held-out-68.json", path: here("real-questions-held-out-68.json") },
  { name: "real-questions-held-out-69.json", path: here("real-questions-held-out-69.json") },
  { name: "real-questions-held-out-70.json", path: here("real-questions-held-out-70.json") },
  { name: "real-questions-held-out-71.json", path: here("real-questions-held-out-71.json") },
  { name: "real-questions-held-out-72.json", path: here("real-questions-held-out-72.json") },
  { name: "real-questions-held-out-73.json", path: here("real-questions-held-out-73.json") },
  { name: "real-questions-held-out-74.json", path: here("real-questions-held-out-74.json") },
  { name: "real-questions-held-out-75.json", path: here("real-questions-held-out-75.json") },
  { name: "real-questions-held-out-76.json", path: here("real-questions-held-out-76.json") },
  { name: "real-questions-held-out-77.json", path: here("real-questions-held-out-77.json") },
  { name: "real-questions-held-out-78.json", path: here("real-questions-held-out-78.json") },
  { name: "real-questions-held-out-79.json", path: here("real-questions-held-out-79.json") },
  { name: "real-questions-held-out-80.json", path: here("real-questions-held-out-80.json") },
  { name: "real-questions-held-out-81.json", path: here("real-questions-held-out-81.json") },
  { name: "real-questions-held-out-82.json", path: here("real-questions-held-out-82.json") },
  { name: "real-questions-held-out-83.json", path: here("real-questions-held-out-83.json") },
  { name: "real-questions-held-out-84.json", path: here("real-questions-held-out-84.json") },
  { name: "real-questions-held-out-85.json", path: here("real-questions-held-out-85.json") },
  { name: "real-questions-held-out-86.json", path: here("real-questions-held-out-86.json") },
  { name: "real-questions-held-out-87.json", path: here("real-questions-held-out-87.json") },
  { name: "real-questions-held-out-88.json", path: here("real-questions-held-out-88.json") },
  { name: "real-questions-held-out-89.json", path: here("real-questions-held-out-89.json") },
  { name: "real-questions-held-out-90.json", path: here("real-questions-held-out-90.json") },
  { name: "real-questions-held-out-91.json", path: here("real-questions-held-out-91.json") },
  { name: "real-questions-held-out-92.json", path: here("real-questions-held-out-92.json") },
  { name: "real-questions-held-out-93.json", path: here("real-questions-held-out-93.json") },
  { name: "real-questions-held-out-94.json", path: here("real-questions-held-out-94.json") },
  { name: "real-questions-held-out-95.json", path: here("real-questions-held-out-95.json") },
  { name: "real-questions-held-out-96.json", path: here("real-questions-held-out-96.json") },
  { name: "real-questions-held-out-97.json", path: here("real-questions-held-out-97.json") },
  { name: "real-questions-held-out-98.json", path: here("real-questions-held-out-98.json") },
  { name: "real-questions-held-out-99.json", path: here("real-questions-held-out-99.json") },
  { name: "real-questions-held-out-100.json", path: here("real-questions-held-out-100.json") },
  { name: "real-questions-held-out-101.json", path: here("real-questions-held-out-101.json") },
  { name: "real-questions-held-out-102.json", path: here("real-questions-held-out-102.json") },
  { name: "real-questions-held-out-103.json", path: here("real-questions-held-out-103.json") },
  { name: "real-questions-held-out-104.json", path: here("real-questions-held-out-104.json") },
  { name: "real-questions-held-out-105.json", path: here("real-questions-held-out-105.json") },
  { name: "real-questions-held-out-106.json", path: here("real-questions-held-out-106.json") },
  { name: "real-questions-held-out-107.json", path: here("real-questions-held-out-107.json") },
  { name: "real-questions-held-out-108.json", path: here("real-questions-held-out-108.json") },
  { name: "real-questions-held-out-109.json", path: here("real-questions-held-out-109.json") },
  { name: "real-questions-held-out-110.json", path: here("real-questions-held-out-110.json") },
  { name: "real-questions-held-out-111.json", path: here("real-questions-held-out-111.json") },
  { name: "real-questions-held-out-112.json", path: here("real-questions-held-out-112.json") },
  { name: "real-questions-held-out-113.json", path: here("real-questions-held-out-113.json") },
  { name: "real-questions-held-out-114.json", path: here("real-questions-held-out-114.json") },
  { name: "real-questions-held-out-115.json", path: here("real-questions-held-out-115.json") },
  { name: "real-questions-held-out-116.json", path: here("real-questions-held-out-116.json") },
  { name: "real-questions-held-out-117.json", path: here("real-questions-held-out-117.json") },
  { name: "real-questions-held-out-118.json", path: here("real-questions-held-out-118.json") },
  { name: "real-questions-held-out-119.json", path: here("real-questions-held-out-119.json") },
  { name: "real-questions-held-out-120.json", path: here("real-questions-held-out-120.json") },
  { name: "real-questions-held-out-121.json", path: here("real-questions-held-out-121.json") },
  { name: "real-questions-held-out-122.json", path: here("real-questions-held-out-122.json") },
  { name: "real-questions-held-out-123.json", path: here("real-questions-held-out-123.json") },
  { name: "real-questions-held-out-124.json", path: here("real-questions-held-out-124.json") },
  { name: "real-questions-held-out-125.json", path: here("real-questions-held-out-125.json") },
  { name: "real-questions-held-out-126.json", path: here("real-questions-held-out-126.json") },
  { name: "real-questions-held-out-127.json", path: here("real-questions-held-out-127.json") },
  { name: "real-questions-held-out-128.json", path: here("real-questions-held-out-128.json") },
  { name: "real-questions-held-out-129.json", path: here("real-questions-held-out-129.json") },
  { name: "real-questions-held-out-130.json", path: here("real-questions-held-out-130.json") },
  { name: "real-questions-held-out-131.json", path: here("real-questions-held-out-131.json") },
  { name: "real-questions-held-out-132.json", path: here("real-questions-held-out-132.json") },
  { name: "real-questions-held-out-133.json", path: here("real-questions-held-out-133.json") },
  { name: "real-questions-held-out-134.json", path: here("real-questions-held-out-134.json") },
  { name: "real-questions-held-out-135.json", path: here("real-questions-held-out-135.json") },
  { name: "real-questions-held-out-136.json", path: here("real-questions-held-out-136.json") },
  { name: "real-questions-held-out-137.json", path: here("real-questions-held-out-137.json") },
  { name: "real-questions-held-out-138.json", path: here("real-questions-held-out-138.json") },
  { name: "real-questions-held-out-139.json", path: here("real-questions-held-out-139.json") },
  { name: "real-questions-held-out-140.json", path: here("real-questions-held-out-140.json") },
  { name: "real-questions-held-out-141.json", path: here("real-questions-held-out-141.json") },
  { name: "real-questions-held-out-142.json", path: here("real-questions-held-out-142.json") },
  { name: "real-questions-held-out-143.json", path: here("real-questions-held-out-143.json") },
  { name: "real-questions-held-out-144.json", path: here("real-questions-held-out-144.json") },
  { name: "real-questions-held-out-145.json", path: here("real-questions-held-out-145.json") },
  { name: "real-questions-held-out-146.json", path: here("real-questions-held-out-146.json") },
  { name: "real-questions-held-out-147.json", path: here("real-questions-held-out-147.json") },
  { name: "real-questions-held-out-148.json", path: here("real-questions-held-out-148.json") },
  { name: "real-questions-held-out-149.json", path: here("real-questions-held-out-149.json") },
  { name: "real-questions-held-out-150.json", path: here("real-questions-held-out-150.json") },
  { name: "real-questions-held-out-151.json", path: here("real-questions-held-out-151.json") },
  { name: "real-questions-held-out-152.json", path: here("real-questions-held-out-152.json") },
  { name: "real-questions-held-out-153.json", path: here("real-questions-held-out-153.json") },
  { name: "real-questions-held-out-154.json", path: here("real-questions-held-out-154.json") },
  { name: "real-questions-held-out-155.json", path: here("real-questions-held-out-155.json") },
  { name: "real-questions-held-out-156.json", path: here("real-questions-held-out-156.json") },
  { name: "real-questions-held-out-157.json", path: here("real-questions-held-out-157.json") },
  { name: "real-questions-held-out-158.json", path: here("real-questions-held-out-158.json") },
  { name: "real-questions-held-out-159.json", path: here("real-questions-held-out-159.json") },
  { name: "real-questions-held-out-160.json", path: here("real-questions-held-out-160.json") },
  { name: "real-questions-held-out-161.json", path: here("real-questions-held-out-161.json") },
  { name: "real-questions-held-out-162.json", path: here("real-questions-held-out-162.json") },
  { name: "real-questions-held-out-163.json", path: here("real-questions-held-out-163.json") },
  { name: "real-questions-held-out-164.json", path: here("real-questions-held-out-164.json") },
  { name: "real-questions-held-out-165.json", path: here("real-questions-held-out-165.json") },
  { name: "real-questions-held-out-166.json", path: here("real-questions-held-out-166.json") },
  { name: "real-questions-held-out-167.json", path: here("real-questions-held-out-167.json") },
  { name: "real-questions-held-out-168.json", path: here("real-questions-held-out-168.json") },
  { name: "real-questions-held-out-169.json", path: here("real-questions-held-out-169.json") },
  { name: "real-questions-held-out-170.json", path: here("real-questions-held-out-170.json") },
  { name: "real-questions-held-out-171.json", path: here("real-questions-held-out-171.json") },
  { name: "real-questions-held-out-172.json", path: here("real-questions-held-out-172.json") },
  { name: "real-questions-held-out-173.json", path: here("real-questions-held-out-173.json") },
  { name: "real-questions-held-out-174.json", path: here("real-questions-held-out-174.json") },
  { name: "real-questions-held-out-175.json", path: here("real-questions-held-out-175.json") },
  { name: "real-questions-held-out-176.json", path: here("real-questions-held-out-176.json") },
];

export class QuestionSetError extends Error {}

export async function loadQuestionSet(path: string): Promise<QuestionSet> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new QuestionSetError(`${path}: ${(error as Error).message}`);
  }
  const result = questionSetSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new QuestionSetError(
      `${path}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid question set"}`,
    );
  }
  for (const question of result.data.answerable) {
    if (!question.articles?.length && !question.sections?.length)
      throw new QuestionSetError(`${path}: "${question.q}" names no article or section that answers it`);
  }
  return result.data;
}
