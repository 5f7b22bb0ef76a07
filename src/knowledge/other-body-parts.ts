import { tokenize } from "./text-terms.js";

// The articles are about knees. A question whose complaint sits in another part of the body
// ("my hip clicks", "pulled hamstring", "heel pain in the morning") and never mentions the
// knee is about something else, however many words it shares with a knee article: stretching
// a hamstring is in the articles, treating a pulled one is not. Parts the warning signs name
// (a painful or swollen calf, a cold or numb foot, numbness around the groin or buttocks, a
// child's hip pain or limp, other swollen joints) are never ruled out this way.
const BACK = "back (the body part)";
const backOwners = new Set(["lower", "upper", "my", "his", "her", "bad"]);
// "lying on my back" is a position, not a complaint.
const onto = new Set(["on", "onto"]);
const otherParts = new Set(
  `hip hips ankle ankles heel heels shin shins hamstring hamstrings thigh thighs quad quads neck shoulder shoulders elbow elbows
  wrist wrists hand hands arm arms achilles arch arches glute glutes spine toenail toenails`
    .split(/\s+/)
    .filter(Boolean)
    .concat(BACK),
);
const complaints = new Set(
  `pain pains painful hurt hurts hurting sore soreness ache aches aching achy pulled pull strain strained sprain sprained click clicks
  clicking clicky swollen swelling swell stiff stiffness tight cramp cramps cramping injury injured injure tear torn blister blisters
  bruise bruised black throbbing twinge twinges bad twisted rolled killing broke broken fractured dislocated
  knackered dodgy wonky busted crocked banjaxed goosed`
    .split(/\s+/)
    .filter(Boolean),
);

const kneeWords = new Set(["knee", "knees", "kneecap", "kneecaps", "patella", "patellar", "patellofemoral"]);
const warningWords = new Set([
  "calf",
  "calves",
  "foot",
  "feet",
  "groin",
  "buttock",
  "buttocks",
  "numb",
  "numbness",
  "tingling",
  "limp",
  "limping",
  "fever",
  "child",
  "son",
  "daughter",
  "kid",
  "teenager",
  "teen",
  "boy",
  "girl",
]);

// "The thigh on my bad leg is noticeably skinnier": a thigh muscle shrinking on one side is a sign
// the articles name (a knee that never straightens, an assessment's imbalances), not the thigh's own complaint.
const shrunkThigh =
  /\b(?:thighs?|quads?|quadriceps)\b[^.?!]{0,40}\b(?:smaller|skinnier|thinner|shrunk|shrunken|shrinking|wasted|wasting)\b|\b(?:smaller|skinnier|thinner|shrunken|wasted)\s+(?:\w+\s+)?(?:thighs?|quads?|quadriceps)\b/gi;

// The IT band runs down the outside of the thigh to the knee, and the articles treat it: "the
// outside of his thigh is really tight, the physio called it the IT band" asks about it.
const namesItBand = /\b(?:it|i\.t\.)[- ]?bands?\b|\bitbs?\b|\biliotibial\b/i;

const otherJoints = new Set(
  "hip hips ankle ankles wrist wrists elbow elbows shoulder shoulders finger fingers toe toes neck".split(" "),
);
const swellingWords = new Set(["swollen", "swelling", "swell", "swells", "swelled", "puffy", "puffed"]);
// "My knees are fine, it's purely the ankle", "not really the knee", "nowhere near the knee":
// a knee named only to say it is fine does not make the question about the knee.
const kneeFine =
  /\b(?:(?:my |the |his |her |both )?knees? (?:(?:are|is|have|has|been|feel|feels|seem|seems|actually|totally|completely|absolutely|still) ){1,3}(?:fine|ok|okay|good|great|alright|all right)(?!\s+(?:until|till|til|unless|except|apart|but|when|whilst|while|if|on|in|at|going|walking|running|most|mostly|only|for most|now and))|not (?:really |actually )?(?:the|my) knees?|nowhere near (?:the|my) knees?)\b/gi;
function kneeOnlyFine(question: string): boolean {
  const rest = question.replace(kneeFine, " ");
  return rest !== question && !tokenize(rest).some((word) => kneeWords.has(word));
}

// The complaint must be said of the body part: within three words of it, in the same clause
// ("my hip clicks", "pain in my heel"), not "strengthen my quads if squats hurt".
const clauseBreaks = new Set(["if", "when", "because", "but", "and", "so", "while", "after", "before", "since", "or"]);
const NEAR = 3;

