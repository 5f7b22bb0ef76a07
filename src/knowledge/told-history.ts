import { isAsking, sentencesOfMessage, wordCount } from "./question-parts.js";

// History a story tells, which frames no question of its own (uncovered-topics.ts).

// "Had a scope for torn cartilage about ten years ago…", "tore my ACL skiing in 2009": an old
// operation or injury told as history is the background to the question, not its topic. Only told
// sentences count as history, and not when a short question points back at them ("I had a
// replacement ten years ago. How long do they last?").
const distantPast =
  /\b(?:\d+|a few|a couple of|several|many|some|two|three|four|five|six|seven|eight|nine|ten|twenty) ?(?:years?|yrs?) (?:ago|back|before)\b|\b(?:years|yrs) (?:ago|back)\b|\bin my (?:teens|twenties|thirties|forties|20s|30s|40s)\b|\bin (?:19|20)\d\d\b|\bat school\b|\bsince (?:a|an|my|the) (?:\w+ )?(?:sprain|injury|fall|op|operation|tear|accident|break|knock) at (?:uni|university|college)\b|\bwhen i was at (?:uni|university|college)\b|\bas a (?:kid|child|teenager|teen)\b|\bwhen i was (?:younger|a kid|a teenager|at school|\d+)\b|\blong ago\b|\bold (?:scope|op|operation|injury|ligament injury|cartilage op)\b/i;
// "Before pregnancy I was running a few times a week", "flat feet, and they got flatter after both
// pregnancies": pregnancy told as what came before is history too; "I'm 16 weeks pregnant", "six
// months postpartum" and "since pregnancy" are not.
const pregnancyBefore =
  /\b(?:before (?:my |the |each |both )?(?:pregnancy|pregnancies)|after (?:both|two|three|all (?:my|the)|each of my) pregnancies|pre[- ]?pregnancy)\b/i;
