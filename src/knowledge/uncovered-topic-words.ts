// Topics visitors ask about that the clinic's articles do not cover: medicines, injections,
// operations, supplements and diet, other joints and conditions, other sports, and the
// clinic's own business (prices, opening hours, bookings). Word overlap alone cannot tell
// "are cortisone injections good?" from a red-flag passage that mentions a recent injection,
// so when a question names one of these topics and the passage it would cite never mentions
// that topic, the honest answer is "I don't have information on that".
// Grouped by kind so the clinic can see why a question went unanswered; add a topic only when
// the articles really say nothing about it.

import {
  APPS_AND_TRACKERS,
  CLINIC_ITSELF,
  OTHER_ACTIVITIES,
  TAPING_AND_WRAPPING,
  TRAINING_PLANS,
  WALKING_AIDS,
  everydayTopicWords,
} from "./uncovered-everyday-topics.js";
import { BUILD_AND_RUBS, HEREDITY, LIFE_STAGES, healthTopicWords } from "./uncovered-health-topics.js";

export {
  APPS_AND_TRACKERS,
  BUILD_AND_RUBS,
  CLINIC_ITSELF,
  HEREDITY,
  LIFE_STAGES,
  OTHER_ACTIVITIES,
  TAPING_AND_WRAPPING,
  TRAINING_PLANS,
  WALKING_AIDS,
};

/** Every topic the articles leave out, by kind: health topics first, then everyday ones. */
export const uncoveredTopicWords: Record<string, string[]> = { ...healthTopicWords, ...everydayTopicWords };
