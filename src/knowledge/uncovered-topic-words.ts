// Topics visitors ask about that the clinic's articles do not cover: medicines, injections,
// operations, supplements and diet, other joints and conditions, other sports, and the
// clinic's own business (prices, opening hours, bookings). Word overlap alone cannot tell
// "are cortisone injections good?" from a red-flag passage that mentions a recent injection,
// so when a question names one of these topics and the passage it would cite never mentions
// that topic, the honest answer is "I don't have information on that".
// Grouped by kind so the clinic can see why a question went unanswered; add a topic only when
// the articles really say nothing about it.

import {
  CLINIC_ITSELF,
  OTHER_ACTIVITIES,
  TAPING_AND_WRAPPING,
  TRAINING_PLANS,
  everydayTopicWords,
} from "./uncovered-everyday-topics.js";
import { APPS_AND_TRACKERS, WALKING_AIDS } from "./uncovered-kit-topics.js";
import { BUILD_AND_RUBS, HEREDITY, LIFE_STAGES, healthTopicWords } from "./uncovered-health-topics.js";

export { BUILD_AND_RUBS, CLINIC_ITSELF, LIFE_STAGES, OTHER_ACTIVITIES, TRAINING_PLANS };

// Topics that count only where the visitor asks about them; told in the story they are context.
// The clinic's own business: "got a trip booked" told after the question, or "while I wait for my
// appointment", is story, and the question ("is it ok to keep hiking?", "which exercises can I
// do?") is still the articles' to answer. So is another activity: "I row five times a week and get
// a dull ache round my kneecap… what is that?" asks about the knee (eleventh round: +8 right
// sections over every set, no refusal lost).
/** The kinds of topic that count only where the visitor asks about them (uncovered-topics.ts). */
export const askedOnlyKinds: ReadonlySet<string> = new Set([
  CLINIC_ITSELF,
  TRAINING_PLANS,
  OTHER_ACTIVITIES,
  LIFE_STAGES,
  TAPING_AND_WRAPPING,
  BUILD_AND_RUBS,
  HEREDITY,
  APPS_AND_TRACKERS,
  WALKING_AIDS,
]);

/** Every topic the articles leave out, by kind: health topics first, then everyday ones. */
export const uncoveredTopicWords: Record<string, string[]> = { ...healthTopicWords, ...everydayTopicWords };
