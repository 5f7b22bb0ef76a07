import { childNouns, groupNouns, peopleNouns } from "./person-nouns.js";

// Who a message tells of when it names nobody, or names a relative only to give their opinion of
// the writer (subject.ts). Twenty-fifth round: parents who write "she" or "he" with nobody named,
// and "my daughter thinks I'm just tired" beside the writer's own slapping foot.

// "His foot has gone pale and cold", "after a tackle he can't bend the knee", "she came off the
// beam": with nobody named or spoken of (no "mate", "physio", "husband", "footballer") and the
// writer saying nothing of themself, the one whose leg or injury the message tells is the patient,
// whoever they are (held-outs 83 and 115).
const pronounsLeg =
  /\b(?:his|her)\s+(?:left |right |bad |sore |poor |injured )?(?:foot|feet|toes|ankle|calf|shin)\b|\b(?:he|she)(?:'s| is| has| was)?\s+(?:can't|cant|cannot|can not|couldn't|won't|unable to|not able to|isn't able to|barely|hardly)\s+(?:fully\s+)?(?:bend|straighten|lift|walk|put weight|put any weight|stand|weight[- ]bear|bear weight)\b|\b(?:he|she)(?:'s| is| has been|'s been| was)\s+(?:limping|hobbling|not putting (?:any )?weight)\b|\b(?:he|she) (?:hurt|injured|twisted|banged|knocked|landed|fell|slipped|tripped|collided|was tackled|got landed on|got tackled|got kicked|got hit|came off|went over)\b/;
// A person spoken of: a relative, a child, a group, or someone in a role ("the keeper", "my physio").
const roleNouns = String.raw`physio|physiotherapist|pt|coach|nurse|doctor|dr|gp|surgeon|consultant|landlord|boss|manager|footballer|guy|bloke|fella|man|woman|lady|hubby|flatmate|trainer|instructor|teacher|therapist|referee|ref|umpire|keeper|goalie|goalkeeper|striker|captain|opponent|someone|somebody|lad|lass`;
const personNamed = new RegExp(String.raw`\b(?:${roleNouns}|${childNouns}|${peopleNouns}|${groupNouns})s?\b`);
// The one told of is the message's first subject: nothing before the first he/she/his/her but a
// time or a circumstance ("after a tackle at the weekend he…", "she got landed on…"), not a name
// or another story ("Kane twisted his ankle…", "Twisted knee at 5-a-side, the keeper… he…").
const circumstanceFirst =
  /^\s*(?:(?:after|since|at|on|in|during|yesterday|today|tonight|this|last|earlier|when|while|before|following|coming|getting|playing)\b[^.?!]*)?$/;
const pronounFirst = (text: string) => {
  const first = /\b(?:he|she|his|her)\b/.exec(text);
  return first !== null && circumstanceFirst.test(text.slice(0, first.index));
};
// "He's 12 and has had knee pain at night", "she's had a swollen knee for 3 days": their knee told.
const pronounTells =
  /\b(?:he|she)(?:'s| is) (?:only |just )?\d{1,2}\b|\b(?:he|she)(?:'s| has| has had|'s had| had)\b[^.?!]{0,40}?\b(?:knee|knees|pain|swollen|swelling|sore|limp\w*)\b/;
// "My daughter thinks I'm just tired", "my wife reckons I should sleep it off": a relative's
// opinion of the writer names no patient, unless the message goes on to tell of their leg ("my
// husband says I worry too much but he can't bend it", "my son said I should ask, he can't put
// weight on it").
const opinionOfWriter =
  /^\s+(?:thinks|thought|reckons|says|said|believes|keeps saying|is convinced|tells me)\s+(?:that\s+)?(?:i|i'm|i've|i am|my)\b/;
// "…bowel cancer 6 years ago. my wife is nagging me, is she right?": a relative nagging the writer,
// the clause ending there and no he, she, him or her after it but asking whether they are right. Not
// "nagging me to ask for her", "on at me to carry him", "nagging me, knee is killing him", and never
// a child or anyone told with an age ("my 14 year old keeps nagging me", "my 12 year old sister…":
// the child's knee, subject.ts).
const naggingWriter =
  /^\s+(?:is |has been |keeps |kept |won't stop )?(?:nagging|nags|nagged|going on at|on at) me\s*(?:[,.;!?]|$)/;
const theirOpinionAsked = /\b(?:is|was) (?:he|she) right\b|\b(?:he|she)(?:'s| is) right\b/g;
const thirdPerson = /\b(?:he|she|him|his|her|hers|they|them|their)\b/;

/** "He can't bend it", "she's had a swollen knee", "he's 12": the leg, pain or age of a he or she is told. */
export const pronounTellsOfLeg = (text: string) => pronounsLeg.test(text) || pronounTells.test(text);

/** Words right after a relative that give their opinion of the writer ("…thinks I'm just tired"). */
export const givesOpinionOfWriter = (after: string) => opinionOfWriter.test(after);

/** Words right after an adult relative that tell only their nagging the writer ("…is nagging me, is she right?"). */
export const nagsTheWriter = (after: string) =>
  naggingWriter.test(after) && !thirdPerson.test(after.replace(theirOpinionAsked, " "));

/** A message naming and speaking of nobody that tells, first thing, of a he's or she's leg or injury. */
export const toldOfUnnamed = (text: string) => !personNamed.test(text) && pronounFirst(text) && pronounsLeg.test(text);
