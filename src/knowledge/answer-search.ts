import type { CareLevel } from "./article-schema.js";
import type { KnowledgeChunk } from "./build-knowledge-base.js";
import { createAnswerOrder } from "./answer-order.js";
import { asideAfterQuestion, questionParts, wordCount } from "./question-parts.js";
import { meetsDemands, shapeDemands } from "./question-shape.js";
import {
  asksWhetherNoiseMatters,
  kneeNoise,
  namesArthritis,
  tellsArthritis,
  tellsNerveFeeling,
  tellsPainlessNoise,
} from "./story-frames.js";
import { questionTermsOf } from "./question-terms.js";
import { frameTerms, type ScoredChunk, type Scorer } from "./search-scoring.js";
import type { SearchTuning } from "./search-tuning.js";
import { expandedTermsOf, stemOfToken, termFor, tokenize } from "./text-terms.js";
import { complaintsArticlesName, otherBodyPartComplaint } from "./other-body-parts.js";
import {
  asksOnlyWhatItIs,
  countsOnlyWhereAsked,
  namingWords,
  passageDefines,
  passageMentions,
  topicsAsked,
  uncoveredTopicsIn,
  type UncoveredTopic,
} from "./uncovered-topics.js";
import { asksOnlyWhatToDo } from "./asks-what-to-do.js";
import { withIdiomsPlain } from "./plain-idioms.js";
import {
  createWarningSignsReader,
  foundPastDenials,
  namedBest,
  signWords,
  termsDeniedOutright,
  termsTold,
  warningSectionIds,
  warningWords,
} from "./warning-signs-told.js";

// Whether the articles answer a message, and with which passages in what order. The passages are
// scored by search-scoring.ts; here a message is searched whole and by its asking parts, a topic
// the articles leave out rules a passage out, the question's shape (a timing, a frequency) must be
// met, and the story's warning signs and the triage engine's reading of its words choose the lead.

// "Should I see someone?", "worth getting it checked?", "worry?": a short message asking whether to
// be seen is answered by the section for the level the engine reads, like a story.
const asksWhetherToBeSeen =
  /\b(?:see (?:someone|somebody|a physio|a pt|a doctor|a gp|anyone)|(?:get|worth getting) (?:it |this |that )?(?:checked|looked at|seen)|be seen|worry|worried|worth worrying|concerned|book (?:in|someone|an assessment|a physio))\b/i;

/** The terms of a message telling a pain score that tell no warning sign ("knee pain about 8 out of 10"). */
const painScoreTerms = new Set(
  ["knee", "knees", "pain", "painful", "hurts", "sore", "aches", "out", "of", "about", "score"].flatMap(
    (word) => termFor(word) ?? [],
  ),
);

/** How many passages a visitor is shown for an answer (the chat's answer and its citations). */
const passagesShown = 3;

