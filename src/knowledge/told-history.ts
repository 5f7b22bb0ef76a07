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
