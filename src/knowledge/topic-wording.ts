// Wording that names a topic the articles leave out without being about it, rewritten before the
// topics are matched (uncovered-topics.ts): a race's name, tablets someone is on, where a nerve
// feeling is felt, a time told by a pregnancy, a GP's surgery.

// "Ever since the pregnancy", "since late pregnancy": a time, not a pregnancy now.
const sinceAPregnancy = /\bsince (?:the |my |late |her )?(?:pregnancy|pregnancies)\b(?! loss)/gi;

// "Lupus, and on steroids on and off for years": steroids someone is on are tablets, background
// like "on metformin"; "on steroid injections" is still the injections.
const onSteroidTablets = /\bon steroids?\b(?!\s+(?:injections?|jabs?|shots?))/gi;

// "pins and needles down the front of my shin", "numb on the top of my foot", "my shin tingles":
// where a nerve feeling is felt is the articles' "tingling below the knee", not a shin or a foot of
// its own.
const feltBelowTheKnee =
  /\b(pins and needles|pins n needles|tingling|tingly|tingles|numbness|numb)\s+(?:down|in|into|on|along|under|round|around|over|across)\s+(?:the (?:front|back|side|outside|inside|top) of\s+)?(?:my|the|his|her|your)\s+(?:shin|shins|calf|calves|foot|feet|toes)\b|\b(?:my|the|his|her|your)\s+(?:shin|shins|calf|calves|foot|feet|toes)\s+(?:is |are |has been |have been |keeps? )?(?:going |gone |feels? |feeling )?(tingles|tingling|tingly|numb)\b/gi;

// "I love doing park run every Saturday" is the Saturday race, not the clinic's parking.
const parkRun = /\bpark ?runs?\b/gi;

// "After several weeks off": "several" shares its stem with Sever's disease.
const several = /\bseveral\b/gi;

// "Is there anything that breaks that cycle?", "a vicious cycle": a pattern, not a bike ride.
const patternCycle =
  /\b(?:vicious|endless|never[- ]ending|same old) cycle\b|\bbreak(?:s|ing)? (?:out of )?(?:the|that|this|my) cycle\b(?! of\b)/gi;

// "Bought a foam roller in a burst of motivation": keenness told as the story, not asked about
// ("how do I stay motivated?", "tips for a burst of motivation?", "how do I keep a burst of
// motivation going?").
const burstOfMotivation =
  /\b(?:in|during) a (?:sudden |big |rare |random )?(?:burst|fit|flush|rush|spurt|wave|moment) of motivation\b/gi;

// "What is a monster walk? It's on the exercise sheet my manager printed off", "my exercise sheet
// says 3 sets of 10 step ups": the sheet an exercise was read from, told as the story, not asked
// for ("can you put my exercises on an exercise sheet?", "do you send the exercises home on a
// printed exercise sheet?", "I lost the exercises from my exercise sheet, can you print another?").
const sheetReadFrom =
  /\b(?:(?:it's|its|it is|they're|they are|is|are|was|were) on (?:a|an|the|my|our|this|that|his|her|their)\s+(?:[a-z']+\s+){0,2}?exercise sheets?\b|(?:my|the|this|that|our) (?:[a-z']+\s+){0,2}?exercise sheet (?=says|said|shows|showed|lists|listed|tells))/gi;

// "One of the medics taped my kneecap", "the medic said": a medic who did or said something is a
// person, not medication (the two share a stem); "any medic I can take?" is still medication.
const medicPerson =
  /\b(?:one of the|the|a|our|team|army|site|race|club|event|parkrun) medics?(?=\s+(?:said|says|told|tells|taped|strapped|bandaged|iced|checked|looked|reckoned|reckons|thought|thinks|gave|put|wrapped|examined|had a look|on site|at the)\b)/gi;

// "Why did the physio spend half my appointment looking at my hip?": the appointment told as the
// time a physio spent, not the clinic's appointments asked about ("can I move my appointment?",
// "can my husband come in for part of my appointment?", "can I use the rest of my appointment…").
const appointmentSpent =
  /\b(?:spend|spends|spent|spending|took|used) (?:half|most|all|much|the whole|the rest) (?:of )?(?:my|the|our) appointment\b/gi;

