import { subjectOf, uncertain, type MatchContext, type PhraseRule, type RuleValue } from "./matcher.js";

// Walking 4 steps now and right after the injury (Ottawa). A limp counts as walking, so
// "can't walk without a limp" and "walking with a limp" are yes; "can't walk far" is yes too
// (they can take 4 steps). "Can barely walk" is asked. Any way of saying the patient cannot
// or will not walk or stand ("won't walk", "refuses to stand", "no way I can put weight on
// it") is no: for a child "won't" is how it shows. "Limping" alone only hints at walking and
// yields to any other statement ("limping, and now he won't walk at all").

/** Cannot or will not, now. */
export const cannotNow = String.raw`(?:can't|cannot|can not|unable to|not able to|isn't able to|is not able to|am not able to|won't|will not|refuses to|refuse to|refusing to|(?:there's |there is )?no way (?:i|he|she|they|we) (?:can|could)|no way (?:can|could) (?:i|he|she|they|we)|too (?:painful|sore) to|impossible to|can no longer|no longer able to|(?:haven't|hasn't|have not|has not) been able to|(?:doesn't|does not|don't|do not) want to|won't let (?:me|him|her|them)|doesn't let (?:me|him|her|them))(?:\s+(?:even|really|actually|at all))?`;
/** Could not or would not, then. */
export const cannotThen = String.raw`(?:couldn't|could not|wasn't able to|was not able to|was unable to|wasn't able to|weren't able to|wouldn't|would not|refused to|didn't want to|did not want to)(?:\s+(?:even|really|actually|at all))?`;

const walkWords = String.raw`(?:walk|stand(?!\s+(?:the|this|that|how|being|him|her|them|people|up for|it\b(?!\s+on)))|weight ?bear|bear (?:any |much |full )?weight|put (?:any |much |full |his |her |my |their )?(?:weight|pressure|wait(?= on\b))|take (?:any |much |my |his |her |their |the |full )?weight|take (?:a |any |a single |one |4 |four |a few )?(?:single )?steps?|(?:manage|do|walk) (?:4|four) steps(?! (?:of|on|up|down|in)\b)|step on|put (?:my |his |her |their |the )?(?:foot|leg) (?:down|on the (?:floor|ground))|get up (?:off|from|out of) (?:the |a |her |his |my |their )?(?:chair|floor|ground|bed|sofa|settee|couch|seat))`;
// "a couple of shuffling steps": how the steps are taken does not change how many.
const stepKind = String.raw`(?:(?:shuffling|shuffly|small|tiny|little|baby|painful|hobbling|wobbly) )?`;
const fewerThanFourSteps = String.raw`(?:a (?:single )?${stepKind}step(?: or two| or so)?|one (?:${stepKind}step|or two ${stepKind}steps)|(?:two|2|three|3)(?: or (?:two|three|2|3))? ${stepKind}steps|a couple of ${stepKind}steps)\b`;
const nowWords =
  /\b(?:now|today|tonight|this morning|this afternoon|this evening|since|anymore|any more|at the moment|still|currently)\b/;

// Not "if I managed two steps…, would that mean…?", nor a friend's fall ("my friend managed…").
const managedFewSteps = new RegExp(
  String.raw`(?<!\bif (?:i |he |she |they |you )?(?:only |just |ever )?|\b(?:friend|mate|sister|brother|wife|husband|partner) )\bmanaged (?:to (?:take|walk|do|hobble|shuffle|hop) )?(?:(?:only|just|about|around|maybe|barely|like|roughly|literally) )*${fewerThanFourSteps}(?: or so)?,? (?:(?:before|then|and then|and) (?:(?:i|he|she|they) )?(?:had to|needed to|have to|has to)|before having to) (?:sit|lie|be carried|be helped|hop|grab|lean|hold)`,
);
// "Now I can hardly put any weight on it, managed about two steps before I had to sit down": the
// steps are now only where the same sentence tells the walking limited now; a time that dates
// the injury ("fell this morning, managed two steps…", "I still remember it") leaves them right
// after it.
const limitedNow = new RegExp(
  String.raw`\b(?:now|still|at the moment|currently)\b[^.!?]{0,20}\b(?:${cannotNow}|can (?:barely|hardly|only just))\s+(?:walk|stand(?!\s+(?:the|for|it|to))|(?:put|bear|take) (?:any |my |full |much |my full )?weight)`,
);
// "Going downstairs I managed two steps then had to sit on the stairs": a staircase's steps may be
// what was counted, so stairs anywhere in the sentence leave the steps to the interview.
const climbingStairs = /\b(?:stairs|staircase|downstairs|upstairs)\b/;

