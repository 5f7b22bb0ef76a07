import { termFor, tokenize } from "./text-terms.js";

// Words of a question that name when it hurts, voice a doubt or say whose knee it is, not what it
// asks about. The scorer (search-scoring.ts) lets such a word weigh nothing: an occasion's or a
// doubt's where no article uses it, whose knee it is always.

// "ice after sparring?", "sore knee after a spin class", "run on my toes like a boxer?": a word no
// article uses, told as when it hurts or what it is like, is the occasion, not what is asked, and
// weighs nothing; left at full weight it made such questions look half unanswered. Where the knee
// is not named, a word that ends the question is what it asks about: "can I run after a DVT?".
// "while" and "since" are left out: "running while breastfeeding" asks about breastfeeding.
const timeBefore = new Set(["after", "during", "before"]);
const sessions = new Set(
  "outing outings session sessions match matches game games round rounds practice practices training class classes shift shifts trip trips lesson lessons".split(
    " ",
  ),
);
const occasionBefore = new Set([...timeBefore, "at", "from"]);
// "getting up off the sofa", "off the bus": "off" is an occasion before a thing, not a source
// ("exercises off YouTube" asks about YouTube's exercises).
const occasionBeforeAThing = new Set([...occasionBefore, "off"]);
const kneeTokens = new Set(["knee", "knees", "kneecap", "kneecaps"]);
const determiners = new Set(["a", "an", "the", "my", "his", "her", "our", "their"]);
// Who does a sport or a pastime ("a swimmer", "a golfer"); "as a smoker", "for a pensioner" tell more.
const personas =
  /^(?:swimm|golf|bowl|row|paddl|kayak|canoe|cycl|climb|boulder|hik|walk|rambl|danc|footbal|rugby|hockey|cricket|netbal|basketbal|volleybal|tennis|badminton|squash|ski|snowboard|surf|skat|garden|sprint|jump|lift|box|fight|wrestl|rid)(?:er|ers|ist|ists|ler|lers|ter|ters)$|^triathletes?$/;
const iAm = (tokens: readonly string[], at: number) =>
  tokens[at] === "im" || (tokens[at - 1] === "i" && tokens[at] === "am");
// What may follow the one word of who the writer is ("im a postie and…"); "a theatre nurse" or
// "a triathlete doing 30 miles" tell more than who.
// "im only a plodder, how do I build back up?": a question after it ends the clause too.
const clauseGoesOn = new Set([
  ...["and", "but", "so", "who", "with", "by", "since"],
  ...["how", "what", "when", "why", "which", "can", "should", "is", "do", "does", "will", "would"],
]);
// A job's word ("postie", "scaffolder", "electrician", "nurse"), not a health one: "I'm a smoker",
// "im a haemophiliac", "I'm a diabetic" tell what the question is about.
const workWord = /^(?:[a-z]+(?:er|ie|ian|or|man|woman)|nurse|carer)$/;
const healthWord =
  /^(?:smoker|drinker|vaper|bleeder|diabetic|asthmatic|ha?emophiliac|epileptic|amputee|vegan|vegetarian|coeliac|celiac|sufferer|survivor|user|patient|carrier)$/;
// "I'm only a slow plodder", "im just an old golfer": one word may say what kind.
const modest = new Set(["only", "just"]);
// After "for a" or "as a", a job named outright (a suffix would also take "a younger runner", "a
// taller runner", "a wider foot" and "a toddler", which ask about them).
const namedJob =
  /^(?:firefighters?|fireman|firemen|soldiers?|nurses?|carers?|builders?|plumbers?|electricians?|posties?|postman|postmen|couriers?|chefs?|cooks?|cleaners?|farmers?|labourers?|laborers?|scaffolders?|roofers?|tilers?|joiners?|carpenters?|mechanics?|paramedics?|teachers?|waiters?|waitresses?|bartenders?|baristas?|hairdressers?|officers?|guards?|porters?|housekeepers?|gardeners?|landscapers?|decorators?|painters?|bricklayers?|welders?|miners?|drivers?|cops?|policemen|policeman|policewoman|recruits?|cadets?|reservists?)$/;
