import type { PhraseRule } from "./matcher.js";

// Did it start with an injury, and how. A mechanism states the injury too ("fell off a
// ladder" is an injury by a fall); when several are told ("fell and twisted it") the first
// one is kept (the mechanism only words the reasons, no rule reads it).

const injuryYes = [{ field: "injury", value: "yes" }] as const;
const draggedByAHorse =
  /\bdragged\b[^.!?]*?\b(?:by|behind|along by|along behind) (?:the|my|a|her|his|our|their) (?:horse|pony|cob|mare|gelding)\b|\b(?:foot|boot)\b[^.!?]{0,20}?\b(?:caught|hung up|stuck)\b[^.!?]{0,20}?\bstirrups?\b/;
const noFall = /\b(?:no fall|didn't fall|did not fall|didn't come off|did not come off)\b/;

/** What a blow is taken with: "took a helmet to the side of the knee", "copped a stud on the shin". */
export const blowObject = String.raw`(?:knee|boot|studs?|elbow|shoulder|helmet|kick|knock|whack|hit|blow|bang|ball|stick|bat|hurley|puck|shot|tackle)`;

export const injuryRules: PhraseRule[] = [
  // "Don't know what I did" doubts an injury rather than denying one.
  {
    field: "injury",
    pattern: /\b(?:don't|do not) (?:know|remember) (?:what|how|if) i (?:did|hurt|injured)\b/,
    value: "unsure",
    selfNegated: true,
  },
  // "No fall or twist or anything": every injury denied, not one mechanism ("I didn't bang it").
  {
    field: "injury",
    pattern:
      /\bno (?:(?:fall|falls|twist|twisting|trauma|knock|bang|blow|accident|injury|collision|tackle)(?:,? (?:or|and|nor) |, ))+(?:anything|whatever|similar|anything like that)\b|\b(?:can't|cannot|don't|do not) (?:remember|recall) (?:hurting|injuring|doing anything to|banging|twisting) it\b/,
    value: "no",
    selfNegated: true,
    negated: "skip",
  },
  {
    field: "injury",
    pattern:
      /\b(?:came on (?:gradually|slowly|over time|by itself|on its own|out of nowhere)|gradual(?:ly)?|slowly (?:got|getting|came|started|built)|out of (?:nowhere|the blue)|for no (?:apparent |obvious |particular )?reason|no (?:apparent |obvious |particular )?reason|just started (?:hurting|aching|to hurt)|nothing happened|didn't do anything to it|overuse|wear and tear)\b/,
    value: "no",
    negated: "skip",
  },
  {
    field: "mechanism",
    pattern:
      /\b(?:hyper-?extend(?:ed|ing)?|over-?extended|bent (?:it |my knee |my leg )?(?:back|backwards)|went backwards|snapped back(?:wards)?|(?:went|bent|bend|bending|going) (?:completely |right )?the wrong way)\b/,
    value: "hyperextension",
    negated: "skip",
    also: injuryYes,
  },
  // A fall, told in many ways. "Went down on" a court, a pitch or a floor is the visitor's own fall
  // only when nothing says it was on purpose (kneeling, stretching, an exercise) or was swelling
  // going down; a leg "kicked / taken out from under me" is one too. "Fell forward(s)", "a fall
  // forward" and "after falling forwards" are falls; a habit or a fear of falling forward ("my knees
  // fall forward over my toes", "I often fall forward on my runs") is not; "fell for the hype" is no
  // fall, "fell for the second time" is.
  {
    field: "mechanism",
    pattern:
      /\b(?:(?:fell|fallen|falling|fall)(?!\s+(?:asleep|apart|in love|for(?!\s+(?:(?:the|a) (?:first|second|third|fourth|fifth|umpteenth|last|\d+(?:st|nd|rd|th)) time|no (?:apparent |obvious |good |real )?reason)\b)|behind|ill|sick|pregnant|out with(?:out)?)\b)(?!(?<=(?<!\b(?:a|an|nasty|bad|big|hard|heavy|awkward|after)\s+)\b(?:fall|falls|falling))\s+forwards?\b)(?!\s+(?:inwards?|in(?=\s+(?:a bit|a lot|a little|slightly|badly|too much|towards?|toward|to each other|when|whenever|as|on (?:the way|my|squats?|lunges?|landing|the follow)|at the bottom|during|while|whilst|each|every|the whole time|my squats?|my lunges?|squats?|lunges?)\b|\s*[,.!?]|\s*$))\b(?<=\bknees?\s+(?:(?:seem|seems|tend|tends|start|starts|begin|begins|like|likes) to\s+|(?:have|has) a tendency to\s+|(?:sort|kind) of\s+|(?:have|has) always\s+|(?:always|both|just|still|sometimes|really|also|then|can|will|would|do|does)\s+)?(?:falling|fall|fallen)\s+(?:inwards?|in)))|tripped|trip(?:ped)? (?:over|on|up)|slipping (?:on|off|over|down)|slipped(?!\s+(?:out|back|off to|sideways|in and out))(?![^.!?]*\b(?:twisted|twisting)\b)|stumbled|(?:came|come|comes|coming) off (?:my |the |a |his |her |their )?(?:bike|horse|pony|bicycle|scooter|skateboard|ladder|motorbike|mountain bike|quad bike|quad|trampoline|wall|board|monkey bars|climbing frame|swings?(?! shift)|zip ?wire|bunk bed)|(?:came|come|coming) off (?:the |a |his |her |their )?(?:beam|balance beam|bars|uneven bars|vault)\s+(?:awkwardly|badly|wrong|funny|at speed|and (?:fell|crashed|landed (?:badly|awkwardly|wrong|funny|on (?:her|his|my|their) knee)))|(?:came|come|coming) off (?:the back of |the top of |the side of )?(?:the |a |my |our )?(?:\w+ )?(?:trailer|tractor|lorry|truck|roof|scaffold|scaffolding|stepladder|wagon) (?:onto|on to) (?:my|his|her|their|the|both) knees?|went flying|(?:got|had) (?:my )?(?:legs?|feet) (?:kicked|taken|swept|knocked) (?:out )?(?:from )?under(?:neath)? me|(?:my )?(?:legs?|feet) (?:were|was|got) (?:kicked|taken|swept|knocked) (?:out )?(?:from )?under(?:neath)? me|(?:kicked|took|swept|knocked) my (?:legs?|feet) (?:out )?(?:from )?under(?:neath)? me|(?:my )?(?:legs?|feet) went (?:out )?from under(?:neath)? me|(?:took|had) a (?:\w+ )?tumble|wiped out|missed (?:a |the |my )?(?:\w+ )?(?:step|stair|footing)|lost my (?:footing|balance)|went down (?:hard |heavily |awkwardly |badly )?on (?:my|the|both) knees?|(?<=(?:^|\bi|[,.;!?]|\band|\bthen|\bjust|\bhe|\bshe|\byesterday|\bsort of)\s*)went down (?:hard |heavily |awkwardly |badly )?on (?:a|the) (?:\w+ ){0,3}?(?:court|pitch|floor|track|field|ground|grass|road|pavement|path|slope|piste|tarmac|concrete|astro|astroturf|decking|deck)\b(?![^.!?]*\b(?:kneel\w*|stretch\w*|yoga|pilates|to (?:look|clean|pick|get|find|play|fetch|scrub|reach|grab|do|tie|change)|hands and knees|all fours|press[- ]?ups?|push[- ]?ups?|planks?|burpees?|exercises?)\b)(?=\s*(?:[,.;!?]|$)|\s+(?:this (?:morning|afternoon|evening)|yesterday|today|tonight|last (?:night|week|weekend)|earlier|and (?:hurt|banged|bashed|twisted|landed|smashed|whacked|jarred|cracked|felt|heard)|in (?:training|the (?:match|game|rain)|a (?:match|game|heap))|playing|during|when (?:my|the|his|her) knee|at (?:work|the gym|training|netball|football))\b)|(?:went|came) down (?:hard|heavily) on (?:it|my leg))\b/,
    value: "fall",
    negated: "skip",
    also: injuryYes,
  },
  // A blow. "Took a helmet to the side of the knee", "took a puck off the knee" and "got rolled up on"
  // (a player falling onto the leg) are blows; "took a ball to the face", "took a knee" (kneeling)
  // and "rolled up on the sofa" are not.
  // "Knocked my old dodgy knee hard on the car door", "whacked my kneecap on the desk": a word or two
  // about the knee between, then what it hit. Not a side ("knocked my left knee on the table, that
  // one's fine" when the right one hurts), "my good / other knee", "bumped my left knee appointment",
  // "knocked my bad knee off the waiting list" or "on the head", "bumped my arthritic knee into the
  // urgent category", the reflex hammer, or a pain that "hit my knee again").
  {
    field: "mechanism",
    pattern: new RegExp(
      String.raw`\b(?:(?:hit|bashed|banged|knocked|whacked|smacked|struck|bumped|cracked)\s+(?:it|(?:my|his|her|their) (?:knee|leg)|the knee|knee|the front of|on|against|into)|(?:bashed|banged|knocked|whacked|smacked|bumped)\s+(?:my|his|her|their) (?:(?:(?:bad|old|dodgy|sore|arthritic|injured|weak|poor|stiff|new|replaced)\s+){1,2}(?:knee|kneecap|knee cap)|kneecap|knee cap)(?=\s+(?:hard\s+|badly\s+|really hard\s+)?(?:on|against|into|off)\s+(?:the|a|an|my|our|his|her|some|that|this)\b(?!\s+(?:\w+\s+){0,2}?(?:list|lists|rota|schedule|head|radar|category|clinic|diary|bend|queue|appointment|op|operation|surgery)\b))|(?:got|was|been|get) (?:hit|kicked|kneed|tackled|struck|knocked|run into|clattered)|kicked in the knee|(?:got|was|been|get) studded|studs? (?:to|in|into|down) (?:the|my|his|her) (?:shin|knee|leg)|tackled?|collided|collision|ran into|blow to|took a (?:knock|hit|blow|kick|whack)|(?:took|copped|cop|caught) (?:a|an) ${blowObject} (?:to|on|in|into|off|across|right on|straight on|square on|right off|straight off|square off) (?:the|my|his|her|their) (?:(?:side|front|outside|inside|back|top) of (?:the|my|his|her|their) (?:knee|kneecap)|knee|leg|kneecap|shin)|got (?:a|an) (?:knee|boot|stud|studs|elbow|shoulder|helmet|kick|ball|stick|bat|hurley) (?:to|into) (?:the|my|his|her|their) (?:knee|leg|kneecap|shin)|(?:got |was |been )?caught (?:at the bottom of|under|underneath) (?:a |the )?(?:ruck|maul|scrum|pile|pile-?up)|dashboard|(?:car|bike|road traffic|motorbike) (?:accident|crash)|hit by|crashed|(?<!\bsomething )(?:got|was|been|get) (?:whacked|smacked|bashed|banged|bumped|crushed|squashed|trapped|jammed|stamped on|stood on|trodden on)|(?:caught|jammed|crushed|trapped|bumped|clipped|slammed) (?:it|(?:my|his|her|their) (?:knee|leg)|the knee)|(?:crushed|trapped|jammed|wedged) between|dropped (?:[a-z']+ ){1,4}on (?:it|my knee|my leg|the knee)|(?<!\b(?:pray|prayed|praying|kneel|kneeled|knelt|i often|i always)\b[^.!?]{0,40})dropped (?:(?:down|straight|hard|heavily|awkwardly|right) )*(?:onto|on to|on) (?:my|his|her|their|both|the) (?:left |right )?(?:knees?|kneecaps?)(?!\s+(?:to|while|whilst|for|when|in (?:the garden|yoga|prayer|church)|as (?:usual|a|i)|so often|which|hundreds|dozens|all|every|many|loads|lots|a lot|each|most)\b)|(?:hit|kicked|knocked|struck|ran into|ran over) me|(?<!\bi )(?:landed|fell) on (?:me|my knee|my leg|the knee|my kneecap)|into (?:my|the) knee|walked into|slid into|(?:tractor|quad bike|quad|mower|forklift|horse|trailer|car|van|lorry|truck|motorbike)(?: [a-z]+)? (?:tipped|overturned|flipped|turned over)|rolled (?:on|onto|over) (?:me|my leg|my knee)|got rolled up on(?!\s+(?:the|a|my) (?:sofa|couch|settee|bed|floor|chair|armchair|mat)\b)|(?:barged|shoved|pushed|pinned|squashed|slammed) (?:me|him|her) (?:into|against))\b`,
    ),
    value: "direct_blow",
    negated: "skip",
    also: injuryYes,
  },
  {
    field: "mechanism",
    pattern:
      /\b(?:(?<!\b(?:looks?|looked|looking|seems?|seemed) (?:all )?)twisted(?! out of (?:place|line|shape))|twist(?:ing)? (?:it|my knee|my leg)|planted(?: my foot| my leg)?,? (?:and )?(?:turned|twisted|pivoted|changed direction)|twisting injury|a twist|pivoted|went sideways|wrenched|tweaked|turned (?:awkwardly|on it|funny|badly|quickly|sharply|suddenly)|changed direction (?:and|quickly|suddenly)|went over on (?:(?:a|the) (?:kerb|curb|step|stair|pothole)|(?:my|his|her|their|the) ankle)|felt (?:my|his|her|the) knee twist|caught an edge|went over on (?:it|(?:my|his|her|their|the) (?:knee|leg))(?!\s+(?:appointment|x-?ray|scan|mri|results|report|notes|exercises))|rolled (?:it|my knee)|planted my foot and (?:turned|twisted)|(?:stepped|stepping|put my foot) (?:in|into|down) (?:a |an |the |some )?(?:pothole|hole|rut|dip|divot|rabbit hole|drain)|(?:when|as|while) (?:i|he|she|they) (?:turned|was turning|were turning|spun|span|pivoted|changed direction)\b(?!\s+(?:\d|over|out|up|on the|off|round to|around to|red|blue|purple|white|pale|black|grey|gray|twenty|thirty|forty|fifty|sixty|seventy|eighty)))\b/,
    value: "twist",
    negated: "skip",
    also: injuryYes,
  },
  {
    field: "mechanism",
    pattern:
      /\b(?:landed|landing (?:from|after|on) (?:a |the )?(?:jump|it|my leg)|(?:bad|awkward|heavy|hard|funny) landing|came down (?:awkwardly|on it|wrong|badly|hard|funny|on my leg)|came down (?:from|off|out of) (?:a |an |the |my |her |his )?(?:rebound|header|block|spike|dunk|lay-?up|leap|catch|line-?out|vault|beam|bars|trampoline|box jump)|jumped and (?:landed|came down|felt)|from a jump|off a jump|(?:jumped|jumping|hopped|hopping|leapt|leaped) (?:off|down|from|out of)\b|(?:stepped|stepping) (?:off|down) (?:a |an |the |my )?(?:kerb|curb|bus|train|ladder|step|steps|stool|chair|wall|pavement|platform|boat|bench)|jarred (?:it|my knee|my leg|the knee))\b/,
    value: "landing",
    negated: "skip",
    also: injuryYes,
  },
  // "Got booted in the shin just under the knee", "he booted me right on the kneecap": a kick, told
  // with the leg it landed on ("booted off the course", "booted the ball" are no blow).
  {
    field: "mechanism",
    pattern:
      /\b(?:(?:got|was|been) booted|booted (?:me|him|her))(?: (?:right|square|straight|full))? (?:in|on) (?:the|my|his|her|their) (?:knee|kneecap|leg|shin|calf|thigh)\b/,
    value: "direct_blow",
    negated: "skip",
    also: injuryYes,
  },
  // "A cob double-barrelled me", "a horse went down on my leg": a kick, or an animal or a load
  // coming down on the leg, is a blow ("my knee went down on me" gave way).
  {
    field: "mechanism",
    pattern:
      /\b(?:double[- ]?barrell?ed (?:me|him|her)|(?:got|was|been|get) double[- ]?barrell?ed|(?:horse|pony|cob|mare|gelding|cow|bull|heifer|bullock|bale|pallet|tree|branch|load)\s+(?:\w+\s+){0,2}?went down on (?:top of )?(?:me|my leg|my knee|his leg|her leg))\b/,
    value: "direct_blow",
    negated: "skip",
    also: injuryYes,
  },
  // "Got dragged a few metres when my foot hung up in the stirrup", "dragged along by the horse":
  // dragged by a horse is a fall; dragged to the stables or along by the dog is not, nor "no fall".
  {
    field: "mechanism",
    pattern: /\b(?:got|was|been|being) dragged\b(?!\s+(?:to|into|kicking|round to|along to)\b)/,
    value: (context) =>
      draggedByAHorse.test(context.sentence.text) && !noFall.test(context.sentence.text) ? "fall" : undefined,
    negated: "skip",
    also: injuryYes,
  },
  // "My foot went one way and my knee went the other", "ski went one way, knee the other": a twist.
  {
    field: "mechanism",
    pattern:
      /\b(?:foot|feet|leg|legs|body|knee|knees|ski|skis|board)\s+went one way,?\s+(?:and\s+)?(?:i|my|the|his|her)?\s*(?:knee|knees|leg|legs|body|rest of me|foot|feet)?(?:\s+went)?\s+the other\b/,
    value: "twist",
    negated: "skip",
    also: injuryYes,
  },
  // "A cut from the glass table": a wound with its cause is an injury; a wound alone may be a scar's.
  {
    field: "injury",
    pattern:
      /\b(?:cut|cuts|gash|wound|laceration|split|sliced|gashed)\b(?:\s+[a-z']+){0,4}?\s+(?:from|off|by|against) (?:the|a|an|some|broken|glass|metal)\b/,
  },
  {
    field: "injury",
    pattern:
      /\b(?:injured|injury|injuries|injure|hurt it|hurt (?:my|his|her|their|the) knee|did it (?:playing|at|while|when|in)|accident|trauma|sprained|sprain|tore|torn|heard a (?:pop|crack|snap)|felt a (?:pop|crack|snap|tear)|felt something (?:go|tear|snap|pop|give))\b/,
  },
];
