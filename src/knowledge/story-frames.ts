import { spreadsFromTheBack } from "../triage/index.js";
import { isAsking, onlyFrame, sentencesOfMessage } from "./question-parts.js";
import { affirmedClauses } from "./warning-signs-told.js";

// What a story tells that changes how its questions are answered (answer-search.ts): the knee's
// arthritis orders the passages of every question after it; new tingling below the knee leads
// with the assessment the articles advise.

// "told I've got early arthritis", "the x-ray shows wear and tear", "64, osteoarthritis in both
// knees": the knee's arthritis told as a fact frames every question the story asks ("Do I have to
// give up running?" asks about running with arthritis). Not a fear ("my friend says I'll have
// arthritis by 30") and not a question ("could it be arthritis?").
const arthritisWord = String.raw`(?:osteo ?arthritis|arthritis|arthritic|wear and tear|oa)`;
export const namesArthritis = new RegExp(String.raw`\b${arthritisWord}\b`, "i");
const fearsArthritis = new RegExp(
  String.raw`\b(?:will|'ll|going to|gonna|end up|get|getting|cause|causes|give me|lead to|leads to|avoid|prevent|risk of|bring on)\b(?:\s+\S+){0,2}?\s+${arthritisWord}\b`,
  "i",
);
export const tellsArthritis = (message: string) =>
  sentencesOfMessage(message).some(
    (sentence) => !isAsking(sentence) && namesArthritis.test(sentence) && !fearsArthritis.test(sentence),
  );

// "tingling down my shin after sitting, should I stretch?": new tingling or numbness below the knee
// is a sign the articles send for an assessment, so that section leads whatever is asked.
// Back or buttock pain spreading down the leg is another, read as the triage reader reads it
// ("something shoots from my butt down the back of my leg. related?").
const nerveFeeling = new RegExp(
  String.raw`\b(?:pins and needles|pins n needles|tingl\w*|numb\w*)\b|${spreadsFromTheBack}`,
  "i",
);
export const tellsNerveFeeling = (message: string) =>
  affirmedClauses(sentencesOfMessage(message)).some((clause) => nerveFeeling.test(clause));

// "my knees crack and pop every time I crouch… it doesn't hurt at all. Should I be worried it's
// wearing out?": noises that do not hurt, which the articles answer where they say painless
// clicking is common. Told in the story, they frame the question after it ("wearing out" would
// otherwise choose the arthritis article).
export const kneeNoise =
  /\b(?:crack|cracks|cracking|crackle|crackles|crackling|pop|pops|popping|click|clicks|clicking|creak|creaks|creaking|crunch|crunches|crunching|grind|grinds|grinding)\b/i;
const withoutPain =
  /\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not) (?:\w+ )?(?:hurt|hurts|painful|sore|bother)\b|\bno pain\b|\bpainless\b|\bpain[- ]free\b/i;
/**
 * Signs beyond an ache, which the sections that send for an assessment answer: locking, catching,
 * giving way, swelling, a nerve feeling, heat (a regex alternation, for a question's or story's test).
 */
export const signsBeyondAche = String.raw`lock\w*|catch\w*|gives? way|giving way|gave way|buckl\w*|swell\w*|swollen|puff\w*|numb\w*|tingl\w*|pins and needles|hot`;
// Those, getting stuck, night pain, a limp or a child: what those sections answer, however
// painless the noise.
const moreThanNoise = new RegExp(
  String.raw`\b(?:${signsBeyondAche}|stuck|jam\w*|gives? out|giving out|gave out|night|limp\w*|son|daughter|child|kid|boy|girl|red|warm|wobbly|unstable)\b`,
  "i",
);
/** A noise told with no pain in its own sentence or the next, and nothing more than the noise. */
export function tellsPainlessNoise(message: string): boolean {
  if (moreThanNoise.test(message)) return false;
  const sentences = sentencesOfMessage(message);
  return sentences.some(
    (sentence, index) =>
      kneeNoise.test(sentence) && (withoutPain.test(sentence) || withoutPain.test(sentences[index + 1] ?? "")),
  );
}

// Whether a painless noise matters, asked with no word of its own ("Anything to worry about?",
// "Is that normal?"), in a story that tells nothing more than the noise: no injury, wound,
// treatment, scan or price ("…it's weeping. Is that normal?", "…thinking of an MRI. Worth it?").
const worryOrNormal = /\b(?:worry|worried|worrying|normal|concern\w*|serious)\b/i;
const moreThanANoise =
  /\b(?:cut|wound|weeping|pus\w*|bruis\w*|infect\w*|popped|twist\w*|fell|fall|fallen|tackl\w*|landed|mri|scan|x-?rays?|injections?|surgery|operation|acupuncture|massage|physio|chiro\w*|osteo\w*|prices?|costs?|fever|out of place|wrong place)\b/i;
/** A short question with no word of its own asking whether the painless noise told matters. */
export const asksWhetherNoiseMatters = (part: string, message: string) =>
  onlyFrame(part) && worryOrNormal.test(part) && !moreThanANoise.test(message);
