import { describe, expect, it } from "vitest";
import type { KnowledgeArticle } from "../../src/knowledge/knowledge-base.js";
import { buildKnowledgeBase } from "../../src/knowledge/build-knowledge-base.js";
import { readArticlesFromDir } from "../../src/knowledge/load-knowledge-node.js";
import { isAsking } from "../../src/knowledge/question-parts.js";
import { testKnowledge } from "../helpers/test-app.js";

// Each section lists about twenty typical questions in visitors' words ("asks"), short ones and
// stories, written blind by helpers who never saw the question sets (issue 15, seventh round).
// A word the passage itself never uses counts for it only through one typical question, and only
// through the sentences of that question that ask.

const articles = readArticlesFromDir(new URL("../../knowledge", import.meta.url).pathname);

/** The shipped articles with extra typical questions for the ice section. */
function withIceAsks(lines: string[]) {
  const changed: KnowledgeArticle[] = articles.map((article) =>
    article.id !== "self-care-and-return-to-running"
      ? article
      : {
          ...article,
          sections: article.sections.map((section) =>
            section.anchor === "ice" ? { ...section, asks: [...(section.asks ?? []), ...lines] } : section,
          ),
        },
  );
  return buildKnowledgeBase(changed);
}

const question = "is a sauna good for triathlon tapering";
const anchors = (knowledge: ReturnType<typeof buildKnowledgeBase>, text: string) =>
  knowledge.search(text, 3).map((result) => `${result.articleId}#${result.anchor}`);

describe("typical questions (asks)", () => {
  it("match a question through one of them that has its words", () => {
    const knowledge = withIceAsks(["is a sauna good for my knee when tapering for a triathlon"]);
    expect(anchors(knowledge, question)).toContain("self-care-and-return-to-running#ice");
  });

  it("do not pool words from different typical questions into one match", () => {
    const knowledge = withIceAsks([
      "is a sauna good for my knee",
      "I'm doing my first triathlon, should I ice",
      "should I ice while tapering",
    ]);
    expect(anchors(knowledge, question)).toEqual([]);
  });

  it("count a long typical question by the sentences that ask, not by its story", () => {
    const story =
      "Just back from a sauna weekend with my triathlon club and we are tapering for a race next month. " +
      "My knee aches after the longer runs. Should I ice it afterwards?";
    expect(anchors(withIceAsks([story]), question)).toEqual([]);
    // The same words where the story asks them do count.
    const asked =
      "Just back from a weekend away with my club and my knee aches after the longer runs. " +
      "Is a sauna good for it while I am tapering for a triathlon?";
    expect(anchors(withIceAsks([asked]), question)).toContain("self-care-and-return-to-running#ice");
  });

  it("never let a passage speak to a topic the articles leave out through its typical questions alone", () => {
    const knowledge = testKnowledge();
    // The warning signs name a knee replacement; a typical question there says "wait till Monday".
    expect(knowledge.search("is it better to get the knee replacement done now at 62 or wait until its worse")).toEqual(
      [],
    );
    expect(knowledge.search("my knee replacement is hot and swollen and i feel shivery", 3).length).toBeGreaterThan(0);
  });
});

describe("topics the articles leave out, found once typical questions widened the search", () => {
  const knowledge = testKnowledge();

  it("leaves warming up, sleep, resting the leg raised, heat, home visits and losing stones to the clinic", () => {
    for (const text of [
      "what's a good warm up before a 10k",
      "best sleeping position for a sore knee?",
      "should i keep my leg up on the sofa to help my knee",
      "should i put heat on my knee in the morning when it's stiff",
      "do you do home visits",
      "will losing a couple of stone take pressure off my arthritic knees",
    ])
      expect(knowledge.search(text), text).toEqual([]);
  });

  it("still answers the same words said of something the articles do cover", () => {
    for (const text of [
      "my knee is warm and puffy and i feel shivery",
      "ice or heat for a sore knee after a long hike?",
      "what will the physical therapist check at my first visit",
      "my husband slipped and landed on his knee, he can't lift his leg up off the bed when it's straight",
      "ive lost about a stone without trying and my knee aches every night, should i be worried",
    ])
      expect(knowledge.search(text, 3).length, text).toBeGreaterThan(0);
  });
});

describe("what asks in a told sentence", () => {
  it("hears 'worry is I…' as told, and 'is it' or 'am I' as asking", () => {
    expect(isAsking("my real worry is i leak a bit when i jump or run downhill.")).toBe(false);
    expect(isAsking("my knee hurts, is it normal to feel it on the stairs.")).toBe(true);
    expect(isAsking("i keep wondering, am i doing too much.")).toBe(true);
  });
});

describe("warning signs, now that every article's warning list has typical questions", () => {
  const knowledge = testKnowledge();

  it("answers from the sections graded by urgency (emergency, same day, book) before one article's single list", () => {
    const top = knowledge.search("one calf swollen and sore, knee aching too", 3)[0];
    expect(`${top?.articleId}#${top?.anchor}`).toBe("self-care-and-return-to-running#get-seen-soon");
    // A question the graded sections do not speak to keeps its own article's list.
    expect(knowledge.search("when should i get my stiff knee that won't straighten checked", 1)[0]?.articleId).toBe(
      "knee-rotation-and-mobility",
    );
  });

  it("leads with the warning signs when one told sentence names one and speaks to a warning list best", () => {
    const story =
      "I have type 2 diabetes. Since this morning my knee has gone hot, red and puffy and now I feel shivery. " +
      "I was going to put an ice pack on it and see how it is tomorrow, is that ok?";
    // Hot, red and swollen with chills and diabetes: the emergency list names it, and the engine
    // reads an emergency from these words (care-level-lead.test.ts), so that section leads.
    expect(knowledge.search(story, 1)[0]?.anchor).toBe("get-help-now");
  });

  it("reads the signs in a told sentence whose other clause denies something", () => {
    const unprovoked =
      "My knee went hot and red overnight and it's swollen, I didn't bang it on anything. This morning I've got chills. " +
      "I was going to keep an ice pack on it, is that ok?";
    expect(knowledge.search(unprovoked, 1)[0]?.anchor).not.toBe("ice");
    const story =
      "Five-a-side last night, took a kick to the leg. This morning my calf is swollen and tight and sore to touch, " +
      "but the knee itself isn't too bad. Should I just ice it?";
    expect(knowledge.search(story, 1)[0]?.anchor).toBe("get-seen-soon");
  });
});

describe("a question that asks why", () => {
  const knowledge = testKnowledge();

  it("is answered by the section that gives the reason, not the one that only lists what is done", () => {
    expect(knowledge.search("why would my physio look at my hips for a knee problem?", 1)[0]?.anchor).toBe(
      "why-look-beyond",
    );
    expect(knowledge.search("why does my knee hurt when i run", 1)[0]?.anchor).toBe("causes");
    // Asked what, not why: the assessment itself.
    expect(knowledge.search("what does a physio check at the first assessment for knee pain", 1)[0]?.anchor).toBe(
      "assessment",
    );
  });
});