/**
 * The message with the park run race named as one word (not the clinic's parking), "several" as
 * "a few", a cycle broken as a pattern, a burst of motivation as keenness, an exercise sheet read
 * from as paper, a medic as a first aider and an appointment spent as time.
 */
const inEveryWording = (text: string) =>
  text
    .replace(parkRun, "parkrun")
    .replace(several, "a few")
    .replace(patternCycle, "pattern")
    .replace(burstOfMotivation, "keenly")
    .replace(sheetReadFrom, (told) => told.replace(/exercise sheets?/i, "paper"))
    .replace(medicPerson, (told) => told.replace(/medics?$/i, "first aider"))
    .replace(appointmentSpent, "the time");

// "Do I need to stop swimming altogether until it settles?", "stop cycling completely or can I
// just cut back?": stopping everything until the knee settles, or against cutting back, is the
// articles' question (keep active, cut back), whatever the activity. "Should I stop swimming
// completely?" alone, or "is swimming good for knees?", still asks about swimming.
const stopAltogether =
  /\b(stop|stopping|give up|giving up|quit|quitting)\s+(?:my |the |all (?:my |the )?)?[a-z]+\s+(completely|altogether|entirely|totally|for good)\b(?=\s+(?:until|till|while|whilst|or (?:(?:can|should|do) i |just )?(?:just )?(?:cut back|cut down|carry on|keep|ease off|do less|still|stick with)))/gi;

// "If I book in for my knee, what actually happens at the first appointment?": booking told as the
// condition of a question about what a physio does, not asked about ("can I book in for
// Saturday?", "if I book in, how soon can I be seen?").
const ifIBook =
  /\bif i (?:book|booked) (?:in|an appointment|a session)\b(?=(?:\s+[^\s.?!,]+){0,4}?,?\s+(?:what (?:actually )?happens(?! if\b)|what (?:will|would|do|does) (?:they|the physio|the physiotherapist|you) (?:actually )?do|(?:will|would) (?:the physio|the physiotherapist|you|they) (?:just )?(?:watch|look|massage|examine|check|give|treat)))/gi;

// "Do I give up running and swim instead, or can I carry on if I'm sensible?", "switch to swimming
// or can I still run a bit": another activity offered instead, where what is asked is whether the
// running may go on, is the alternative, not the question ("should I swim instead?" alone still
// asks about swimming).
const asksToKeepRunning = /\b(?:still run|still jog|carry on|keep running|keep jogging|run a bit|jog a bit)\b/i;
const offeredInstead =
  /\b(?:switch(?:ing)? to|swap(?:ping)? to|change to|take up|go over to)\s+[a-z]+\b|\b(?:and|or)\s+(?:just\s+)?[a-z]+\s+instead\b/gi;
const withoutAlternative = (text: string) => (asksToKeepRunning.test(text) ? text.replace(offeredInstead, " ") : text);

/**
 * The asking words as every wording reads them, an activity stopped altogether as stopping, booking
 * as a condition as coming, and another activity offered instead of running left out.
 */
export const inAskedWording = (text: string) =>
  withoutAlternative(inEveryWording(text))
    .replace(stopAltogether, (_stop, verb: string, how: string) => `${verb} ${how}`)
    .replace(ifIBook, "if i come");

// "The physiotherapist at the surgery remarked…": a GP's surgery is the practice, not an operation.
const gpSurgery = /\b(?:at|from) the surgery\b|\b(?:gp|gp's|gps|doctor's|doctors|local) surgery\b/gi;

// "Ice or heat after a run?", "ice or heat on a sore knee after football?": ice named first, as the
// choice's first option, after an activity asks whether to ice, which the articles answer; heat
// named on its own or first ("heat pad or ice?", "a heat pack instead of ice?"), or for stiffness,
// mornings, night pain or warming up before a run, is the topic they leave out.
const iceOrHeat =
  /\b(ice|icing|an ice pack|ice packs?|a cold pack|cold packs?)\s+or\s+(?:heat|warm|warmth)\b(?!\s*(?:pads?|packs?|bottles?|wraps?|creams?|rubs?|gels?|lamps?|instead|better)\b)/gi;
