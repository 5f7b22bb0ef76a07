import { signsBeyondAche, tellsPainlessNoise } from "./story-frames.js";

// What a question asks to do, beyond its topic words. "Should I stop / can I keep / is it ok
// to" + an activity asks whether to carry on with that activity: the articles answer that in
// their activity-modification advice (keep active, cut back on what provokes the pain), while
// the words alone ("run", "hike") pull towards passages that merely mention running. Such a
// question gets the advice's own verbs ("cut back", "ease back") as one more part to cover.
// Measured: "keep active" as the added words matches "keep kneecap pain away" and every "after
// activity" too, and let "Is running bad for your knees?" ride along as a "See also".

const permission =
  /\b(?:should|shall|can|could|may|must|ought)\s+(?:i|we)\b|\bis it (?:ok|okay|safe|fine|alright|all right|wise|bad|sensible|a good idea)\b|\b(?:do|would|will) i (?:\w+ )?(?:have|need) to\b|\bam i (?:ok|okay|allowed|safe)\b|\bis (?:running|walking|hiking|exercise) (?:ok|okay|safe|fine)\b/i;
const activity =
  /\b(?:run|runs|running|jog|jogging|hike|hikes|hiking|walk|walks|walking|trek|trekking|train|training|exercise|exercising|gym|workouts?|race|racing|parkrun|marathon|5k|10k|play|playing|sport|sports|football|netball|tennis|squat|squatting|climb|climbing|hills?|stairs|active|activity|activities)\b/i;
// Questions about how to do the activity, not whether to: form, shoes, technique.
const howTo =
  /\bhow (?:do|should|can) i\b|\bon my toes\b|\bin (?:my|these|new) (?:shoes|trainers)\b|\bwith (?:a|my) (?:brace|sleeve|strap|tape|support)\b/i;

export interface IntentExpansion {
  /** Article words the intent adds, as one group of the question. */
  articleWords: string[];
}

