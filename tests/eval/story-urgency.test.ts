import { describe, expect, it } from "vitest";
import { runEvalCli } from "../../src/eval/cli-run.js";
import { readUrgentStories } from "../../src/eval/story-urgency.js";

// The knowledge sets' stories labelled with the emergency or same-day section, read by the
// free-text reader alone. Held to the level the reader has reached (issue 15, eighth round: 53
// of 219 read lower at the round's start, 26 after; ninth round: held-outs 25-28 brought 52 more,
// 11 of them read lower, 5 after; tenth round: with held-outs 29-34, 341 stories, 40 read lower
// before the round's reader fixes, 33 after; eleventh round: held-outs 35-36 brought 22 more,
// 363 in all, 35 read lower before the round's reader fixes, 28 after; held-outs 37-38 brought 19
// more, one read lower and then read: 28 of 382; held-outs 39-40 brought 24 more, three read
// lower, two of them then read: 29 of 406; twelfth round: held-outs 41-44 brought 27 more, two
// read lower by the round-start reader, both read now: 29 of 433; thirteenth round: held-outs
// 45-50 brought 61 more: the round-start reader read 41 of 494 lower, and 35 after; fourteenth
// round: held-outs 51-54 brought 41 more, three read lower: "went over on my knee… can't lift my
// leg off the bed" is read now, and the other two ask when a knee is "a 999 job" or "A&E" without
// telling a sign: 37 of 535; after the review's reader fixes, 36; held-outs 55-58 brought 45
// more, seven read lower, four of them then read (55's acute injuries): 39 of 580; fifteenth
// round: after the reader's fixes, 38 of those 580 read lower, and held-outs 59-62 brought 32
// more, three read lower: 41 of 612; sixteenth round: held-outs 63-66 brought 40 more, seven read
// lower by the round-start reader, all four of 63's read now: 44 of 652; seventeenth round:
// held-outs 67-70 brought 29 more, three read lower by the round-start reader, and the reader's
// fixes read those three and 65's bladder and numbness story: 43 of 681; eighteenth round:
// held-outs 71-74 brought 32 more, four read lower by the round-start reader, all four read
// after its fixes, and with them two older stories of a teenager woken by the pain: 41 of 713;
// nineteenth round: held-outs 75-78 brought 43 more, ten read lower by the round-start reader
// (a knee that "came up hot, red and swollen", numbness "round my bum", "went over on a kerb",
// "copped a knee to the knee", knuckles swollen too…), eight read after its fixes; the two left
// ask a question first ("can barely put any weight through it", "one of our U16s"): 43 of 756;
// twentieth round: held-outs 79-82 brought 40 more, four read lower by the round-start reader,
// three of them read after its fixes (puffing on the stairs with a sore calf, swelling "quite
// fast" on warfarin, aching at night with the trousers hanging off): 44 of 796; held-outs 83-86
// brought 56 more, eleven read lower by that reader, three of them read after its next fixes
// (swelled "a great deal" on warfarin, numbness "around the seat" with "difficulty passing
// water", the "knobbly bit" below the knee tender); most left tell someone else's knee ("he",
// "she") and need the interview's question first: 52 of 852; twenty-first round: held-outs 87-94
// brought 88 more, sixteen read lower by the round-start reader; its fixes read four of the six of
// the two sets read (a fall "off the back of the trailer onto my knee", a kneecap "sore to touch"
// or "tender and…", swollen "tight and shiny" on warfarin); "my lad is 14" and "mum gashed her
// knee open" need the interview's question of whose knee: 64 of 940; twenty-second round:
// held-outs 95-98 brought 53 more, six read lower by the round-start reader; its fixes read both
// of the two in the sets read (a knee "blown up like a balloon" by lunchtime after a twist that
// morning, "dropped onto my knee" in a burpee and unable to bend it halfway), and the one story
// behind held-out 98's misleading answer (twisted "yesterday afternoon", blown right up "by the
// evening"): 67 of 993; twenty-third round: held-outs 99-102 brought 59 more, five read lower by
// the round-start reader; its fixes read both of the two in the sets read (a twisted knee that
// "managed about two steps before I had to sit down", a kneecap "sitting way off to the side") and
// held-out 75's "can barely put any weight through it": 69 of 1,052; held-outs 103-104, written at
// the round's end and never read, brought 30 more, five of them read lower, not looked at: 74 of
// 1,082; twenty-fourth round: held-outs 105-108 brought 65 more, seven read lower by the
// round-start reader, four of them in 105 and 107, never read; its fixes read the three in the
// sets read (a knee twisted "at lunchtime" and swollen "by teatime", a fall told as "went down on
// a wet hard court", "can't walk more than a couple of steps"), and held-out 45's "got my leg
// kicked out from under me" before pins and needles and a foot that won't lift: 77 of 1,147;
// held-outs 109-110, written during that round and never read, brought 26 more, six read lower at
// the round's start and six at its end, not looked at: 83 of 1,173; twenty-fifth round: held-outs
// 111-116 brought 96 more, nineteen read lower by the round-start reader; its fixes read all but
// four of the thirteen in the sets read (111, 114, 115: a parent's "she"/"he" with nobody named,
// "my lad… he's 15", "hit in a tackle yesterday afternoon… by teatime", a calf "on that side", a
// wife's opinion beside the writer's fever), and seven in earlier sets, three of them in sets never
// read (80, 86, 101; read ones: a daughter's opinion of the writer's slapping foot, a child's foot
// gone cold after coming off a scooter); the six in 112 and 116, never read, stay: 86 of 1,269;
// twenty-sixth round: held-outs 117-122 brought 102 more, ten read lower by the round-start reader;
// its fixes read the six in the sets read (117, 120: a horse that "double-barrelled me", dragged
// with a foot caught in the stirrup, a horse gone down on the leg with pain "worse not better even
// with painkillers" and a rock-hard shin, "my foot went one way and my knee went the other", a
// four-year-old who "keeps waking up saying her knee hurts"), one in held-out 6 and three in sets
// never read (105, 109, 121); a kneecap out and "clunked back in" while grabbing a child was read
// too, until review took back reading a child grabbed or carried as no one's knee; it and the
// three left in 118 and 121, never read, stay: 87 of 1,371; twenty-seventh round: held-outs
// 123-128 brought 94 more, thirteen read lower by the round-start reader; its fixes read three of
// the four in the sets read (124, 126, 128: on warfarin and "fell forward onto my knees", swelling
// fast; "it's only been about 3 hours and it's ballooned" after a twist; a knee "come up hot and
// fat"); "can't walk more than a few steps" was read too, until review took it back (a few steps
// of stairs, a dance, or before stiffness eases read as not walking) and it is asked; it and the
// nine in 123, 125 and 127, never read, stay: 97 of 1,465; twenty-eighth round: held-outs 129-134
// brought 90 more, eleven read lower by the round-start reader (7d04c2d); its fixes read five of
// the nine in the sets read (129, 130, 134: "got booted in the shin" with painkillers taken "but
// it's getting worse not better" and a rock-hard shin, anticoagulants "since a clot in my leg a few
// years back" (the clot's years are not the knee's onset), a knee twisted "at lunch" that had
// blown up "by 4pm", "the calf on the same leg has swelled up since yesterday", "im 16… pain is in
// my hip"); a kneecap "sitting round the outside", "after a knock", "one of my 14 year olds" and a
// writer of 16 "been limping" were read too, until review took them back (a kneecap that always
// sat so, an old bang, the coach's own age, "I'm 15 and a half stone"); those four and the two in
// 131 and 133, never read, stay: 103 of 1,555; held-outs 135-140, written blind for the
// twenty-ninth round, brought 82 urgent stories and ten read lower: 113 of 1,637 at its start;
// its fixes read all seven in the sets read (135, 136, 139: a lineman "rolled up on" who could
// not walk off, a helmet "to the side of the knee" and a puck "off the side of the knee", swollen
// "by the time I got home 2-3 hrs later", a ladder fall "putting up the Christmas lights" no longer
// dated to last Christmas, "on a DOAC", an ache "worst at night") and one more in a set never
// read; a kneecap "shoved over to the outside" was read too, until review took it back (a kneecap
// that had sat so for years), with no story lost; the three in 137, 138 and 140, never read, stay:
// 105 of 1,637; held-outs 141-146, written blind for the thirtieth round, brought 92 more and six
// read lower: 111 of 1,729 at its start; its fixes read both in the sets read (142: a carer's mum
// whose knee pain "goes on all night whatever position she's in", with weight lost and a cancer
// history, and a knee "locking every so often" that has to be jiggled "before it'll go straight
// again") and one in 143, never read; a knee "ballooning after a knock" (134) and "mum gashed her
// knee open" (90) were read too, until review took them back (a child's unsure knock switching off
// the hip rule, a writer's own facts dropped after "Mum made me write this"): 108 of 1,729;
// held-outs 147-152, written blind for the thirty-first round, brought 66 more and three read
// lower: 111 of 1,795 at its start; its fixes read 150's housemate whose kneecap "shot out… never
// happened to her before" and 46's gymnast (the same words); 150's girlfriend on warfarin whose knee
// is "already swelling up a lot" was read too, until review took "swelling up a lot" as marked back
// (a habit, the past, a what-if were raised): 109 of 1,795; held-outs 153-158, written blind for the
// thirty-second round, brought 64 more and seven read lower: 116 of 1,859 at its start; its fixes
// read 156's visitor on apixaban whose knee "swelled up really big really fast" after a knock; 153's
// steroid injection "in my arthritic knee" with a husband who "says it's just a flare", and its numb
// area "around my groin" with trouble "going to the loo", were read too, until review took those
// readings back (a carer's own knee named in passing dropped a relative's emergency; a vasectomy, a
// harness, stairs or constipation after an op were raised to an emergency call): 115 of 1,859;
// held-outs 159-164, written blind for the thirty-third round, brought 66 more and fourteen read
// lower: 129 of 1,925 at its start; its fixes read nine of the ten in the sets read (160-162): a
// replaced knee "hot, red and fat" or "puffed right up" with shivers, a knock on warfarin to "my old
// dodgy knee" or gone "really big and tight" within the hour, a twist "ballooned" by the time the
// visitor "got back to the hotel", pain "every single night" with weight loss and a past cancer
// (twice, once beside a wife "nagging me"), a kneecap that "slid right out… never ever happened
// before", a knee that "just jammed half bent"; and two in the blind sets (161's 13-year-old who
// "moans about his hip/groin and woke us up… crying with it" was read too, until three reviews took
// both readings back: a teacher's or a nanny's hip, a child crying over a cast): 118 of 1,925;
// held-outs 165-170, written blind for the thirty-fourth round, brought 63 more and five read lower:
// 123 of 1,988 at its start; its fixes read two of the three in the sets read (166-167, 169): 166's
// fall onto the knee with "a really tender spot on the bony bit just below the outside of the knee"
// and a bend "much past maybe halfway", 167's twist when the dog bolted, "i still cant put that foot
// down"; 166's coach writing of "one of the dads on my team… on blood thinners" was read too, until
// review took "one of the <people>" back (a coach's past-tense story, the writer's own knock "from one
// of the players", lost their emergencies): 121 of 1,988; held-outs 171-176, written blind for the
// thirty-fifth round, brought 89 more and sixteen read lower: 137 of 2,077 at its start; its fixes
// read three of the eight in the sets read (172-174): 173's "I'm on warfarin after a clot last year"
// beside a twist that swelled within the hour, 174's "whacked my knee on the barrier at a gig, its
// swelled up massive in like an hour" on warfarin and "kneecap popped out sideways and straight back
// in… never happened before"; a parent called "Dad" without "my", a relative's breath and saddle
// numbness, a kneecap far over after "went down at football" and a knee "properly stuck half bent"
// were read too, until four reviews took them back: 134 of 2,077), so a change that stops reading a
// told red flag fails here;
// lower the ratchet as the reader improves.