// "Should the hamstring stretch hurt?": a part named by a stretch the articles teach is the
// exercise, not the part's complaint, unless the message tells the part injured ("hamstring
// stretch… I think I pulled it"). Other parts' exercises ("my back exercises are painful") are not
// the articles'.
const stretchedParts = new Set(["hamstring", "hamstrings", "quad", "quads", "glute", "glutes", "hip", "hips"]);
const stretchNames = new Set(["stretch", "stretches", "stretching"]);
const injuredWords = new Set(["pulled", "pull", "strained", "strain", "torn", "tear", "tore", "injured", "injury"]);

const singular = (word: string) => (/^quadriceps?$/.test(word) ? "quad" : word.replace(/s$/, ""));
const complaintOfPart = (complaint: string, part: string) => `${singular(complaint)} ${singular(part)}`;

/**
 * The complaints of another body part the articles themselves name ("tight hamstrings", "a stiff
 * ankle"): asked about, they are the articles' topic ("best stretch for tight hamstrings?"), where
 * a pulled hamstring or a sprained ankle is not.
 */
export function complaintsArticlesName(texts: readonly string[]): Set<string> {
  const named = new Set<string>();
  for (const clause of texts.flatMap((text) => text.split(/[.,;:!?()]/))) {
    const words = tokenize(clause);
    words.forEach((word, at) => {
      if (!complaints.has(word)) return;
      // "tight hamstrings or quadriceps" names tight quads too.
      const parts = [words[at + 1] ?? "", ...(/^(?:or|and)$/.test(words[at + 2] ?? "") ? [words[at + 3] ?? ""] : [])];
      for (const part of parts)
        if (otherParts.has(singular(part)) || otherParts.has(part)) named.add(complaintOfPart(word, part));
    });
  }
  return named;
}

/**
 * The other body part a question complains about, when it names the knee only to say it is fine,
 * or not at all (else null). `articlesName` are the complaints the articles themselves name.
 */
export function otherBodyPartComplaint(message: string, articlesName: ReadonlySet<string> = new Set()): string | null {
  // The thigh told smaller is left out; any other part's complaint, or an injured thigh, still counts.
  const injured = tokenize(message).some((word) => injuredWords.has(word));
  const question = injured ? message : message.replace(shrunkThigh, " ");
  // "back" is a body part only as "lower back", "my back": "back to running", "the back of the
  // knee" and "lying on my back" are not.
  const words = tokenize(question).map((word, position, all) =>
    word === "back" && backOwners.has(all[position - 1] ?? "") && !onto.has(all[position - 2] ?? "") ? BACK : word,
  );
  if (words.some((word) => warningWords.has(word))) return null;
  if (words.some((word) => kneeWords.has(word)) && !kneeOnlyFine(question)) return null;
  // Several joints swollen at once ("my wrists and ankles are swollen too") is a warning sign of
  // its own; a shoulder that hurts when the arm lifts is one complaint.
  const joints = new Set(words.filter((word) => otherJoints.has(word)).map(singular));
  if (joints.size >= 2 && words.some((word) => swellingWords.has(word))) return null;
  const itBandNamed = namesItBand.test(question);
  for (let part = 0; part < words.length; part++) {
    if (!otherParts.has(words[part] ?? "")) continue;
    // The IT band named makes a thigh's tightness the IT band's, which the articles treat.
    if (itBandNamed && singular(words[part] ?? "") === "thigh") continue;
    if (stretchedParts.has(words[part] ?? "") && stretchNames.has(words[part + 1] ?? "") && !injured) continue;
    for (let other = Math.max(0, part - NEAR); other <= Math.min(words.length - 1, part + NEAR); other++) {
      if (!complaints.has(words[other] ?? "")) continue;
      if (articlesName.has(complaintOfPart(words[other] ?? "", words[part] ?? ""))) continue;
      // "my quads are so sore": "so" right before the complaint says how sore, not what follows.
      const between = words
        .slice(Math.min(part, other) + 1, Math.max(part, other))
        .filter((word, at, all) => !(word === "so" && other > part && at === all.length - 1));
      if (!between.some((word) => clauseBreaks.has(word))) return words[part] ?? null;
    }
  }
  return null;
}