// A message that also tells a pregnancy now or just past tells no history of it ("before pregnancy
// I ran, now I'm 24 weeks along", "pre-pregnancy I squatted 80kg, now 4 months postpartum").
const pregnancyNow =
  /\b(?:pregnant|weeks along|postpartum|post[- ]partum|postnatal|post[- ]natal|had (?:my|the|a) baby|since having|my baby is|(?:i'm|im|i am|now) \d+ weeks|c[- ]?section|caesarean|cesarean|pelvic floor|breastfeed\w*|(?:weeks|months) after (?:the |my )?birth)\b/i;
// A short question that points back at the history asks about it ("…an injection years ago. Can I
// have another one?").
const backAtHistory = /\b(?:them|they|those|another|again|like (?:that|this|his|hers|theirs|mine))\b/i;
/** The message without the sentences that tell history (an old operation or injury), unless a short question points back at them. */
export function withoutHistory(message: string): string {
  const sentences = sentencesOfMessage(message);
  const asksAboutHistory = (sentence: string) => wordCount(sentence) <= 10 && backAtHistory.test(sentence);
  if (sentences.some((sentence) => isAsking(sentence) && asksAboutHistory(sentence))) return message;
  // A pregnancy now or just past told anywhere keeps the one before from being history.
  const toldPregnancyBefore = (sentence: string) => pregnancyBefore.test(sentence) && !pregnancyNow.test(message);
  return withoutOtherSideOperation(
    sentences
      .filter((sentence) => isAsking(sentence) || !(distantPast.test(sentence) || toldPregnancyBefore(sentence)))
      .join(" "),
  );
}

// "Left knee was replaced last year, physio reckons the right one is runner's knee": an operation
// told of one knee is the background to a story about the other. A clause naming a side and an
// operation is left out when another clause names the other side without one.
const operated =
  /\b(?:replaced|replacement|arthroscopy|scope|scoped|surgery|operation|op|operated|reconstruction|reconstructed|meniscectomy|menisectomy|trim|trimmed)\b/i;
const sideOf = (clause: string) => /\b(left|right)\b/i.exec(clause)?.[1]?.toLowerCase();
function withoutOtherSideOperation(message: string): string {
  const clauses = message.split(/(?<=[,;.?!])\s+|\s+(?=but\b|and (?:the|my) (?:left|right)\b)/i);
  const sides = (withOperation: boolean) =>
    new Set(
      clauses.filter((clause) => operated.test(clause) === withOperation).flatMap((clause) => sideOf(clause) ?? []),
    );
  const operatedSides = sides(true);
  const otherSides = sides(false);
  if (operatedSides.size !== 1 || otherSides.size !== 1 || operatedSides.has([...otherSides][0] ?? "")) return message;
  return clauses.filter((clause) => !(operated.test(clause) && sideOf(clause))).join(" ");
}

// "I'm freaking out that it's a ligament and I'll need surgery", "I keep reading about hip
// replacements": a fear told beside the question is how the visitor feels, not what they ask, so
// an operation or a condition in it frames no question ("What should I be doing?"). Only told
// sentences that open with the fear of what may come; a question of its own naming the topic ("will
// I need an operation?") or asking anything but what to do ("how do I stop that happening?", "can I
// walk on it?") still asks it, and a fear of something told as done ("worried because I had an
// arthroscopy") is history.
const fearOpening =
  /^\W*(?:(?:but|and|so|honestly|tbh|now|just|also)\W+)?(?:i'm|im|i am|i've been|ive been)\s+(?:(?:so|really|a bit|kind of|kinda|quite|properly|absolutely|honestly|low[- ]key|now)\s+)*(?:scared|terrified|worried|freaking out|panicking|petrified|afraid|anxious|paranoid|frightened|dreading|stressing|convinced)\s+(?:(?:sick|to death)\s+)?(?:that\s+|about\s+(?=needing|having to|ending up|getting)|of\s+(?=needing|having to|ending up|getting))?(?:it's|its|it is|it'll|it will|it might|it may|it could|i'll|ill|i will|i'd|i might|i may|i could|i need|i'm going to|i'm gonna|needing|having to|ending up|getting|this is|this could)\b|^\W*(?:(?:but|and|so|honestly|tbh)\W+)?i (?:keep|have been|ve been|'ve been) (?:reading|googling|thinking|imagining|worrying) about\b/i;
// Only beside questions that ask what to do or whether to be seen: "Can I walk on it?", "how long
// does it take to heal?" or "what are the symptoms?" after "I'm worried it's a fracture / a torn
// meniscus" ask about the feared thing.
const asksWhatToDo =
  /^\W*(?:(?:so|but|and|honestly|seriously)\W+)?(?:what (?:should|do|can|shall) i (?:be )?do(?:ing)?(?: about it| now| next)?|what do i do(?: now| next)?|what now|what next|any advice|should i (?:get (?:it|this|my knee) (?:checked|looked at|seen)(?: out)?|see (?:someone|somebody|a physio|a doctor|my gp|a gp)|book (?:in|a physio|an assessment))|do i need to (?:see|get) (?:someone|somebody|a physio|a doctor|it (?:checked|looked at|seen))|is (?:this|it) something i can (?:keep )?manag\w+ myself[^?]*)\W*$/i;
// A fear of what is told as done is history ("worried it's my hip replacement", "I keep thinking
// about my ACL reconstruction", "the same as when I had my ACL done").
const toldAsDone =
  /\bmy (?:\w+ )?(?:replacement|reconstruction|surgery|operation|op|graft|scope|repair|injection)\b|\b(?:had|done|last (?:year|month|week)|ago)\b/i;
/** The message without the told sentences that voice a fear of what may come, where every question asks what to do or whether to be seen. */
export function withoutFears(message: string): string {
  const sentences = sentencesOfMessage(message);
  const asking = sentences.filter(isAsking);
  if (asking.length === 0 || !asking.every((sentence) => asksWhatToDo.test(sentence))) return message;
  return sentences
    .filter((sentence) => isAsking(sentence) || !fearOpening.test(sentence) || toldAsDone.test(sentence))
    .join(" ");
}
