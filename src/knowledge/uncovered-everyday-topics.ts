// Everyday topics the clinic's articles leave out: kit and gadgets, other activities and work,
// morale, training plans, warming up, sleep, the weather, pets, and the clinic's own business
// (prices, opening hours, bookings). Listed by kind; see uncovered-topic-words.ts for how they
// are used. The clinic's own business is listed in uncovered-clinic-topics.ts.

import { clinicTopicWords } from "./uncovered-clinic-topics.js";
import {
  APPS_AND_TRACKERS,
  KIT_AND_GADGETS,
  WALKING_AIDS,
  appAndTrackerWords,
  kitTopicWords,
  walkingAidWords,
} from "./uncovered-kit-topics.js";

/** The clinic's own business: counted only where the visitor asks about it (uncovered-topics.ts). */
export const CLINIC_ITSELF = "the clinic itself";
/** A training plan: counted only where asked for ("I'm on a 16 week plan" is story). */
export const TRAINING_PLANS = "training plans";
export const OTHER_ACTIVITIES = "other activities";
/** Taping or wrapping a knee oneself: counted only where asked about ("my physio put tape on it" is story). */
export const TAPING_AND_WRAPPING = "taping and wrapping";

export const everydayTopicWords: Record<string, string[]> = {
  [KIT_AND_GADGETS]: kitTopicWords,
  [APPS_AND_TRACKERS]: appAndTrackerWords,
  [WALKING_AIDS]: walkingAidWords,
  // Keeping going in the head, not the knee: the articles advise on load, never on morale.
  "motivation and mood": [
    "motivated",
    "motivation",
    "motivate",
    "unmotivated",
    "demotivated",
    "depressed",
    "depression",
    "anxious",
    "anxiety",
    "mental health",
    "boredom",
    // Feeling bored, not boring exercises ("can I ditch the boring exercises?").
    "feel bored",
    "feeling bored",
    "get bored",
    "getting bored",
    "feel low",
    "feeling low",
    "stay positive",
    "keep positive",
    "mindset",
  ],
  // Work that kneels or sits all day: the articles cover sitting with bent knees, not equipment for work.
  "kneeling work": ["knee pads", "knee pad", "kneepads", "kneeling pad", "ergonomic", "office chair", "standing desk"],
  [OTHER_ACTIVITIES]: [
    "swimming",
    "swim",
    "breaststroke",
    "which stroke",
    "golf",
    "front crawl",
    "cycling",
    "saddle",
    "bike fit",
    "cleats",
    "yoga",
    "pilates",
    "elliptical",
    "rowing",
    "deadlift",
    "deadlifts",
    // Kit for the pool counts only where asked about, as the pool itself does.
    "fins",
    "flippers",
    "deep water running",
    "aqua jogging",
    "pool running",
    // Driving, asked about ("is it safe to drive with it?", "mum had her new knee put in six weeks
    // ago, when can she drive again"): the articles never say. What is "driving" the pain is
    // theirs, and so are a knee that aches when driving, a squat's "drive through the heels" and
    // "can I drive up my mileage?".
    "safe to drive with",
    "can i drive with",
    "can i drive after",
    "can she drive after",
    "can he drive after",
    "allowed to drive",
    "drive again",
    "off driving",
  ],
  "heat and other aids": [
    "hot bath",
    "hot baths",
    "bath",
    "baths",
    "heating pad",
    "heat pack",
    "hot water bottle",
    "wheat bag",
    "wheat bags",
    // Heat asked about on its own ("is heat a good idea for a stiff knee?"): "ice or heat after a run?"
    // and "is heat good for a swollen knee or should I ice it?" are the ice's (topic-wording.ts,
    // review), and "is heat in the knee a bad sign?" a warmth.
    "heat a good idea",
    "put heat",
    "heat on",
    "use heat",
    "apply heat",
    "compression socks",
    "acupuncture",
    "chiropractor",
    "chiropractic",
    "cupping",
    "magnets",
  ],
  // The articles give the load principles (build up gradually), never a schedule.
  [TRAINING_PLANS]: [
    "training plan",
    "training plans",
    "training programme",
    "training program",
    "training schedule",
    "marathon plan",
    "week by week",
    "couch to 5k plan",
    "10k plan",
    "running plan",
    "training peak",
    "peak mileage",
    "peak at",
    // How many steps a day is safe: a daily amount, never given ("…with knee arthritis? my app says 10k",
    // "is 10k steps a day bad for my knees?").
    "how many steps a day",
    "how many steps per day",
    "how many steps in a day",
    "how many steps in one day",
    "steps a day safe",
    "steps a day is safe",
    "steps a day ok",
    "steps a day okay",
    "steps a day too much",
    "steps a day bad",
    "steps per day safe",
    "recommended number of steps",
    // A weekly amount or a number of rest days for anyone ("should a beginner run"): the articles
    // say build up gradually, never how much. Asked of a knee that aches ("how many miles a week
    // should I be doing?", "how many rest days should I take?"), their advice answers it.
    "how many miles a week should a",
    "how many miles per week should a",
    "how many km a week should a",
    "how many km per week should a",
    "how many rest days should a",
  ],
  // How much fitness a break costs ("how much FTP will I lose?"): the articles never measure it.
  "fitness lost over a break": [
    "ftp",
    "vo2",
    "vo2max",
    "lose fitness",
    "lose my fitness",
    "losing fitness",
    "losing my fitness",
    "how much fitness",
    "detrain",
    "detraining",
  ],
  // Warming up, sleep and resting the leg raised: the articles never describe them.
  "warming up": ["warm up", "warm ups", "warmup", "warming up", "cool down"],
  sleep: [
    "sleeping position",
    "sleep position",
    "sleeping positions",
    "pillow",
    "pillows",
    "mattress",
    "how much sleep",
  ],
  elevation: ["elevate", "elevating", "elevation", "elevated", "leg up on", "feet up"],
  // Weather and seasons: the articles never say how they affect a knee.
  weather: [
    "weather",
    "humidity",
    "humid",
    "damp",
    "rainy",
    "barometric",
    "cold and wet",
    "when it's cold",
    "when its cold",
  ],
  // Animals' knees: "my dog has arthritis in his back knee" (walking the dog is a visitor's own story).
  // "The vet", not "vets football" (a veterans' side).
  pets: [
    "dog has",
    "cat has",
    "horse has",
    "dogs knee",
    "puppy",
    "the vet",
    "a vet",
    "my vet",
    "our vet",
    "vet said",
    "vet says",
    // A horse's knee: "my mare banged her knee… cold hose it, or is it box rest?"
    "mare banged",
    "mare has",
    "gelding has",
    "pony has",
    "horses knee",
    "ponys knee",
    "cold hose",
    "cold hosing",
    "box rest",
  ],
  // The articles say a physical therapist may tape round the kneecap and what taping does, never
  // how to tape a knee yourself ("which way do the strips go?", "what pattern for kneecap pain?"),
  // nor a lifter's knee wraps ("over or under the sleeves?"); told in a story, they are its context.
  [TAPING_AND_WRAPPING]: [
    "way to wrap",
    "how to wrap",
    "how do i wrap",
    "knee wraps help",
    "knee wraps worth",
    "how do i tape",
    "how should i tape",
    "right way to tape",
    "tape a knee yourself",
    "tape my knee myself",
    "how do i put kt",
    "how do i put kinesio",
    "how do i put kinesiology",
    "how to put kt",
    "how to put kinesio",
    "kt tape on my own",
    "kinesio tape on my own",
    "kinesiology tape on my own",
    "tape how to",
    "tape pattern",
    "taping pattern",
    "pattern do i use",
    "strips go",
    "y strip",
    "i strips",
    "direction does the tape",
    "direction the strips",
    // How long a strip stays on, and showering in it: the articles say what tape may do, not how to wear it.
    "leave kinesiology tape on",
    "leave kinesio tape on",
    "leave kt tape on",
    "shower with it on",
    "shower with the tape",
    "shower with tape",
  ],
  [CLINIC_ITSELF]: clinicTopicWords,
};