// "for a 40-something firefighter", "as a 30 odd firefighter": a rough age may stand between, and
// says who asks as the job does ("for a 60 year old firefighter" keeps its words: "year old" then
// leads to the passage on an age of its own). The position of the "a", or -1.
const ageWords = /^(?:\d+|something|ish|odd)$/;
function forOrAsA(tokens: readonly string[], at: number): number {
  let article = at - 1;
  while (article > at - 4 && ageWords.test(tokens[article] ?? "")) article--;
  const opened =
    (tokens[article] === "a" || tokens[article] === "an") &&
    (tokens[article - 1] === "for" || tokens[article - 1] === "as");
  return opened ? article : -1;
}
function tellsWhoIAm(tokens: readonly string[], at: number): boolean {
  const word = tokens[at] ?? "";
  const next = tokens[at + 1];
  const article = [at - 1, at - 2].find((index) => tokens[index] === "a" || tokens[index] === "an");
  if (article === undefined) return false;
  const before = modest.has(tokens[article - 1] ?? "") ? article - 2 : article - 1;
  return (
    iAm(tokens, before) &&
    (next === undefined || clauseGoesOn.has(next)) &&
    workWord.test(word) &&
    !healthWord.test(word)
  );
}
// "does core strength matter when you're carrying a 15kg rucksack all day?": what is done when the
// knee is asked about ("when … carrying a rucksack", "when pushing a pram") is the occasion too (not
// what is worn: "does my knee need a scan when wearing a cast?").
const whenDoing =
  /\bwhen (?:you're |youre |you are |i'm |im |i am |we're |i |you |we )?(?:carrying|pushing|pulling|lifting|holding|hauling|lugging|playing|doing|walking|hiking|trekking|running|climbing|riding|working) ((?:(?:a|an|the|my|your|our|heavy|big|full|\d+ ?kgs?|\d+ ?lbs?|\d+)\s+){0,3}[a-z]+)/gi;
function whenDoingTerms(query: string): string[] {
  return [...query.toLowerCase().matchAll(whenDoing)].flatMap((match) =>
    tokenize(match[1] ?? "").flatMap((token) => (determiners.has(token) ? [] : (termFor(token) ?? []))),
  );
}
// "what even is runner's knee, i dont run i dance", "not a runner, I do zumba": what the writer does
// instead of running tells who asks about runner's knee, not what is asked.
const insteadOfRunning =
  /\b(?:i (?:dont|don't|do not|never|don't even|dont even) run|(?:i'm |im |i am )?not (?:a |even a )?runner)\b,?\s+(?:i (?:just |only |mostly )?(?:do )?|just |only )(\w+)/gi;
// Only where the message asks what runner's knee is or whether it can be that, and the activity is
// not asked about too ("I don't run, I dance. Is dancing bad for my knees?", "i dont run i dance, is
// it bad for my knees? gp said runners knee").
const asksWhatRunnersKneeIs =
  /\bwhat(?:'s| is| even is)\b[^.?!]{0,20}?\brunner'?s'? knee\b|\brunner'?s'? knee,? (?:meaning|mean)\b|\b(?:can|could) (?:i|you|it) (?:get|have|be) runner'?s'? knee\b|\bis (?:it|this|that) runner'?s'? knee\b/i;
// "runners knee but i only do barre??": runner's knee set against the one thing the writer does asks
// the same, in a message that asks nothing else.
const runnersKneeButOnly = /^\W*runner'?s'? knee,? but i (?:only|just|mostly) do (\w+)\W*$/gi;
function insteadOfRunningTerms(query: string): string[] {
  const setAgainst = [...query.matchAll(runnersKneeButOnly)];
  if (!asksWhatRunnersKneeIs.test(query) && setAgainst.length === 0) return [];
  const told = tokenize(query).map(termFor);
  return [...query.matchAll(insteadOfRunning), ...setAgainst]
    .flatMap((match) => termFor((match[1] ?? "").toLowerCase()) ?? [])
    .filter((term) => told.filter((other) => other === term).length === 1);
}
function occasionTerms(query: string): Set<string> {
  const terms = new Set<string>([...whenDoingTerms(query), ...insteadOfRunningTerms(query)]);
  const besideKnee = tokenize(query).some((token) => kneeTokens.has(token));
  for (const sentence of query.split(/[.?!]+/)) {
    const tokens = tokenize(sentence);
    let previousIsOccasion = false;
    tokens.forEach((token, at) => {
      const before = tokens[at - 1] ?? "";
      const article = determiners.has(before);
      const likeA = tokens[at - 2] === "like" && (before === "a" || before === "an");
      // "after rowing outings", "after every erg session": an occasion may end in a session's word
      // ("at home beforehand" is a place, then a time; "after runs magnesium" asks about magnesium).
      const secondWord = previousIsOccasion && sessions.has(token);
      const occasion =
        occasionBefore.has(before) ||
        secondWord ||
        ((article || before === "every" || before === "each") && occasionBeforeAThing.has(tokens[at - 2] ?? ""));
      // Only a time's occasion takes a session word after it ("at home beforehand" does not).
      const openedBy = occasionBefore.has(before) ? before : (tokens[at - 2] ?? "");
      previousIsOccasion = occasion && timeBefore.has(openedBy);
      // "land exercises for a swimmer", "as a golfer", "pointless for a 40-something firefighter":
      // who asks, not what is asked. "im a postie",
      // "I'm a scaffolder and…": the writer's own work or pastime, one word ending its clause.
      const whoOpens = forOrAsA(tokens, at);
      const asWho = whoOpens >= 0 && (personas.test(token) || namedJob.test(token));
      const who = asWho || tellsWhoIAm(tokens, at);
      if (asWho)
        for (const age of tokens.slice(whoOpens + 1, at)) {
          const ageTerm = termFor(age);
          if (ageTerm !== null) terms.add(ageTerm);
        }
      const endsQuestion = at === tokens.length - 1;
      const term = termFor(token);
      if (term !== null && (occasion || likeA || who) && (besideKnee || !endsQuestion)) terms.add(term);
    });
  }
  return terms;
}

// "is a foam roller worth buying or is it just another gadget that'll end up under the bed?": the
// alternative a doubter puts after "or is it just" voices the doubt; a word no article uses in it
// weighs nothing, as an occasion's does.
// "…or is it placebo?", "or is it all hype?": a doubt's own word needs no "just".
export const doubtingTail =
  /\bor (?:is|are) (?:it|that|this|they|these|those) (?:(?:just|all|only|simply|merely) (.*)|((?:a |an |all )?(?:placebo|hype|nonsense|rubbish|myth|gimmick|fad|scam|marketing|psychological|in (?:my|your|the) head)\b.*))$/i;
function doubtTerms(query: string): Set<string> {
  const terms = new Set<string>();
  for (const sentence of query.split(/[.?!]+/)) {
    const doubt = doubtingTail.exec(sentence);
    const tail = doubt?.[1] ?? doubt?.[2];
    for (const token of tokenize(tail ?? "")) {
      const term = termFor(token);
      if (term !== null) terms.add(term);
    }
  }
  return terms;
}

// "should my son ice his knee after practice?", "can my mum keep walking?": whose knee it is, not
// what is asked. The articles name children and teenagers, so the word weighs nothing even there.
const possessives = new Set(["my", "his", "her", "our", "their"]);
const relatives =
  /^(?:sons?|daughters?|kids?|child|children|boys?|girls?|lad|teens?|teenagers?|dad|mum|mom|mother|father|husband|wife|partner|hubby|grandson|granddaughter|grandad|grandpa|grandma|gran|nan|nana|brother|sister)$/;

/** The terms of a question that say whose knee it is ("my son", "her dad"): each weighs nothing. */
export function whoseKneeTerms(query: string): Set<string> {
  const terms = new Set<string>();
  const tokens = tokenize(query);
  tokens.forEach((token, at) => {
    const term = termFor(token);
    if (term !== null && possessives.has(tokens[at - 1] ?? "") && relatives.test(token)) terms.add(term);
  });
  return terms;
}

/** The terms a question tells as an occasion or a doubt (each weighs nothing if no article uses it). */
export function weightlessTerms(query: string): Set<string> {
  return new Set([...occasionTerms(query), ...doubtTerms(query)]);
}
