import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/knowledge/compose-answer.js";
import { buildKnowledgeBase } from "../../src/knowledge/build-knowledge-base.js";
import { readArticlesFromDir } from "../../src/knowledge/load-knowledge-node.js";
import { questionParts } from "../../src/knowledge/question-parts.js";
import { topicsAsked } from "../../src/knowledge/uncovered-topics.js";
import { defaultTuning } from "../../src/knowledge/search-tuning.js";
import { testKnowledge } from "../helpers/test-app.js";

// Visitors type their story first and the question last. Scored as one text, the story's words
// diluted every passage below the no-answer threshold: on 50 answerable long messages the search
// refused 34 (issue 15, sixth round). A long message is now also searched by what it asks.

const knowledge = testKnowledge();
const topAnchor = (message: string) => knowledge.search(message, 3)[0]?.anchor;

const keepRunningStory =
  "I'm 38 and started running again in the spring after years off, mostly parkruns with my daughter and the odd " +
  "trail race with people from the office. I built up to about 25 miles a week for a half marathon in October, with " +
  "a hilly long run on Sundays. For the last fortnight the front of my right knee aches on the stairs at work and for " +
  "a few hours after long runs, though it feels fine on short ones. Can I keep running or do I need to stop completely?";

describe("long, story-style messages", () => {
  it("answers the question at the end of a long story from the section that answers it", () => {
    expect(topAnchor(keepRunningStory)).toBe("keep-active");
    const answer = composeAnswer(knowledge, keepRunningStory);
    expect(answer.kind).toBe("answer");
  });

  it("scores the same story below the no-answer threshold when it is searched only as one text (the test can fail)", () => {
    const wholeMessageOnly = buildKnowledgeBase(
      readArticlesFromDir(new URL("../../knowledge", import.meta.url).pathname),
      {
        ...defaultTuning,
        askingPartsFrom: 0,
      },
    );
    // It was refused outright until words naming the occasion ("people from the office") stopped
    // weighing; scored as one text it still sits below the threshold the asked part clears.
    expect(wholeMessageOnly.search(keepRunningStory, 3)[0]?.score ?? 0).toBeLessThan(defaultTuning.threshold);
    expect(knowledge.search(keepRunningStory, 3)[0]?.score ?? 0).toBeGreaterThan(2 * defaultTuning.threshold);
  });

  it("answers a question asked after a story that mentions painkillers and a brace in passing", () => {
    const message =
      "Physio diagnosed runner's knee last month and I'm on a twelve week waiting list for proper sessions. " +
      "I've been taking ibuprofen after runs, tried a sleeve from the chemist, and cut my mileage in half. " +
      "I'd rather not sit around for three months. Which strengthening exercises can I do at home in the meantime?";
    expect(knowledge.search(message, 3).map((result) => result.anchor)).toContain("which-exercises");
  });

  it("refuses a question about a medicine or an injection the story just named, however many knee words it has", () => {
    expect(
      knowledge.search(
        "My knee aches from about mile 12 of my long runs, and the stairs at work are sore afterwards. " +
          "I take two ibuprofen before I head out and it seems to stop the ache. Is it safe to keep doing that?",
      ),
    ).toEqual([]);
    expect(
      knowledge.search(
        "I'm 66 with arthritis in my right knee and I've been doing my quad exercises and walking every day. " +
          "My GP has offered me a cortisone injection for the flare-ups. How many of those can you safely have in a year?",
      ),
    ).toEqual([]);
  });

  it("refuses a question about kit the articles leave out, asked after a story about knee pain the articles cover", () => {
    expect(
      knowledge.search(
        "Since I got a new road bike my knees ache at the front after rides, and I've been stretching my quads " +
          "and foam rolling like your article says. Could my saddle be too low, and how do I set the saddle height?",
      ),
    ).toEqual([]);
  });

  it("answers 'what is this?' after a story of its symptoms", () => {
    const message =
      "I'm 41 with a desk job and I do a spin class twice a week. After sitting through a long film my knees feel stiff " +
      "and ache around the kneecap when I stand up, and going down the stairs at the station is sore too. What is this?";
    expect(knowledge.search(message, 3).map((result) => result.articleId)).toContain("runners-knee-basics");
  });
});

