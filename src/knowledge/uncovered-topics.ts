import { stemOfToken, tokenize } from "./text-terms.js";

// Topics visitors ask about that the clinic's articles do not cover: medicines, injections,
// operations, supplements and diet, other joints and conditions, other sports, and the
// clinic's own business (prices, opening hours, bookings). Word overlap alone cannot tell
// "are cortisone injections good?" from a red-flag passage that mentions a recent injection,
// so when a question names one of these topics and the passage it would cite never mentions
// that topic, the honest answer is "I don't have information on that".
// Grouped by kind so the clinic can see why a question went unanswered; add a topic only when
// the articles really say nothing about it.

const uncoveredTopics: Record<string, string[]> = {
  medicines: [
    "ibuprofen", "naproxen", "paracetamol", "acetaminophen", "aspirin", "nsaid", "nsaids", "anti inflammatory", "anti inflammatories",
    "diclofenac", "voltaren", "tramadol", "codeine", "opioid", "medication", "medicine", "pills", "tablets", "dose",
  ],
  injections: ["cortisone", "steroid", "steroids", "hyaluronic", "prp", "platelet", "gel injection", "lubricant injection"],
  operations: ["surgery", "surgeon", "operation", "operate", "arthroscopy", "keyhole", "scope", "reconstruction", "replacement", "waiting list"],
  supplements: ["glucosamine", "chondroitin", "turmeric", "curcumin", "collagen", "fish oil", "omega", "vitamin", "vitamins", "supplement", "supplements", "cbd"],
  "diet and weight": ["diet", "calorie", "calories", "protein", "eat", "eating", "food", "nutrition", "lose weight", "losing weight", "weight loss", "overweight"],
  "other conditions": [
    "meniscus", "ligament", "acl", "mcl", "tendinitis", "tendonitis", "bursitis", "gout", "shin splints", "splints", "plantar",
    "fasciitis", "osgood", "schlatter", "sciatica", "sprain", "sprained", "fracture", "fractured", "rheumatoid", "pregnant", "pregnancy",
  ],
  "other body parts": ["shoulder", "elbow", "wrist", "neck", "my back", "back pain", "lower back", "back hurts", "achilles", "my shins", "shin pain"],
  "other activities": ["swimming", "swim", "cycling", "yoga", "pilates", "elliptical", "rowing", "deadlift", "deadlifts"],
  "heat and other aids": ["heating pad", "heat pack", "hot water bottle", "compression socks", "acupuncture", "chiropractor", "chiropractic", "cupping", "magnets"],
  "the clinic itself": [
    "cost", "costs", "price", "prices", "pay", "insurance", "opening hours", "open on", "close on", "book me", "book in", "booking",
    "cancel", "sick note", "parking", "address",
  ],
};

const stemsOf = (text: string) => tokenize(text).map(stemOfToken);

const topics = Object.entries(uncoveredTopics).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ kind, phrase, stems: stemsOf(phrase) })));

export interface UncoveredTopic {
  kind: string;
  phrase: string;
  stems: string[];
}

/** The uncovered topics a question names. */
export function uncoveredTopicsIn(question: string): UncoveredTopic[] {
  const words = stemsOf(question);
  return topics.filter(({ stems }) => {
    for (let start = 0; start + stems.length <= words.length; start++) {
      if (stems.every((word, offset) => words[start + offset] === word)) return true;
    }
    return false;
  });
}

/** Whether a passage mentions every word of a topic (so it may well speak to it). */
export function passageMentions(passageText: string, topic: UncoveredTopic): boolean {
  const words = new Set(stemsOf(passageText));
  return topic.stems.every((stem) => words.has(stem));
}