// A foot on a pedal or in a car: "on the double bass pedal I just can't put that foot down".
const footOnAPedal = /\b(?:pedals?|clutch|accelerator|brake|throttle|drums?|piano|organ|manual|gears?|traffic)\b/;

// A parent telling of a child limping now ("he's limping", "has been limping for a week"):
// in a child any limp is the concern the limp question asks about (U-CHILD-HIP), so it is
// recorded; "limping a bit" or an adult's own limp says too little and is asked.
function childLimping(context: MatchContext): RuleValue | undefined {
  return subjectOf(context.parsed, context.expecting.length > 0).child ? "yes" : undefined;
}

export const weightBearingRules: PhraseRule[] = [
  {
    field: "limp",
    pattern: new RegExp(String.raw`\b${cannotNow}\s+walk without (?:a )?(?:limp|limping)\b`),
    value: "yes",
    selfNegated: true,
  },
  // "can't walk far / more than a mile" is walking; "can't walk more than a couple of steps" is not
  // (fewer than four, below).
  {
    field: "walkFourStepsNow",
    pattern: new RegExp(
      String.raw`\b${cannotNow}\s+(?:walk (?:far|long|very far|fast|quickly|much|without (?:pain|limping|a limp|it hurting)|up|down)|(?:walk|stand|stand up) (?:for (?:too |very )?long|(?:for )?more than(?!\s*${fewerThanFourSteps})|for (?:ages|hours|a long time)))\b`,
    ),
    value: "yes",
    selfNegated: true,
  },
  {
    field: "walkFourStepsNow",
    pattern: new RegExp(
      String.raw`\b(?:can (?:barely|hardly|only just)|struggling to|struggle to|${cannotNow}) walk (?:properly|normally|well|straight)\b|\bcan (?:barely|hardly|only just) (?:walk|stand|(?:put|bear|take) (?:any |much |any of my )?weight\b(?![^.,;!?]{0,30}\b(?:kneel\w*|leg press|squat\w*|lunge\w*)\b))|\b(?:on|with|using) (?:crutches|a crutch|a (?:walking )?stick|sticks|a frame|a walker)\b|\bhopping\b|\bhop (?:around|everywhere)\b|\bcan (?:only )?put (?:a little|a bit of|a tiny bit of|some|partial|a small amount of) (?:weight|pressure)\b`,
    ),
    value: "unsure",
    selfNegated: true,
  },
  {
    field: "walkFourStepsNow",
    pattern: new RegExp(String.raw`\b${cannotNow}\s+${walkWords}|\bnon[- ]?weight[- ]?bearing\b|\bnwb\b`),
    value: "no",
    selfNegated: true,
  },
  // "i still cant put that foot down": the writer, ending what they say (not a horse that "cant put
  // that foot down", a rule that "you can't", a foot on a pedal, "it's not like I can't…", what a
  // surgeon "says I can't…").
  {
    field: "walkFourStepsNow",
    pattern:
      /(?<!\b(?:not like|not that|who says|thought|says|said|told me)\s+)\bi (?:still |just |really |honestly )?(?:can't|cannot|can not) (?:even )?put (?:that|this) foot down(?=\s*(?:$|[,.!;?])|\s+at all\s*(?:$|[,.!;?]))/,
    value: ({ sentence }) => (footOnAPedal.test(sentence.text) ? undefined : "no"),
    selfNegated: true,
  },
  // "can't take more than a step or two", "can only manage a couple of steps": fewer than four.
  {
    field: "walkFourStepsNow",
    pattern: new RegExp(
      String.raw`\b(?:${cannotNow}\s+(?:take|manage|do|walk|go) more than|can (?:only|just about|barely|hardly) (?:take|manage|do|walk|shuffle|hobble|hop)|(?:only|just) (?:able to|manage|managed to) (?:take|do|walk|shuffle|hobble)?)\s*${fewerThanFourSteps}`,
    ),
    value: "no",
    selfNegated: true,
  },
  // "managed about two steps before I had to sit down": fewer than four, now where the sentence
  // tells the walking limited now (limitedNow), else right after the injury.
  {
    field: "walkFourStepsNow",
    pattern: managedFewSteps,
    value: ({ sentence }) => (limitedNow.test(sentence.text) && !climbingStairs.test(sentence.text) ? "no" : undefined),
    selfNegated: true,
  },
  {
    field: "walkFourStepsImmediately",
    pattern: managedFewSteps,
    value: ({ sentence }) => (limitedNow.test(sentence.text) || climbingStairs.test(sentence.text) ? undefined : "no"),
    selfNegated: true,
  },
  // "This morning she couldn't manage more than a couple of steps": fewer than four, and now.
  {
    field: "walkFourStepsNow",
    pattern: new RegExp(String.raw`\b${cannotThen}\s+(?:take|manage|do|walk|go) more than\s*${fewerThanFourSteps}`),
    // Told near the words, not anywhere ("…for a week after my op, it aches a bit now").
    value: ({ scope, match }) =>
      nowWords.test(scope.text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 20))
        ? "no"
        : undefined,
    selfNegated: true,
  },
  // "I walked off but can't now", "I could walk straight after but now I can't".
  {
    field: "walkFourStepsNow",
    pattern:
      /\b(?:(?:now|today|still) (?:i|he|she|they) (?:can't|cannot|can not|won't|can no longer)|(?:can't|cannot|can not|won't) (?:now|anymore|any more|today))(?=\s*(?:$|[,.!?;]|\b(?:and|but|so|because)\b))/,
    value: (context) => (/\b(?:walk\w*|weight|stand\w*|steps?)\b/.test(context.sentence.text) ? "no" : undefined),
    selfNegated: true,
    scope: "sentence",
  },
  // "I could walk straight after and I can now": "can" with nothing after it, about walking.
  {
    field: "walkFourStepsNow",
    pattern:
      /(?<!\b(?:sure|think|know|doubt|whether|if|wonder)\s+)\b(?:i|he|she|they) (?:still )?can (?:now|still|today)(?=\s*(?:$|[,.!?;]|\b(?:and|but|so|too)\b))/,
    value: (context) => (/\b(?:walk\w*|weight|stand\w*|steps?)\b/.test(context.sentence.text) ? "yes" : undefined),
    negated: "skip",
    scope: "sentence",
  },
  // "Not sure I could manage 4 steps": an ability doubted now is unsure, the unsafe answer.
  {
    field: "walkFourStepsNow",
    pattern: new RegExp(
      String.raw`\b(?:(?:don't|do not) think|not sure|unsure|doubt)(?: if| whether| that)? (?:i|he|she|they) (?:could|can|would be able to|am able to) (?:take|manage|do|walk|${walkWords})`,
    ),
    value: "unsure",
    selfNegated: true,
    negated: "skip",
  },
  // Four steps in so many words: "can" is now; "could" is whichever the question asked.
  {
    field: "walkFourStepsNow",
    pattern: /\b(?:can|able to) (?:still )?(?:take|manage|do|walk) (?:4|four|a few|some) steps\b/,
  },
  {
    field: "walkFourStepsNow",
    pattern: /\bcould (?:still )?(?:take|manage|do|walk) (?:4|four|a few|some) steps\b/,
    value: (context) => (context.expecting.includes("walkFourStepsNow") ? "yes" : undefined),
  },
  {
    field: "walkFourStepsImmediately",
    pattern: /\bcould (?:still )?(?:take|manage|do|walk) (?:4|four|a few|some) steps\b/,
    value: (context) => (context.expecting.includes("walkFourStepsNow") ? undefined : "yes"),
  },
  // "Couldn't walk" is right after the injury; with "now", "today" or "since" it is now as well.
  {
    field: "walkFourStepsNow",
    pattern: new RegExp(String.raw`\b${cannotThen}\s+${walkWords}`),
    value: (context) => (nowWords.test(context.scope.text) ? "no" : undefined),
    selfNegated: true,
  },
  {
    field: "walkFourStepsImmediately",
    pattern: new RegExp(
      String.raw`\b${cannotThen}\s+${walkWords}\b(?:\s+(?:at first|straight away|afterwards|after|immediately|right after|then))?|\b(?:had to be|was|got) (?:carried|helped|stretchered) off\b|\bcarried off\b|\bstretchered off\b`,
    ),
    value: "no",
    selfNegated: true,
  },
  {
    field: "walkFourStepsImmediately",
    pattern:
      /\b(?:walked (?:home|off|back|it off|to the car)|could (?:still )?walk (?:afterwards|after|straight after|on it)|played on|carried on (?:playing|running|walking)|finished the (?:game|match|run|race|session)|kept (?:playing|running|going|walking))\b/,
  },
  {
    field: "walkFourStepsNow",
    pattern:
      /(?<!\b(?:was|wasn't|was not|were|weren't|were not)\s+)\b(?:can|able to|managing to|manage to|i'm able to)\s+(?:still\s+)?(?:walk|bear weight|weight ?bear|put weight|take weight|stand on it)\b|\bwalking (?:fine|ok|okay|alright|all right|normally|well|around|on it|with a (?:slight |bit of a |bad )?limp)\b|\bwalking is (?:fine|ok|okay|alright|no problem|not a problem)\b|\bweight[- ]?bearing\b/,
  },
  {
    field: "walkFourStepsNow",
    pattern:
      /(?<!\b(?:when|while|whilst|whenever|if|after|before|because|as)\s+)\b(?:i'm|i am|he's|he is|she's|she is|they're|they are) (?:still |now )?(?:walking|weight bearing)\b(?!\s+(?:with|on) (?:crutches|a stick|sticks|a frame))/,
  },
  // A limp counts as walking (spec §3), but "limping" alone is only a hint (see above).
  { field: "walkFourStepsNow", pattern: /\b(?:limping|limps|hobbling|hobble|limp)\b/, negated: "skip", weak: true },
  {
    field: "limp",
    pattern:
      /\b(?:limping|limp|limps|hobbling)\b(?:\s+[a-z']+){0,3}?\s+(?:all the time|constantly|most of the time|always|every step|all day|everywhere|continuously)\b|\b(?:always|constantly|permanently|still) (?:limping|limp)\b/,
  },
  {
    field: "limp",
    pattern:
      /\b(?:(?:is|'s|are|'re|has been|have been|'s been|keeps|kept|started|been)\s+(?:still\s+)?(?:limping|hobbling)|(?:has|have|'s|'s got|has got) (?:a|got a) limp)\b(?!\s+(?:a bit|a little|slightly|sometimes|occasionally|now and (?:then|again)|on and off|when|after|if|at times))/,
    value: childLimping,
  },
  { field: "limp", pattern: /\b(?:limping|limp|limps)\b/, value: uncertain, negated: "no" },
  // "She's favouring that leg on the walk to school", "walking a bit funny, dipping to one side":
  // a parent's words for a child's limp.
  {
    field: "limp",
    pattern:
      /\bfavou?ring (?:that|the|this|his|her|one|their|the other)(?: (?:left|right|bad|sore|good))? (?:leg|side|knee)\b|\bwalking (?:a bit |a little |really |quite |all )?(?:funny|funnily|oddly|strangely|lopsided|wonky)\b|\bdipping to one side\b/,
    value: childLimping,
  },
];