// "How long does physio take?", "how long till I'm back on the pitch?", "how long till my knee
// gets better?": "long", "take" and "better" are question-frame words, so nothing in the question
// names the time recovery takes. "Recovery" and "timeline" are two parts to cover, not one: every
// section of the physical-therapy article has "recovery" among its topics.
const recoveryTime =
  /\bhow long (?:(?:does|do|will|would|should|might|can) (?:\w+\s+){0,5}?take\b|(?:till|til|until|before) (?:i|i'm|im|i am|he|she|he's|she's|we|they)\b|(?:\S+\s+){0,6}?(?:get|gets|getting|got) better\b|(?:\S+\s+){0,6}?(?:heal|heals|recover|recovers|settle|settles|clear up|clears up|go away|goes away)\b)|\bhow many (?:weeks|months|sessions) (?:till|until|before|does|will)\b|\bhow many (?:weeks|months) to (?:get over|recover|heal|get better|settle|clear up)\b/i;

// "At what point do I actually book someone?", "should I book in somewhere?": whether or when to
// be seen, which the articles answer in their sections on booking an assessment; the rest of the
// story (stretching, rolling) would otherwise choose the passage.
const whenToBook =
  /\b(?:when|at what point|how long|how many weeks|should i|shall i|do i need to|is it time to|worth)\b[^.?!]{0,40}?\bbook(?:ing)?\b(?! me\b)/i;

// "How do I know when it's bad enough to see a physio rather than just resting it?": when to be
// seen, asked in those words, is the same question ("when I see a physio, what will they do?" is not).
const whenToBeSeen =
  /\b(?:when(?! i see\b)|at what point)\b[^.?!]{0,80}?\bsee (?:a |an )?(?:physio|physiotherapist|pt|physical therapist|professional|specialist)\b/i;

// "is it bad enough to get it checked?": whether the pain is bad enough to be seen ("serious
// enough?" is a bridge: its "serious" would otherwise be a topic).
const badEnoughToBeSeen =
  /\bbad enough\b\s*(?:[?.!]|$|to (?:see|get (?:it |this |them )?(?:checked|looked at|seen)|be seen|book|go to))/i;

// "what does a physio actually do for knees?", "what happens at the first physio appointment?":
// what physical therapy involves, which the articles answer with its assessment and its rehab,
// not with when to see one (the words "physio" and "knee" are in every such section).
const whatTherapyInvolves =
  /\bwhat (?:does|do|would|will|can|could) (?:a |the |my |your )?(?:physio|physiotherapist|pt|physical therapist|therapist)s? (?:\w+ )?do\b|\bwhat happens (?:at|in|during) (?:a |the |my |your )?(?:first )?(?:physio|pt|physical therapy|physiotherapy)? ?(?:appointment|session|assessment|visit)\b/i;

// "Pain's gone, can I stop doing them now?", "once the pain is gone can I drop the bridges?", "the
// exercises have sorted my knee out, can I stop?" (not "none of them have sorted it yet"): whether
// to stop the exercises once the knee is better, which the articles answer in keeping the strength
// work going ("not a short course"), not in the exercise's own steps.
const stopsOnceBetter =
  /\b(?:stop|stopping|drop|dropping|quit|give up|pack in|ditch|keep (?:doing|up|on with|going with)|still need to (?:do|keep))\b[^.?!]{0,50}?\b(?:exercises?|bridges|raises|clams|rehab|routine|strength(?:ening)? work|them)\b|\b(?:stop|quit|drop|ditch) (?:them |it )?now\b/i;
// "Them" stands for the exercises only where the message names some.
const namesExercises =
  /\b(?:exercises?|bridges|raises|clams|rehab|routine|strength(?:ening)? work|monster walks|squats|lunges)\b/i;
// "can I stop wearing the insoles?", "stop taping it?", "keep going with my runs or stop them?": not the exercises.
const stopsSomethingElse =
  /\b(?:stop|stopping|drop|quit|give up|ditch|keep (?:going with|doing|up))\s+(?:\w+\s+){0,2}?(?:wearing|taping|using|running|my runs|the insoles|the tape|the brace|the sleeve)\b|\b(?:my runs|running)\b[^.?!]{0,30}\bstop them\b/i;
// "my knee actually feels fine now", "it feels loads better": felt better, said outright.
const kneeBetter =
  /\b(?:knee|it) (?:actually |really |now |honestly )?feels? (?:fine|better|good|great|normal|loads better|much better)\b|\b(?:pain|ache|knee|it)(?:'s| is| has| has been)?(?: (?:loads|lots|much|a lot|heaps|way|miles|so much|far))? (?:gone|better|settled|eased|fine|cleared)\b|\bpain'?s (?:gone|better|settled|eased)\b|\b(?:once|now|when|since) (?:the |my )?(?:pain|knee|ache|it)(?:'s| is| has)? (?:gone|better|settled|eased|fine|cleared|stopped)\b|\bnow (?:that )?(?:it'?s|its|i'?m) (?:better|fine|pain[- ]free)\b|\bpain[- ]free\b|\b(?:now|since|once) (?:it|the knee|my knee) (?:doesn'?t|does not|no longer) hurts?\b|\b(?:it'?s|its|(?:the |my )?knee'?s) been (?:fine|better|good)\b|(?<!\b(?:nothing|nobody|no one|none of (?:the |my |them )?\w*|not|not sure (?:if |whether |that )?(?:the |my )?\w*|don'?t (?:think|know if) (?:they|it|the \w+))\s+)\b(?:have|has|'ve|'s)\s+(?:really |totally |properly |completely )?(?:sorted|fixed) (?:my |the |his |her )?(?:knee|it)(?: out)?\b(?! yet\b)/i;
// Pain at night now ("aches at night and wakes me up"), not night pain gone or stretches done
// every night.
const nightPain =
  /\b(?:aches?|aching|hurts?|hurting|pain|painful|sore|throbs?|throbbing)\b[^.?!]{0,15}\b(?:at night|in the night|overnight)\b(?![^.?!]{0,25}\b(?:gone|stopped|eased|settled|better|no longer)\b)|(?<!\b(?:no longer|doesn'?t|don'?t|not|never|stopped|hardly|rarely|barely|seldom)\s+)\bwak(?:es?|ing) me\b/;
// "Not pain-free yet", "the exercises make it swell", "should I stop if my knee locks?", "it clicks
// when I do the bridges": a knee still troubled by them asks whether to stop for that, which other
// sections answer.
const stillTroubled = new RegExp(
  String.raw`\b(?:not|never|isn't|isnt|hasn't|hasnt|n't) (?:\w+ )?(?:pain[- ]free|better|gone|settled)\b|\b(?:sharp|swell|swells|swelling|swollen|puff\w*|lock|locks|locking|catch|catches|catching|gives? way|giving way|buckles?|worse|clicks?|clicking|hot|red|warm|numb\w*|tingl\w*|unstable|wobbly|other knee)\b|${nightPain.source}`,
  "i",
);
// "Once my knee calms down can I stop the exercises?": better looked ahead to, asked only where the
// knee does not hurt now and the exercises are not to be picked up again ("should I stop them while
// it's flared up and start again once it settles?" asks about now, and their own section answers).
const kneeWillSettle =
  /\b(?:once|when) (?:the |my )?(?:pain|knee|ache|it)(?:'s| is)? (?:(?:calms|settles|quietens|dies) down|settles|eases(?: off)?|clears up|goes away)\b/i;
const hurtsNowOrRestarts =
  /\b(?:hurts?|hurting|painful|aches?|aching|flared?|flaring|\d+\s*\/\s*10|struggl\w*|keep(?:s|ing)? me (?:up|awake)|can'?t sleep|gave way|swelled|went from under|start(?:ing)? (?:them |it |back )?again|restart\w*|pick (?:them|it) (?:back )?up|go(?:ing)? back to|resume|for now|through the pain)\b/i;
const kneeBetterOrSettling = (question: string) =>
  kneeBetter.test(question) || (kneeWillSettle.test(question) && !hurtsNowOrRestarts.test(question));
// "I've worn the brace… Can I ditch it now?": a bare "it" may be a support or a tablet.
const supportOrTablet =
  /\b(?:brace|sleeve|tape|taping|strap|insoles?|orthotics?|tablets?|pills?|painkillers?|ibuprofen|support)\b/i;

// "been doing leg raises and bridges every day for a month and my knee is no better, what now?":
// self-care tried without change, and what to do next, which the articles answer where they say
// what to do when the exercises or the stretching "haven't helped": an individual assessment that
// finds what is driving the pain, not the steps of the exercise tried. ("Haven't" and "helped"
// are not words a passage is found by; "driving" and "individual" are the passages' own: 13 of
// 20 such questions in the read sets found, from 8.)
const triedWords = String.raw`(?:exercises?|stretch\w*|foam roll\w*|rolling|routines?|videos?|sheet|bridges|clams|clamshells|leg raises|leg lifts|squats|lunges|rehab)`;
const selfCareTried = new RegExp(
  String.raw`\b(?:been|doing|done|did|tried|trying|following|followed|using|used)\b(?:\s+\S+){0,6}?\s+${triedWords}\b|\b(?:exercises?|routines?|videos?|stretches) (?:off|from|on) (?:youtube|the internet|online|a video|a sheet)\b|\bi (?:stretch|foam roll|roll)\b`,
  "i",
);
// A change told outright; "still hurts" or "the same" alone only after a stretch of time tried.
const noChange =
  /\b(?:no different|no better|not (?:any|much) better|(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not) (?:really |actually |done |made )?(?:help|helped|work|worked|shift|shifted|change|changed|budged?|(?:made )?(?:a|any) difference)|nothing(?: has|'s)? (?:really )?(?:changed|shifted|helped|worked)|exactly the same|isn'?t (?:\w+ ){0,3}working)\b/i;
const stillTheSame = /\b(?:still hurts?|still the same|still sore|still aches?)\b/i;
const timeTried =
  /\b(?:for (?:\w+ ){0,2}(?:days|weeks|months)|(?:a|one|two|three|four|five|six|\d+) (?:weeks?|months?)|every (?:single )?(?:day|night|morning|evening)|daily|religiously|faithfully)\b/i;
const asksWhatNext =
  /\bwhat (?:now|next|else)\b|\bnow what\b|\bwhat should i (?:do|try|be doing)\b|\bany point\b|\bwasting my time\b|\bwhy (?:isn'?t|is(?:n'?t| not)|doesn'?t|don'?t)\b|\b(?:do|try) (?:something )?different(?:ly)?\b|\bsomething else\b|\bdoing (?:it|them) wrong\b/i;
// A warning sign, or a second question (a brace), is what the other sections answer; arthritis
// told frames the question to its own article, which has no "driving" (answer-search.ts).
const moreTold = new RegExp(
  String.raw`\b(?:${signsBeyondAche}|brace|sleeve|tape|arthritis|arthritic|osteoarthritis|wear and tear)\b|${nightPain.source}`,
  "i",
);
const triedWithoutChange = (question: string) =>
  selfCareTried.test(question) &&
  (noChange.test(question) || (stillTheSame.test(question) && timeTried.test(question))) &&
  asksWhatNext.test(question) &&
  !moreTold.test(question);

// "How much pain is OK when I'm doing stuff on a bad knee?", "how much pain is too much when
// running": how much to let the knee hurt while staying active, which the articles answer in "mild
// discomfort that settles by the next day is usually acceptable"; for the exercises themselves
// ("how much pain is ok when I do my knee exercises?") their own section answers.
const howMuchPain =
  /\bhow much (?:pain|hurt|hurting|discomfort|soreness|ache) is (?:ok|okay|acceptable|too much|normal|fine|alright|all right|allowed)\b/i;
const forTheExercises = new RegExp(
  String.raw`${namesExercises.source}|\b(?:drills?|stretch\w*|squat|lunge|reps|sets)\b`,
  "i",
);
const asksHowMuchPainWhileActive = (question: string) => howMuchPain.test(question) && !forTheExercises.test(question);

// "How many of these leg exercises should I be doing?", "there's no numbers on the sheet so how many
// am I meant to do": how many to do, which "no set counts are given here, so start with a few
// comfortable repetitions" answers; the exercise words alone lead to the list of exercises.
const howManyToDo =
  /\bhow many (?:of (?:these|them|those|each)\b[^.?!]*?\b(?:should|do|must|am|are|can) (?:i|we|you|he|she)\b|(?:am i|should i|do i|are we|must i) (?:meant to |supposed to |expected to )?(?:be )?do(?:ing)?\b)/i;

/** Whether a question asks to stop the exercises now the knee is better. */
export const asksToStopOnceBetter = (question: string) =>
  stopsOnceBetter.test(question) &&
  namesExercises.test(question) &&
  !stopsSomethingElse.test(question) &&
  !supportOrTablet.test(question) &&
  kneeBetterOrSettling(question) &&
  !stillTroubled.test(question);

export function questionIntents(question: string): IntentExpansion[] {
  const intents: IntentExpansion[] = [];
  if (permission.test(question) && activity.test(question) && !howTo.test(question))
    intents.push({ articleWords: ["cut", "ease"] });
  if (recoveryTime.test(question)) intents.push({ articleWords: ["recovery"] }, { articleWords: ["timeline"] });
  if (whenToBook.test(question) || whenToBeSeen.test(question) || badEnoughToBeSeen.test(question))
    intents.push({ articleWords: ["book", "assessment"] });
  if (whatTherapyInvolves.test(question)) intents.push({ articleWords: ["assessment", "rehab"] });
  if (asksToStopOnceBetter(question)) intents.push({ articleWords: ["course"] });
  if (triedWithoutChange(question)) intents.push({ articleWords: ["driving", "individual"] });
  if (tellsPainlessNoise(question)) intents.push({ articleWords: ["clicking"] });
  if (asksHowMuchPainWhileActive(question)) intents.push({ articleWords: ["discomfort", "acceptable"] });
  if (howManyToDo.test(question)) intents.push({ articleWords: ["counts", "repetitions"] });
  return intents;
}
