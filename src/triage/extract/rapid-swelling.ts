import type { MatchContext, PhraseRule, RuleValue } from "./matcher.js";
import { kneeSwelling, whenTheWritersKnee } from "./knee-swelling.js";

// Whether the knee swelled within hours of an injury (spec §3, rapidSwelling): the time told
// ("within the hour", "by the time I got home", "by lunchtime"), with the injury the message tells.

// "Banged it an hour ago, it's blown up like a balloon": swollen already, within hours of the injury.
const withinHoursAgo =
  /\b(?:(?:an|one|1|2|3|two|three|a couple of|a few|half an|a half) hours?|\d+ (?:minutes|mins)|(?:a few|few|ten|twenty|thirty) (?:minutes|mins)) ago\b/;
const injuryWords =
  /\b(?:fell|fall|fallen|tripped|slipped|banged|bashed|knocked|hit|whacked|(?:cracked|bumped|smacked|struck) (?:my|his|her) (?:\w+ )?(?:knee|kneecap|leg) (?:on|against|off|into)(?! purpose)|twist|twisted|landed|tackled|kicked|crashed|collided|injured|hurt it|felt (?:a|something) (?:pop|snap)(?! in (?:my|the|his|her|their) (?!(?:(?:right|left|bad|good|other|injured|sore) )?knee|back of)[a-z]+))\b/;
/** Rapid swelling, where the message tells an injury (spec §3: "after the injury, did it swell up within a few hours?"). */
function swollenAfterInjury(context: MatchContext): RuleValue | undefined {
  return injuryWords.test(context.parsed.text) ? kneeSwelling("yes")(context) : undefined;
}
/** Rapid swelling where the message also tells when the injury was, within hours (`when`). */
const swollenAfterInjuryTold =
  (when: RegExp) =>
  (context: MatchContext): RuleValue | undefined =>
    when.test(context.parsed.text) ? swollenAfterInjury(context) : undefined;