const soreAfterActivity =
  /\bafter (?:a |an |my |the |long |every |each )?(?:\w+ )?(?:run|runs|running|walk|walks|walking|hike|hikes|hiking|football|match|game|training|session|gym|class|shift|squats?|workout|exercise|exercises|activity|treadmill|jog|jogging|sport|netball|tennis|cycling|ride|parkrun)\b/i;
const heatsTopic = /\b(?:stiff|stiffness|morning|mornings|loosen|warm (?:it |them )?up|warming up|before)\b/i;
const iceChosen = (text: string) =>
  soreAfterActivity.test(text) && !heatsTopic.test(text) ? text.replace(iceOrHeat, "$1") : text;

// "Running on an arthritic knee is asking for a replacement", "is parkrun just asking for a new
// knee?": an operation feared of an activity, not one had or planned; the question is whether the
// activity does harm ("I'm heading for a replacement on Tuesday", "should I be asking for a
// replacement?" and "my knee is asking for one" are the operation).
const operationFeared =
  /\b(?:(?:\w+ing|parkrun|parkruns)\b[^.?!]{0,40}?\b(?:is|was|it's|that's|isn't)|(?:is|isn't) (?:\w+ing|parkrun)\b[^.?!]{0,40}?)\s+(?:just )?asking for (?:a |an )?(?:knee replacement|replacement knee|replacement|new knees?|surgery|an operation|operation)\b/gi;

// "Do mobility drills replace strengthening?": other work standing in for the strength work, not a
// joint replaced ("my knee needs replacing", "how often should I replace my running shoes?" stay;
// so does "can walking replace running?", whose "replace" the scoring still reads as an operation).
const oneForAnother =
  /\b(?:replace|replaces|replacing)\s+(?=(?:the )?(?:strengthening|strength work|strength training)\b)/gi;

// "I sprained my ankle badly in the spring and it's felt stiff ever since", "my ankle has been stiff
// since I sprained it": an ankle left stiff by a sprain is the stiff ankle the articles say loads
// the knee, not a sprain asked about ("how long does a sprained ankle take?" stays). The stiffness
// must be the ankle's: no other part named between ("…and now my knee is stiff too").
const otherPart = String.raw`\b(?:knees?|hips?|back|wrists?|shoulders?|neck|elbows?|thumbs?)\b`;
const stiffAfter = String.raw`(?=(?:(?!${otherPart})[^.?!]){0,60}\bstiff)`;
const ankleLeftStiff = new RegExp(
  String.raw`\b(?:sprained|sprain|twisted|rolled|went over on) (?:my |the |an |his |her )?ankle\b${stiffAfter}|\bankle sprains?\b${stiffAfter}|(?<=\bankle\b(?:(?!${otherPart})[^.?!]){0,30}?\b(?:stiff|stiffness)\b(?:(?!${otherPart})[^.?!]){0,30}?\b(?:since|after|from) (?:i |he |she )?)(?:sprained it|(?:a |an |the |my |that )?(?:old |bad )?sprain)\b`,
  "gi",
);
// An ankle brace or support asked about stays the kit the articles leave out.
const ankleSupport = /\b(?:brace|support|strap|tape|taping)\b/i;
const stiffAnkle = (text: string) => (ankleSupport.test(text) ? text : text.replace(ankleLeftStiff, "stiff ankle"));

/** The message with the wordings above rewritten as what they tell. */
export function inTopicWording(text: string): string {
  return stiffAnkle(iceChosen(inEveryWording(text)))
    .replace(operationFeared, "asking for trouble")
    .replace(onSteroidTablets, "on a course")
    .replace(feltBelowTheKnee, (_felt, before?: string, after?: string) => `${before ?? after} below the knee`)
    .replace(sinceAPregnancy, "since then")
    .replace(gpSurgery, "the practice")
    .replace(oneForAnother, "stand in for ");
}
