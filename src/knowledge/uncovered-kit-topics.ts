// Kit and gadgets the articles leave out: TENS machines, watches, brands, when shoes are worn out,
// compression wear, bike fit (a part of uncovered-everyday-topics.ts, kept apart for its length);
// apps and trackers and walking aids are kinds of their own; and how a question asks about kit.
/** Kit and gadgets, counted wherever told ("a TENS machine", "my hokas"). */
export const KIT_AND_GADGETS = "kit and gadgets";
export const kitTopicWords: string[] = [
  // A catcher's knee pads that rest the knees in the crouch.
  "knee savers",
  "knee saver",
  "tens machine",
  "tens machines",
  "tens unit",
  "climbing shoe",
  "climbing shoes",
  "feet high or low",
  "high or low on the",
  "foot position",
  "foot placement",
  "feet on the platform",
  // Which colour to choose, not the coloured tape itself ("that stretchy coloured tape, does it do anything?").
  "what colour",
  "which colour",
  "different colour",
  "colour of",
  "what color",
  "which color",
  "different color",
  "color of",
  // Which video channel to follow ("can you recommend a youtube channel for knee exercises?").
  "youtube channel",
  "youtube channels",
  "channel to follow",
  "channels to follow",
  "walking poles",
  "trekking poles",
  "hiking poles",
  "poles",
  "headphones",
  "brand",
  "brands",
  "hoka",
  "brooks",
  "asics",
  "nike",
  "adidas",
  "saucony",
  "new balance",
  // When a pair is worn out: the articles say to choose comfortable shoes, not when to replace them.
  "are running shoes dead",
  "do shoes last",
  "do running shoes last",
  "do trainers last",
  "do running trainers last",
  "do tennis shoes last",
  "shoes last before",
  "replace my shoes",
  "replace my running shoes",
  "replace my trainers",
  "replace running shoes",
  "skechers",
  "sketchers",
  "birkenstocks",
  "compression tights",
  "compression socks",
  "compression shorts",
  "footrest",
  "seat position",
  "chair height",
  "saddle",
  "cleats",
  "bike fit",
];

/** A running app or tracker: counted only where asked about ("my app wants hill repeats… is that ok?" asks about the knee). */
export const APPS_AND_TRACKERS = "apps and trackers";
export const appAndTrackerWords: string[] = [
  "running watch",
  "gps watch",
  "sports watch",
  "smart watch",
  "smartwatch",
  "a watch",
  "fitness tracker",
  "heart rate",
  "garmin",
  "fitbit",
  "strava",
  "app",
  "apps",
];

/** A walking aid: counted only where asked about ("72, arthritic knee, walking stick" tells who is asking). */
export const WALKING_AIDS = "walking aids";
export const walkingAidWords: string[] = [
  "walking stick",
  "walking sticks",
  "crutches",
  "cane",
  "canes",
  "walking cane",
];

/** Every kind of kit: a question setting up, holding or judging it asks about the kit its story named. */
export const kitKinds: ReadonlySet<string> = new Set([KIT_AND_GADGETS, APPS_AND_TRACKERS, WALKING_AIDS]);

// "Which hand should she hold it in?", "Does it actually work?", "Worth it?", "Is it making my leg
// weaker?" ask about the walking stick or the app the story named.
export const asksAboutKit =
  /\b(?:which (?:hand|side)|same side|(?:hold|carry|use) (?:it|them|one) (?:in|on) (?:the |my |his |her |which |same |other |left |right |good |bad )?(?:hand|side)|(?:does|do|will|would) (?:it|they|one) (?:actually |really |even )?(?:work|help)|(?:is|are) (?:it|they|one) (?:any good|accurate|reliable|worth it|a good idea|bad for|safe|making)|worth it|good idea|on them|with them|get (?:him|her|them) to use|(?:what|the|which|right) (?:height|length)|how (?:high|low|long|tall) should (?:it|they|that|those|these) be|set (?:it|them|that|those) up|set the \w+|adjust (?:it|them|that|the \w+)|(?:buy|buying) (?:a pair|one|them|some)|worth (?:buying|the money))\b/i;