export function createAnswerSearch(
  chunks: KnowledgeChunk[],
  tuning: SearchTuning,
  scorer: Scorer,
  /** The care level the triage engine reads from a message's words, when it is one an article answers for. */
  careLevelOf?: (message: string) => CareLevel | undefined,
) {
  const passageText = new Map(chunks.map((chunk) => [chunk.id, `${chunk.title}\n${chunk.text}`]));
  const articleStems = new Set(chunks.flatMap((chunk) => tokenize(`${chunk.title} ${chunk.text}`).map(stemOfToken)));

  const listsWarningSigns = warningSectionIds(chunks);
  // Named as advice, not as a warning sign: "a tight calf or shin (call emergency services)" does
  // not make "tight shins, should I foam roll them?" the articles' topic.
  const complaintsNamed = complaintsArticlesName(
    chunks.filter((chunk) => !chunk.warningSigns).map((chunk) => chunk.text),
  );
  const signs = signWords(chunks, warningWords(chunks, scorer.documentFrequency, frameTerms, tuning.warningTermShare));

  /**
   * A question about a topic the articles leave out (painkillers, a knee replacement) is answered
   * only by a passage that names the topic and also covers another telling part of the question:
   * "severe pain despite painkillers after a fall" is a warning sign the articles list, but the
   * same word in "what's the best painkiller?" is a coincidence, not an answer. A warning list
   * names such a topic only beside a sign ("hot, red and swollen… with a knee replacement"), so it
   * answers only when the other part is a sign in the articles' words (signWords) or the triage
   * engine reads a same-day or emergency sign in the message (`signsRead`: "can't feel my foot and
   * it's cold"): "how long do knee replacements last?" shares "last" with it, "how long will she be
   * in hospital?" shares "hospital", and neither tells a sign. `story` is the whole message: an
   * operation or diagnosis told anywhere in it frames every question it asks (uncovered-topics.ts).
   */
  function speaksToTopics(
    query: string,
    signsRead: boolean,
    context?: string,
    from?: string,
    story?: string,
    /** Words the story adds to the part (its arthritis): they rank, but never speak to a topic. */
    frame?: string,
  ): (chunk: ScoredChunk) => boolean {
    const topics = topicsAsked(query, context, from, story);
    const groupsOfQuery = () =>
      questionTermsOf(frame ? `${query} ${frame}` : query, scorer.known, scorer.vocabulary).groups;
    // A sign must be told, not denied: "wound healed nicely, no fever" tells none. Read only when
    // the engine read no sign of its own.
    const toldInQuery = () => (signsRead ? new Set<string>() : termsTold(query));
    if (topics.length === 0) {
      // A warning list found only by words the visitor denies does not answer: "no falls I can
      // think of. what even is that?", "didn't fall or anything. what is it?". Read only where
      // something is denied (most questions deny nothing, and the eval reads thousands).
      const denied = signsRead ? new Set<string>() : termsDeniedOutright(query);
      if (denied.size === 0) return () => true;
      const groups = groupsOfQuery();
      const told = termsTold(query);
      return (chunk) => !listsWarningSigns.has(chunk.id) || foundPastDenials(chunk.coveredGroups, groups, denied, told);
    }
    // A condition's name takes the words beside it ("an ACL tear", "chondromalacia patella"); a
    // treatment's does not ("is ultrasound treatment worth it?" asks about the treatment).
    const named = (topic: UncoveredTopic) => (topic.kind === "other conditions" ? namingWords(query, topic) : []);
    const topicStems = new Set([
      ...topics.flatMap((topic) => [...topic.stems, ...named(topic)]),
      ...(frame ? expandedTermsOf(frame) : []),
    ]);
    const groups = groupsOfQuery();
    const told = toldInQuery();
    const tellsSign = (group: readonly string[]) => group.some((term) => signs.has(term) && told.has(term));
    const definitionAsked = asksOnlyWhatItIs(query, topics);
    return (chunk) => {
      const text = passageText.get(chunk.id) ?? "";
      if (definitionAsked && topics.every((topic) => passageDefines(text, topic))) return true;
      if (!topics.every((topic) => passageMentions(text, topic))) return false;
      const signNeeded = listsWarningSigns.has(chunk.id) && !signsRead;
      // The passage's own words, not only its typical questions, must cover that other part.
      const own = scorer.ownTerms(chunk.id);
      return chunk.coveredGroups.some((index) => {
        const group = groups[index] ?? [];
        return (
          !group.some((term) => topicStems.has(term)) &&
          (!signNeeded || tellsSign(group)) &&
          scorer.groupWeight(group) >= tuning.strongIdf &&
          group.some((term) => own?.has(term))
        );
      });
    };
  }

  const answerOrder = createAnswerOrder(chunks, tuning);
  const articleOf = new Map(chunks.map((chunk) => [chunk.id, chunk.articleId]));
  /** A passage the words did not find, brought in by what the engine reads (answer-order.ts). */
  const unscored = (id: string): ScoredChunk => ({
    id,
    articleId: articleOf.get(id) ?? "",
    score: tuning.threshold,
    lexical: 0,
    coverage: 0,
    matched: [],
    coveredGroups: [],
  });
  const warningSignsTold = createWarningSignsReader(
    chunks,
    warningWords(chunks, scorer.documentFrequency, frameTerms, tuning.warningTermShare),
    (sentence) => scorer.scoreAll(sentence),
    { termsTold: tuning.warningTermsTold, threshold: tuning.threshold, namedShare: tuning.warningSignsNamedShare },
  );

  /** The best k passages above the threshold, preferring a new article unless a repeat is clearly better. */
  function search(asked: string, k: number): ScoredChunk[] {
    const query = withIdiomsPlain(asked);
    // What the engine reads from the words decides which care section leads (below), and whether a
    // warning list may answer beside a topic the articles leave out. A sign it reads is never
    // refused as another body part's ("my thigh popped and I can't lift my leg off the bed").
    const level = careLevelOf?.(query);
    const signsRead = level === "urgent" || level === "emergency";
    if (!signsRead && otherBodyPartComplaint(query, complaintsNamed) !== null) return [];
    // Each part of the message is checked on its own: a topic told in the story ("I've been on
    // ibuprofen") does not rule out a passage for the question asked after it.
    // A short question's aside that names a topic the articles leave out, another part of the body
    // or a warning sign, or that the engine reads as a matter to book or worse ("is it ok to run? I'm
    // on warfarin", "any exercises for runners knee? my calf's swollen since my flight", "should I
    // keep running? my knee gave way twice"), keeps the whole message deciding, as any short one does.
    const aside = asideAfterQuestion(query, tuning.askingPartsFrom);
    const asideSaysMore =
      aside !== "" &&
      (uncoveredTopicsIn(aside).some((topic) => !countsOnlyWhereAsked(topic)) ||
        otherBodyPartComplaint(aside, complaintsNamed) !== null ||
        warningSignsTold(aside).length > 0 ||
        ["routine", "urgent", "emergency"].includes(careLevelOf?.(aside) ?? ""));
    const parts = questionParts(query, asideSaysMore ? 0 : tuning.askingPartsFrom);
    const whole = new Map<string, ScoredChunk>();
    const best = new Map<string, ScoredChunk>();
    let answered = false;
    const arthritis = parts.length > 1 && tellsArthritis(query);
    const painlessNoise = parts.length > 1 && tellsPainlessNoise(query);
    parts.forEach(({ text: part, context, decides, ranks, from }, index) => {
      const everydayWordsWeigh = index === 0 ? undefined : tuning.everydayWordWeight;
      const found = scorer
        .scoreAll(part, everydayWordsWeigh)
        .filter(speaksToTopics(part, signsRead, context, from, query));
      // The story's arthritis, or its painless noises, order an asking part's passages; they never
      // decide that they answer, but for whether the noise matters (story-frames.ts), which the
      // section saying painless clicking is common answers.
      const frame =
        index === 0
          ? undefined
          : arthritis && !namesArthritis.test(part)
            ? "arthritis"
            : painlessNoise && !kneeNoise.test(part)
              ? "clicking"
              : undefined;
      const ranked = frame
        ? scorer
            .scoreAll(`${part} ${frame}`, everydayWordsWeigh)
            .filter(speaksToTopics(part, signsRead, context, from, query, frame))
        : found;
      const demands = shapeDemands(part);
      const answers = (chunk: ScoredChunk) =>
        chunk.lexical >= tuning.threshold &&
        meetsDemands(passageText.get(chunk.id) ?? "", demands, (stem) => articleStems.has(stem));
      // A timing choice is answered only when the passage it would cite gives the timing: the ice
      // section's "after activity" does not say when to stretch; a frequency, by a passage shown.
      const metBy = (scope: "cited" | "shown") => demands.some((demand) => demand.metBy === scope);
      const eligible = metBy("cited") ? found.slice(0, 1) : metBy("shown") ? found.slice(0, passagesShown) : found;
      const noiseMatters = frame === "clicking" && asksWhetherNoiseMatters(part, query);
      answered ||= decides && (eligible.some(answers) || (noiseMatters && ranked.some(answers)));
      if (ranks === false) return;
      for (const chunk of ranked) {
        if (index === 0) whole.set(chunk.id, chunk);
        const earlier = best.get(chunk.id);
        if (!earlier || chunk.score > earlier.score) best.set(chunk.id, chunk);
      }
    });
    // A story naming several warning signs the articles list is answered from that list, even when
    // a part of it names a topic they leave out ("keyhole surgery a month ago… hot, red and swollen").
    const readings = parts.length > 1 && aside === "" ? warningSignsTold(query) : [];
    const warning = namedBest(readings, tuning.warningTermsTold);
    const strongWarning = answered ? undefined : namedBest(readings, tuning.warningTermsOverTopics);
    // What the engine reads from the words decides which care section leads. A message it reads as
    // an emergency or a same-day matter is answered from that section alone when nothing else
    // would answer it ("on warfarin, banged my knee, it has blown up in an hour" names a medicine
    // the articles leave out). "Book an assessment" leads only a story or a message asking whether
    // to be seen, and only one the articles answer: a short question ("balance exercises for a
    // wobbly knee?") gets its own section first.
    // Where nothing answers, "book an assessment" answers a message read as routine only when it
    // asks just what to do or whether to be seen, or asks nothing, with a topic the articles leave
    // out only as its story and no sign that asking may raise (asks-what-to-do.ts).
    if (!answered && !strongWarning) {
      const careLevel = level === "routine" && !asksOnlyWhatToDo(query) ? undefined : level;
      return answerOrder.leadWithCareLevel([], careLevel, unscored).slice(0, 1);
    }
    const leading =
      level === "routine" &&
      wordCount(query) < tuning.askingPartsFrom &&
      !asksWhetherToBeSeen.test(query) &&
      !tellsNerveFeeling(query)
        ? undefined
        : level;
    // The whole message keeps its say in the order (the story's warning signs, its arthritis), the
    // asking parts theirs.
    const scored = [...best.values()].map((chunk) => ({
      ...chunk,
      score:
        parts.length === 1
          ? chunk.score
          : (1 - tuning.askingPartsWeight) * (whole.get(chunk.id)?.score ?? 0) + tuning.askingPartsWeight * chunk.score,
    }));
    const candidates = answerOrder.weighAskedSections(query, scored).sort((left, right) => right.score - left.score);
    // A story naming warning signs the articles list (a swollen calf after a flight) is answered
    // from that list first, whatever the question at its end asks ("should I just foam roll it?").
    const told = warning ?? strongWarning;
    const first = candidates[0];
    if (told && first?.id !== told.id) {
      const at = candidates.findIndex((chunk) => chunk.id === told.id);
      const lead = (at >= 0 ? candidates.splice(at, 1)[0] : undefined) ?? told;
      candidates.unshift({ ...lead, score: first?.score ?? lead.score });
    }
    // "Pain about 8 out of 10, should I be seen?": where the engine reads a routine matter and the
    // message tells nothing but the knee's pain, its score and the asking words, the engine's
    // section leads. Any other word may tell a sign the reader missed ("got stuck", "went up like
    // a balloon after the fall"), and then the more urgent section keeps the lead.
    const asking = asksWhetherToBeSeen.exec(query)?.[0];
    const askingTerms = new Set(tokenize(asking ?? "").flatMap((token) => termFor(token) ?? []));
    const onlyPainScoreTold =
      leading === "routine" &&
      asking !== undefined &&
      tokenize(query)
        .flatMap((token) => termFor(token) ?? [])
        .every(
          (term) => askingTerms.has(term) || painScoreTerms.has(term) || frameTerms.has(term) || /^\d+$/.test(term),
        );
    // Once one passage clears the threshold, the next best fill the other places below it: past
    // that, the second and third best are still the best places to look. A reason's weight may
    // lift a score past 1; what callers see stays 0-1.
    return answerOrder
      .leadWithCareLevel(answerOrder.preferGradedWarnings(candidates), leading, unscored, onlyPainScoreTold)
      .slice(0, k)
      .map((chunk) => ({ ...chunk, score: Math.min(1, chunk.score) }));
  }

  return search;
}
