// Words that carry no topic in a visitor's question. The core is the classic English list
// (articles, pronouns, auxiliaries, prepositions); the tail adds the chatty fillers people put
// around a question ("is it ok", "just wondering", "any tips") and the stubs left when
// apostrophes are dropped ("don't" -> "dont"). "cant", "wont" and "couldnt" stay searchable:
// "can't take four steps" and "won't straighten" are how warning signs are worded. Checked before
// stemming, on lower-case words.

const classic = `a about above after again against all am an and any are as at be because been before being
below between both but by could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself me more most my myself
no nor not of off on once only or other ought our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under
until till til up very was we were what when where which while who whom why will with would you your yours
yourself yourselves can cannot may might must shall`;

const conversational = `also just really actually genuinely grateful gratefully even ever still yet ok okay please thanks thank hi hello hey
anyone anything something someone thing things stuff lot lots kind sort maybe probably pretty quite
much many get gets got getting go goes going gone let lets tell know want wants wanted wanting wondering wonder wondered
ask asks asked asking mine
im ive id ill youre youve hes shes dont doesnt didnt isnt arent wasnt werent shouldnt wouldnt
hasnt havent hadnt thats whats hows whys wheres theres its s t d ll m re ve u ur
itll thatll theyll youll youd hed theyd theyre
r n pls plz thx ty cuz coz cos bc abt rn tbh imo idk ngl
wat wot wut shud shld cud wud wen wer thru tho altho gonna wanna gotta`;

export const stopWords: ReadonlySet<string> = new Set(`${classic} ${conversational}`.split(/\s+/).filter(Boolean));

// Words that frame a question rather than name its topic ("is X good for Y", "should I
// completely stop", "can I start again", "I've been told...", "in the meantime", "are they
// connected?"). They stay searchable, so they still help rank
// passages, but they do not count towards how much of a question a passage answers
// (search-scoring.ts), or "is glucosamine good for knee arthritis" would look half answered.
export const questionFrameWords: ReadonlySet<string> = new Set(
  `good bad best better worse worst fine normal safe okay possible worth wise right wrong help helps helped
  work works worked matter matters worry worried concern concerned fix fixed way ways figure figured
  else instead sure idea allowed advice tips tip recommend recommended suggest suggestion need needs necessary
  completely fully totally entirely properly definitely seriously basically literally generally usually
  happen happens happened mean means meant time long take again soon already anymore someday still always never often sometimes start started starting
  told tell telling said say says saying heard hear read think thinking thought guess buy buying bought rid reckon suppose supposed decide decides decided
  meantime meanwhile currently lately recently today tonight yesterday tomorrow forever ages while now budge budged
  last past ago weekend day days week weeks month months year years next every
  wk wks
  monday tuesday wednesday thursday friday saturday sunday
  bit little bunch couple whole exactly point true truth myth myths tale tales wives real weird strange odd related connected connection link linked
  like likes looks seems seem scared afraid nervous frustrated frustrating annoying annoyed upset kill kills killing
  baffled confused confusing puzzled complain complaining focus focusing focused
  pay paying paid spend spending money lol haha um umm erm uh hmm hope hoping hoped evening evenings simple easy easiest basic
  legit woo scam hype hyped overhyped overrated overblown gimmick gimmicky fad nonsense rubbish correct everyone everybody yes yeah yep nope please pls thanks cheers recognised recognized
  fancy lads genuine benefit benefits beneficial suitable gentleman gentlemen lady ladies significance
  significant remark remarked earth instructions mislaid value opinion dreadfully confess merely
  thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
  knackered dodgy wonky busted crocked banjaxed goosed unreliable nobody waste wasting wasted somewhere anywhere
  plausible plausibly herring whos
  mad hella lowkey highkey crazy kinda sorta defo deffo
  mess messing messed non
  beginner beginners novice newbie newbies season seasons preseason offseason pre
  mum mom mummy dad mother father husband wife partner friend mate sister brother nan gran grandma grandad colleague boss`
    .split(/\s+/)
    .filter(Boolean),
);