const now = new Date(2026, 11, 3, 12);

describe("urgent stories from the knowledge sets, through the free-text reader", async () => {
  const urgency = await readUrgentStories(undefined, now);

  it("reads all but 134 of them at their section's level or higher without a question asked", () => {
    expect(urgency.stories).toBeGreaterThanOrEqual(2077);
    expect(urgency.readLower.length).toBeLessThanOrEqual(134);
  });

  it("counts a story read at its level, and lists one read lower", async () => {
    // Held-out 14's bike fall (labelled with the emergency section) is read as an emergency now.
    const bike = "came off my bike onto my knee on the road this morning";
    expect(urgency.readLower.some((reading) => reading.story.startsWith(bike))).toBe(false);
    // A child's night pain and limp with no age given still waits for the interview's questions.
    expect(urgency.readLower.some((reading) => reading.labelled === "urgent" && reading.read === "self_care")).toBe(
      true,
    );
  });

  it("prints each story read lower with both levels", async () => {
    const lines: string[] = [];
    const code = await runEvalCli({ stories: true }, { out: (text) => lines.push(text), err: () => {} });
    expect(code).toBe(0);
    expect(lines[0]).toMatch(
      /^Stories labelled with the emergency or same-day section: \d+; read lower from the words alone: \d+/,
    );
    expect(
      lines.slice(1).every((line) => /^ {2}(?:emergency|urgent) → (?:urgent|routine|self_care) \[/.test(line)),
    ).toBe(true);
  });
});