const swollenSoonAfterInjury = swollenAfterInjuryTold(withinHoursAgo);
// "Twisted it skiing this morning and by lunchtime it had ballooned": later the same day, wherever
// the message tells the injury and this morning.
const swollenThisMorning = swollenAfterInjuryTold(/\b(?:this morning|earlier today)\b/);
// The injury's own verbs, and the words that deny one ("didn't fall"), shared by the rules below.
const injuryVerbs = String.raw`twisted|fell|tripped|slipped|banged|bashed|knocked|whacked|landed|collided|jarred|wrenched|hyperextended|went over on|crashed|injured`;
const denial = String.raw`not|never|didn't|didnt|did not|no`;
// "It's only been about 3 hours and it's ballooned", "it's been an hour since I fell": the same
// hours told as time gone by, ending there or running from the injury (not "2 hours a day of
// physio", "an hour in A&E", "an hour since I woke up"), with swelling told in its own words, no
// injury denied ("I didn't fall or twist it") and none dated back ("knocked it last week", "a fall
// ages ago… swollen again").
const hoursGoneBy =
  /\b(?:it's|its|it has) (?:only |just |barely )?been (?:about |around |maybe |roughly |like |less than |under )?(?:an|one|1|2|3|two|three|a couple of|a couple|a few|half an) (?:hours?|hrs?)(?: or so)?\b(?=\s*(?:[,.;!?]|$|and\b|now\b|since (?:i|he|she) (?:fell|twisted|landed on it|hurt|did it|banged|knocked|slipped|tripped|came off|went over|got (?:hit|kicked|tackled))\b|since the (?:fall|tackle|injury|accident|crash)\b))/;
const swellingTold =
  /(?<!\b(?:not|no|isn't|isnt|wasn't|wasnt|never)\s+(?:\w+\s+)?)\b(?:swell\w*|swollen|swole|balloon\w*|blown up|blew up|blowing up|puffed up)\b/;
// "I didn't fall or twist it": an injury denied.
const injuryDenied = new RegExp(
  String.raw`\b(?:${denial})\s+(?:\w+\s+)?(?:fall|fell|twist|twisted|trip|tripped|slip|slipped|bang|banged|knock|knocked|injury|injured)\b`,
);
const datedEarlier =
  /\b(?:(?:a )?days?|weeks?|months?|years?|ages) ago\b|\ba while (?:back|ago)\b|\bfortnight\b|\blast (?:night|week|weekend|month|year|season)\b|\bin the (?:summer|spring|autumn|winter)\b|\bchristmas\b|\bagain\b|\bstill swells\b|\b(?:yesterday|(?:at|over) the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bfor (?:days|weeks|months|years)\b|\b(?:19|20)\d\d\b|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
function swollenHoursAfterInjury(context: MatchContext): RuleValue | undefined {
  const text = context.parsed.text;
  return hoursGoneBy.test(text) && swellingTold.test(text) && !datedEarlier.test(text) && !injuryDenied.test(text)
    ? swollenAfterInjury(context)
    : undefined;
}
// "Twisted it yesterday afternoon and by the evening it had blown right up", "twisted it this
// afternoon…", "got hit in a tackle yesterday afternoon and by teatime…": a day's earlier time
// told right after the injury (not "saw the GP yesterday morning… twisted it three weeks ago"),
// with nothing between it and the swelling moving on a day ("was fine overnight, then at work
// today by lunchtime").
const injuredEarlierThatDay = new RegExp(
  String.raw`(?<!\b(?:${denial})\s+(?:\w+\s+){0,2})\b(?:${injuryVerbs}|twisting|fallen|tackled|kicked|hurt|(?:got|was|been) hit(?! and miss)|(?:in|into) a tackle)\b[^.!?]{0,80}?\b(?:this afternoon|(?:yesterday|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:morning|afternoon|lunchtime))\b`,
  "g",
);
// "twisted my knee on a wet floor in the kitchen at lunchtime… by teatime it's swollen up",
// "twisted my knee stepping off the line onto a greasy patch at lunch": the injury itself at lunch,
// in the same clause as its verb, not someone else's ("my friend fell at lunch"), not pain ("it
// hurt at lunch"), and not a later day's lunch ("…on Sunday, at lunch on Monday it was OK").
const injuredAtLunch = new RegExp(
  String.raw`(?<!\b(?:${denial}|friend|mate|teammate|colleague)\s+(?:\w+\s+){0,2})\b(?:${injuryVerbs}|hurt (?:it|my knee|my leg|his knee|her knee))\b[^.!?,;]{0,60}?\b(?:at|this) (?:lunch|lunchtime|lunch time)\b(?: today\b)?(?!\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+yesterday)`,
  "g",
);
const dayMovedOn =
  /\b(?:overnight|today|tonight|next (?:day|morning)|following (?:day|morning)|day after|then on (?:mon|tues|wednes|thurs|fri|satur|sun)day|last week|weeks? ago|days ago)\b/;
// After a lunchtime injury, a day named, yesterday or a night's sleep between it and the swelling
// moves on too ("…at lunch, slept on it, by the afternoon", "on Sunday… at lunch on Monday it was OK").
const dayMovedOnFromLunch = new RegExp(
  String.raw`${dayMovedOn.source}|\b(?:yesterday|slept|woke|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
);
function swollenLaterToday(context: MatchContext): RuleValue | undefined {
  const fromThisMorning = swollenThisMorning(context);
  if (fromThisMorning !== undefined) return fromThisMorning;
  const text = context.parsed.text;
  const swollenAt = context.scope.start + context.match.index;
  const before = text.slice(0, swollenAt);
  const told = [
    ...[...before.matchAll(injuredEarlierThatDay)].map((match) => ({ match, movedOn: dayMovedOn })),
    ...[...before.matchAll(injuredAtLunch)].map((match) => ({ match, movedOn: dayMovedOnFromLunch })),
  ]
    .sort((left, right) => (left.match.index ?? 0) - (right.match.index ?? 0))
    .at(-1);
  if (told === undefined) return undefined;
  const between = text.slice((told.match.index ?? 0) + told.match[0].length, swollenAt);
  if (told.movedOn.test(between)) return undefined;
  return kneeSwelling("yes")(context);
}

// "By the time I got home 2-3 hrs later": a few hours, told after the time (not "10 hours later").
const hoursLater = String.raw`(?:[1-6]|[1-5]\s*(?:-|to|or)\s*[2-6]|an|one|two|three|four|a couple of|a few|two or three|half an) (?:hours?|hrs?)(?: or so)? later`;
// "Went clunk… by the time we got home it was swollen": swollen within the hours after the injury,
// before the visitor had left the pitch or reached home. A walk that ends with a swollen knee is
// not this: there was no injury.
const soonAfterInjuryTime = String.raw`(?:by the time (?:i|we|she|he|they) (?:got|had got|made it|reached)(?: (?:her|him|them|me|us))? (?:home|back|to the car|to the changing rooms?|off the (?:pitch|court|field|slopes?|mountain|hill))|by (?:the end of the (?:game|match|session|race|round|class)|half[- ]?time|full[- ]?time))(?:,?\s+(?:about |around |like |maybe )?${hoursLater})?`;
// "By the time I got back to the hotel, about 2 hrs, it had ballooned": back to where a traveller is
// staying, or a few hours told without "later", with an injury told, none denied ("didnt fall or
// anything" after a long walk) and none dated back ("twisted it last week… swelled up again").
const fewHours = String.raw`(?:[1-6]|an|one|two|three|four|a couple of|a few|half an) (?:hours?|hrs?)(?: or so)?`;
const backWhereStaying = String.raw`by the time (?:i|we|she|he|they) (?:got|had got|made it) back to (?:the|my|our) (?:hotel|room|hostel|apartment|flat|villa|cabin|tent|campsite|chalet|b&b|airbnb)(?:,?\s+(?:about |around |like |maybe )?(?:${hoursLater}|${fewHours}))?|by the time (?:i|we|she|he|they) (?:got|had got|made it|reached)(?: (?:her|him|them|me|us))? (?:home|back|to the car),?\s+(?:about |around |like |maybe )?${fewHours}`;
/** Rapid swelling, where the message tells an injury and denies none ("didnt fall or anything"). */
function swollenAfterUndeniedInjury(context: MatchContext): RuleValue | undefined {
  return injuryDenied.test(context.parsed.text) ? undefined : swollenAfterInjury(context);
}
// A quotation, and something else in the sentence that swells or blows up ("twisted my knee and
// sprained the ankle, it swelled up", "pumping up the paddling pool and it blew up").
const quoted = /["“”]/;
const swellsOtherwise =
  /\b(?:ankles?|wrists?|lips?|eyes?|face|hands?|fingers?|thumbs?|toes?|foot|feet|nose|bump|bruise|egg|lump|pool|airbed|air bed|mattress|balloons?|tyres?|tires?|vase|phone)\b/;
// "Twisted my knee and it swelled up in an hour. That was 20 years ago", "suppose I…", "I dreamt…",
// "usually when I fall…", "…no idea why", "my mate was like…", "asking for a friend": the swelling
// told of another time, in someone's words, or with no cause.
const anotherTime =
  /\b(?:if|suppose|say i|hypothetical\w*|asking for a friend|not really|every|happens|typical|actually|novel|quiz|said|says|saying|told|was like|january|february|march|april|june|july|august|september|october|november|december|imagine|had i|dream\w*|usually|previously|first time|last (?:time|season|year|month|week|summer|winter)|ago|years|when i (?:was|did|tore|had)|at uni|as a (?:kid|teenager|child)|back in|back when|in the \d0s|(?:19|20)\d\d|this was|that was|by tonight|by tomorrow|for no reason|no idea why|randomly|out of nowhere|out of the blue)\b/;
// The swelling told in the few words after a time soon after the injury ("…it had ballooned").
const swollenSoonAfter = String.raw`(?:[\s,]+[a-z']+){0,5}?[\s,]+(?:swollen|swelled|swelled up|puffed up|ballooned|blown up|blew up|up like a balloon|huge|massive)\b`;

export const rapidSwellingRules: PhraseRule[] = [
  {
    field: "rapidSwelling",
    pattern:
      /\b(?:swelled|swole|swollen|swell up|swelled up|ballooned|blew up|blown up|puffed up|swelling came up|came up|went up|swelling (?:came|appeared|started))\b(?:\s+(?:up|like a balloon|massively|a lot|really|straight|right|badly|huge|(?:big|huge|massive) and))*\s*(?:straight away|straightaway|right away|immediately|instantly|at once|within (?:(?:about|around|roughly|maybe|less than|under|just under) )?(?:minutes|seconds|the hour|(?:an|the|a|one|two|1|2|3|a few|a couple of|half an) (?:hour|hours|minutes)|the first (?:hour|few hours))|in (?:minutes|seconds|no time)|quickly|fast|really fast|so fast|very quickly)\b|\b(?:immediate|instant|rapid|sudden|quick) swelling\b|\b(?:swelled|swollen|swelling|ballooned|blew|blown|puffed)(?: up)? (?:quite|pretty) (?:fast|quickly)\b(?![^.?!]{0,25}\b(?:next|overnight|following)\b)/,
  },
  // "It swelled up really big really fast": the knee's size told between the swelling and its speed.
  // Only "it" or the knee swelling (not a bruise that "came up big", an ankle or a temperature),
  // not a day or more after ("the day after", "on Tuesday", "two days later it swelled…"), not a
  // past episode ("last year… it swelled up…") and not a what-if.
  {
    field: "rapidSwelling",
    pattern:
      /\b(?:it|knee)\s+(?:swelled|swole)\s+up\s+(?:really |so |very )?(?:big|massive|huge)\s+(?:really |so |very )?(?:fast|quick|quickly|straight away|right away|immediately)\b(?![^.?!]{0,30}\b(?:next|overnight|following|later|day|days|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|second)\b)(?<!\b(?:if|later|next|following|woke|ago|last year|last season|last time)\b[^.?!]*)/,
    value: swollenAfterInjury,
    negated: "skip",
  },
  // The time first ("within an hour it swelled right up"), or faster than the visitor expected.
  {
    field: "rapidSwelling",
    pattern:
      /\bwithin (?:(?:about|around|roughly|maybe|less than|under|just under) )?(?:minutes|seconds|the hour|(?:an|the|a|one|two|1|2|3|a few|a couple of|half an) (?:hour|hours|minutes))\b(?:[\s,]+[a-z']+){0,4}?\s+(?:swelled|swollen|ballooned|blew up|blown up|puffed (?:right )?up|came up|went up)\b|\b(?:swelling|swelled|swollen|puffing|puffed)(?: up)?(?:[\s,]+[a-z']+){0,3}?[\s,]+(?:much |a lot |way )?(?:faster|quicker|more quickly) than\b|\bswelling (?:up )?(?:really |very |so |super )?(?:quickly|fast|rapidly)\b|\b(?:swelled|swollen|ballooned|blew up|blown up|puffed up)\b(?:\s+[a-z']+){0,4}?\s+(?:within |in )?(?:an|one|a|half an|two|2|1|a couple of|a few) (?:hour|hours|minutes) (?:after|of)\b/,
    value: kneeSwelling("yes"),
  },
  // "Cracked my knee on the footrest and within the hour it's gone really big and tight": the size
  // told after the time, where the message tells an injury and denies none ("no fall, just a walk").
  {
    field: "rapidSwelling",
    pattern:
      /\bwithin (?:(?:about|around|roughly|maybe|less than|under|just under) )?(?:minutes|the hour|(?:an|the|a|one|two|1|2|3|a few|a couple of|half an) (?:hour|hours|minutes))\b(?:[\s,]+[a-z']+){0,4}?\s+(?:(?:really|very|so) )?(?:big and tight|huge|massive|enormous)\b/,
    value: whenTheWritersKnee(swollenAfterUndeniedInjury),
    negated: "skip",
  },
  // "Whacked my knee on the barrier at a gig, its swelled up massive in like an hour": the writer's
  // own knock, twist or fall to "my knee" and "it" swelling "in" an hour or two told in one breath
  // (no other "my" between: "hurt my knee and my bum, it swelled up" is the bum's), not a what-if, a
  // dream, a past episode or the usual course anywhere in the message, nor a time to come.
  {
    field: "rapidSwelling",
    pattern:
      /\b(?:whacked|banged|bashed|smacked|knocked|cracked|hit|twisted|wrenched|jarred|hurt|fell on|landed on|went over on)\s+my knee\b(?:[\s,]+(?!my\b)[a-z']+){0,8}?(?:,|\s+and|\s+so)\s+(?:it|it's|its|it has)\s+(?:swelled|swole|ballooned|blew up|blown up|puffed up|swollen (?:right )?up)(?:\s+(?:right up|up|massive|massively|huge|really big|a lot|like a balloon))*\s+(?:in|within) (?:(?:about|around|roughly|maybe|like|under|less than|just under|only|just) )?(?:an|one|1|2|3|two|three|half an|a couple of|a few) (?:hours?|hrs?|minutes|mins)\b(?!'s|\s+time)/,
    value: (context) =>
      anotherTime.test(context.parsed.text) ||
      injuryDenied.test(context.parsed.text) ||
      quoted.test(context.parsed.text) ||
      swellsOtherwise.test(context.sentence.text)
        ? undefined
        : kneeSwelling("yes")(context),
    negated: "skip",
  },
  {
    field: "rapidSwelling",
    pattern:
      /\b(?:swelled|swollen|swelled up|ballooned|blown up|blew up|puffed up|gone up like a balloon|huge|massive)\b/,
    value: (context) => swollenSoonAfterInjury(context) ?? swollenHoursAfterInjury(context),
    negated: "skip",
  },
  {
    field: "rapidSwelling",
    pattern: new RegExp(String.raw`\b${soonAfterInjuryTime}\b${swollenSoonAfter}`),
    value: swollenAfterInjury,
    negated: "skip",
  },
  {
    field: "rapidSwelling",
    pattern: new RegExp(String.raw`\b(?:${backWhereStaying})\b${swollenSoonAfter}`),
    value: (context) => (datedEarlier.test(context.parsed.text) ? undefined : swollenAfterUndeniedInjury(context)),
    negated: "skip",
  },
  {
    field: "rapidSwelling",
    pattern:
      /\bby (?:lunch|lunchtime|lunch time|(?:the )?afternoon|mid-?afternoon|teatime|tea time|dinner ?time|(?:the )?evening|bedtime|(?:[1-9]|1[0-2])(?:[:.][0-5]\d)? ?(?:am|pm)|(?:[1-9]|1[0-2]) o'?clock)\b,?\s+(?:it|(?:my|the|his|her) (?:whole |entire |left |right )?knee|the whole thing)(?:'s|s| had| has|'d| was)?\s+(?:swelled|swelled up|swollen(?: up)?|(?:really |very |massively )swollen|puffed (?:right )?up|ballooned|blown (?:right |straight )?up|blew (?:right |straight )?up|gone up like a balloon)\b/,
    // "By 9am" after a lunchtime injury is the next morning: a morning hour only after a morning's.
    value: (context) =>
      /\d ?am\b/.test(context.match[0]) && !/\bmorning\b/.test(context.parsed.text)
        ? undefined
        : swollenLaterToday(context),
    negated: "skip",
  },
  // "It ballooned that same evening": the time after the swelling.
  {
    field: "rapidSwelling",
    pattern:
      /\b(?:swelled|swollen|swelled up|puffed up|ballooned|blew up|blown up|came up|went up)\b(?:\s+(?:up|like a balloon|massively|a lot|badly))?\s+(?:that (?:same )?(?:evening|afternoon|day|night)|the same (?:evening|afternoon|day|night)|later that (?:day|evening|afternoon))\b/,
    value: swollenAfterInjury,
    negated: "skip",
  },
  {
    field: "rapidSwelling",
    pattern:
      /\b(?:swelled|swollen|swelling|swell)\b(?:\s+[a-z']+){0,3}?\s+(?:the next day|next morning|overnight|the day after|a day later|days later|gradually|slowly|over (?:a|the next) (?:day|few days|couple of days))\b/,
    value: "no",
    negated: "skip",
  },
];