describe("warning signs told in the story", () => {
  const flight =
    "Flew back from Singapore on Tuesday, eleven hours in a cramped seat, and went for an easy run yesterday. Now my knee " +
    "aches and my left calf is sore and looks swollen compared with the right one. Breathing is fine. I was planning to " +
    "foam roll and stretch the calf this evening, that should sort it, shouldn't it?";

  it("answers from the warning signs first when the story names them, whatever the question asks", () => {
    const answer = composeAnswer(knowledge, flight);
    if (answer.kind !== "answer") throw new Error("the flight story was refused");
    const section = knowledge
      .getArticle(answer.source.articleId)
      ?.sections.find((candidate) => candidate.anchor === answer.source.anchor);
    expect(section?.warningSigns).toBe(true);
    expect(answer.answer).toMatch(/calf/);
    expect(answer.answer).toMatch(/same-day|same day|within a day|24 hours/);
  });

  it("never suggests home care beside a warning-signs answer", () => {
    const answer = composeAnswer(
      knowledge,
      "been nursing a sore knee from parkrun for a few weeks. since yesterday my calf on the same side is swollen and " +
        "really tender. no breathlessness or anything. was going to foam roll it tonight, bad idea?",
    );
    if (answer.kind !== "answer") throw new Error("refused");
    const sectionOf = (result: { articleId: string; anchor: string }) =>
      knowledge.getArticle(result.articleId)?.sections.find((section) => section.anchor === result.anchor);
    expect(sectionOf(answer.source)?.warningSigns).toBe(true);
    if (answer.related) expect(sectionOf(answer.related)?.warningSigns).toBe(true);
  });

  it("reads two warning signs in one long told sentence, though its other words dilute them", () => {
    const coach =
      "Twelve hour bus ride home on Sunday and since then my knee has ached and the calf below it is swollen and " +
      "painful to touch. Probably just stiff from the seat. Would a foam roller sort it?";
    expect(knowledge.search(coach, 1)[0]?.warningSigns).toBe(true);
  });

  it("reads the warning signs of a sentence that also names something the articles leave out", () => {
    // "like flu" names an illness and "the mattress" sleep; neither hides the warning signs beside them.
    const fever =
      "Plasterer here, so I kneel a lot. Since last night my knee is hot, red and swollen and I feel shivery and " +
      "achy, like flu. I was going to ice it and take it easy over the weekend. Sound ok?";
    const fall =
      "My daughter landed badly at netball and the knee really hurts. Lying down she can't lift her leg straight up " +
      "off the mattress at all. We've got a bag of frozen peas on it. Can it wait until tomorrow?";
    for (const story of [fever, fall]) expect(knowledge.search(story, 1)[0]?.warningSigns, story).toBe(true);
  });

  it("answers a story with several warning signs from the warning list, though it names a topic the articles leave out", () => {
    const afterSurgery =
      "My wife had keyhole surgery on her knee a month ago. Since this morning the knee has been hot, red and " +
      "swollen and she feels feverish and unwell. What should we do?";
    expect(knowledge.search(afterSurgery, 1)[0]?.warningSigns).toBe(true);
    // An operation told with no warning sign now is still left to the clinic.
    const family =
      "My husband had surgery on his kneecap as a teenager because it kept slipping out. Our daughter is 12 and her " +
      "knees look like his did. Do problems like that run in families?";
    expect(knowledge.search(family, 3)).toEqual([]);
  });

  it("leaves the order to the question when the story names no warning sign", () => {
    const calm =
      "Flew back from Singapore on Tuesday and went for an easy run yesterday. My calves feel tight from all the sitting " +
      "and my knee is a little stiff. I was planning to foam roll this evening, how do I foam roll my calves properly?";
    expect(knowledge.search(calm, 1)[0]?.anchor).toBe("foam-rolling");
  });
});

describe("the parts a message is searched by", () => {
  it("searches a short question as it is", () => {
    expect(questionParts("should I ice my knee after a run?", 20).map((part) => part.text)).toEqual([
      "should I ice my knee after a run?",
    ]);
  });

  it("takes the asking words out of a run-on sentence, but not out of one that asks from its first word", () => {
    const runOn =
      "been running three years with no problems but since upping my miles my knee aches on the stairs and after long runs so should i stop running for a while";
    expect(questionParts(runOn, 20).map((part) => part.text)).toContain("should i stop running for a while");
    const asking =
      "My GP has offered me a steroid injection for the flare-ups after months of exercises. How many cortisone injections can you safely have in a year?";
    expect(questionParts(asking, 20).map((part) => part.text)).not.toContain("can you safely have in a year?");
  });

  it("reads a told sentence that drops its subject as told, not asked", () => {
    const message =
      "trail runner with runners knee for a year. did all the bridges and monster walks, changed to a lower drop shoe. " +
      "a sports doctor mentioned PRP injections as the next step. does PRP actually work and how many shots would i need";
    expect(questionParts(message, 20).map((part) => part.text)).not.toContain(
      "did all the bridges and monster walks, changed to a lower drop shoe.",
    );
    expect(knowledge.search(message)).toEqual([]);
  });

  it("keeps a fragment cut from a question to the topics of the whole question", () => {
    expect(
      knowledge.search(
        "need a gentle 12 week half marathon plan for dodgy knees, how many miles a week should i be doing",
      ),
    ).toEqual([]);
    expect(
      knowledge.search(
        "upped my miles for a marathon and my knee aches now, how many miles a week should i be doing",
        3,
      ).length,
    ).toBeGreaterThan(0);
  });

  it("keeps the sentence before a question as its context; a topic that sentence denies does not count", () => {
    const story =
      "My knee has ached on the stairs for six weeks now and it's worse after football on Sundays. The doctor said it is Osgood-Schlatter. Does he have to give up football?";
    const denied =
      "My knee has ached on the stairs for six weeks now and it's worse after football on Sundays. The doctor said it isn't a ligament tear. Should I give up football?";
    const contextOf = (message: string, question: string) =>
      questionParts(message, 20).find((part) => part.text === question)?.context;
    expect(contextOf(story, "Does he have to give up football?")).toBe("The doctor said it is Osgood-Schlatter.");
    expect(contextOf(denied, "Should I give up football?")).toBe("The doctor said it isn't a ligament tear.");
    const phrases = (question: string, context?: string) => topicsAsked(question, context).map((topic) => topic.phrase);
    expect(
      phrases("Does he have to give up football?", contextOf(story, "Does he have to give up football?")),
    ).toContain("osgood");
    expect(phrases("Should I give up football?", "The doctor said it isn't a ligament tear.")).toEqual([]);
    expect(phrases("Should I give up football?", "The doctor said it is a ligament tear.")).toEqual(["ligament"]);
    // Denied anywhere in its sentence, not only first: "…clears it up and does no harm" still names the injection.
    expect(
      phrases("Is that true?", "A guy on a forum said a cortisone injection clears it up and does no harm."),
    ).toContain("cortisone");
    expect(phrases("Is this normal?", "Paracetamol isn't touching it.")).toEqual([]);
  });
});
