import { describe, it } from "vitest";
import { check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-third round: what the reader read wrongly in the round's stories (travellers,
// people writing at night, people with a knee history), each kept with a case it must leave alone.

describe("a knock to 'my left / old / dodgy knee' is a blow", () => {
  // Held-out 162: "Knocked my old dodgy knee hard on the car door about an hour ago… I'm on
  // warfarin" was no injury at all, so the bleeding rule could not fire.
  it.each<Row>([
    [
      "They've knocked my bad knee off the surgery waiting list, im 71, can't walk on it some days (review)",
      "mechanism",
      NONE,
    ],
    [
      "They've knocked my bad knee off the list for the op, im 71, can barely walk some days (review)",
      "mechanism",
      NONE,
    ],
    ["the gout struck my right knee again last night, it's hugely swollen (review)", "mechanism", NONE],
    ["a sharp pain hit my right knee as I stood up and now it's really swollen, no fall (review)", "mechanism", NONE],
    ["Knocked my old dodgy knee hard on the car door about an hour ago", "mechanism", "direct_blow"],
    // A side is not read as the knee that hurts: "knocked my left knee on the table, that one's fine" (review).
    ["banged my left knee on the coffee table last night, my right knee is the sore one (review)", "mechanism", NONE],
    ["whacked my kneecap on the desk this morning", "mechanism", "direct_blow"],
    ["i bashed my sore knee on the bed frame", "injury", "yes"],
    ["my knee hit the ground hard when I fell", "mechanism", "fall"],
    // Left alone: a knock to someone or something else, a knock never had.
    ["knocked my old coffee on the table, knee aches when I run", "mechanism", NONE],
    [
      "my right knee has ached for months with pins and needles down the shin. yesterday I banged my other knee on the table, that one's fine (review)",
      "mechanism",
      NONE,
    ],
    ["I knocked my left knee brace off the table (review)", "mechanism", NONE],
    ["My daughter is 12, limping. I've bumped her left knee appointment to Monday (review)", "mechanism", NONE],
    [
      "The GP hit my kneecap with the little hammer to test reflexes, knee aches after walks (review)",
      "mechanism",
      NONE,
    ],
    ["didn't bang my left knee or anything, it just started aching", "mechanism", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a knee gone big and tight, puffed right up, or hot, red and fat is swollen", () => {
  // Held-outs 160 and 161: a replaced knee "hot, red and fat" or "red… hot to touch and puffed
  // right up" with shivers was not swollen, so the septic-joint rule could not fire; "within the
  // hour it's gone really big and tight" after a knock on warfarin was not swollen either.
  it.each<Row>([
    [
      "didnt fall or anything but twisted it badly turning at football and by the time I got home it was swollen up like a balloon (review: kept)",
      "rapidSwelling",
      "yes",
    ],
    ["my knee clicks on stairs. hubbys knee has gone big and tight, mine isn't (review)", "swelling", NONE],
    ["banged my knee on the table and within the hour the pain was huge (review)", "rapidSwelling", NONE],
    [
      "Twisted it last week. by the time I got back to the hotel, 2 hours, it swelled up again like every day since (review)",
      "rapidSwelling",
      NONE,
    ],
    ["If my knee puffed right up, should I come in? (review)", "swelling", NONE],
    [
      "My knee is warm and red since gardening. Allergic to prawns last night and my tongue puffed right up (review)",
      "swelling",
      NONE,
    ],
    ["My knee is warm and red. The mosquito got me last night and it puffed right up (review)", "swelling", NONE],
    ["there's a varicose vein behind my knee and it's gone big and tight, it's hot and red (review)", "swelling", NONE],
    [
      "Banged my knee on the table and within the hour the bruising was huge, I'm on warfarin (review)",
      "rapidSwelling",
      NONE,
    ],
    [
      "walked round the city all day, by the time we got back to the apartment, a couple of hours, my knee had swollen up. didnt fall or anything (review)",
      "rapidSwelling",
      NONE,
    ],
    [
      "my knee is red, hot and really swollen, I've got a temperature. It hasn't puffed right up like a balloon but it's definitely swollen (review)",
      "swelling",
      "marked",
    ],
    [
      "I'm on warfarin. Dad banged the knee on the table and within the hour it was huge. My own knee just aches (review)",
      "rapidSwelling",
      NONE,
    ],
    [
      "knee warm and red since I knelt on gravel. Then a wasp got my lip and it puffed right up (review)",
      "swelling",
      NONE,
    ],
    [
      "When I was at uni I cracked my knee on a bar stool and within the hour it was enormous. I'm now on warfarin (review)",
      "rapidSwelling",
      NONE,
    ],
    [
      "Banged my left knee on the coffee table an hour ago, it's gone really big and tight, I'm on warfarin (review)",
      "swelling",
      "marked",
    ],
    [
      "my knee was replaced 5 yrs ago but since yesterday its gone red and its hot to touch and puffed right up",
      "swelling",
      "mild",
    ],
    ["the knee has gone hot, red and fat", "swelling", "mild"],
    ["Cracked my knee on the footrest and it's gone really big and tight", "swelling", "marked"],
    [
      "Cracked my knee on the metal footrest getting off the coach and within the hour it's gone really big and tight",
      "rapidSwelling",
      "yes",
    ],
    [
      "twisted my knee stepping off a tram and by the time i got back to the hotel, about 2 hrs, it had ballooned up",
      "rapidSwelling",
      "yes",
    ],
    // "Maybe 2 hrs": the hedge inside the words read leaves it unsure, which the rules treat as yes
    // and the chat asks.
    [
      "twisted my knee stepping off a tram and by the time i got back to the hotel, maybe 2 hrs, it had ballooned up",
      "rapidSwelling",
      "unsure",
    ],
    // Left alone: not puffed up, another part big and tight, a slow swelling, no injury.
    ["my knee isn't puffed right up or anything, just sore", "swelling", NONE],
    ["my calves feel big and tight after the run, knee is sore", "swelling", NONE],
    ["I got stung on my cheek and it's hot, red and fat now, my knee aches on stairs (review)", "swelling", NONE],
    ["I put a compression bandage on my knee and it's really big and tight, is that ok? (review)", "swelling", NONE],
    ["banged my knee, my belly's bloated and it's gone really big and tight (review)", "swelling", NONE],
    ["I was puffed right up the hill on my run and my knee started hurting (review)", "swelling", NONE],
    ["fell on my knee, within minutes the bruise was massive (review)", "rapidSwelling", NONE],
    [
      "I'm on warfarin. Dad knocked his knee and within the hour it's gone really big and tight. Mine aches (review)",
      "rapidSwelling",
      NONE,
    ],
    [
      "if I knocked my knee and within the hour it went big and tight, should I go to A&E? (review)",
      "rapidSwelling",
      NONE,
    ],
    ["I cracked my knee when I stood up and within the hour it was huge (review)", "rapidSwelling", NONE],
    ["The physio said to call if the knee is big and tight, but it's just achy (review)", "swelling", NONE],
    ["Bought a knee support for my sore knee, it's really big and tight (review)", "swelling", NONE],
    [
      "Banged my knee on the desk and got stung by a wasp on my arm, within the hour it was massive (review)",
      "rapidSwelling",
      NONE,
    ],
    ["I puffed right up to the top of the hill and my knee started aching (review)", "swelling", NONE],
    // Found by review as missed, and read: a bump to the knee on warfarin, enormous within the hour.
    [
      "I'm 70 on warfarin, bumped my old knee on the bedside table and within the hour it was enormous (review)",
      "rapidSwelling",
      "yes",
    ],
    [
      "knocked my knee on Monday and by the time i got back from work on Wednesday, maybe 2 hrs, it had ballooned up",
      "rapidSwelling",
      NONE,
    ],
    ["within the hour it's gone really big and tight, no fall or knock, just a long walk", "rapidSwelling", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("pain every single night is night pain", () => {
  // Held-out 160: "My knee aches every single night now no matter how I lie… dropped nearly a stone
  // without trying… breast cancer 8 yrs ago" was no night pain, so it was not urgent.
  it.each<Row>([
    ["My knee aches every single night now no matter how I lie", "nightPain", "yes"],
    ["it hurts every single night", "nightPain", "yes"],
    ["my knee throbs every night out of nowhere (review: kept)", "nightPain", "yes"],
    [
      "I had breast cancer 5 years ago. My knee throbs every night out here in Spain (review: kept)",
      "nightPain",
      "yes",
    ],
    // Left alone: a night out.
    ["my knee aches every single night out dancing, fine the next day", "nightPain", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("pain 'no matter how I lie', a child crying with the knee, a complaint about the hip (review: taken back)", () => {
  // Tried in the thirty-third round for held-out 161's 13-year-old, limping, who "moans about his
  // hip/groin and woke us up last night crying with it", and for "no matter how I lie". Three passes
  // of review found the pain, the crying and the complaint belonging to something else: a shoulder
  // or a back "no matter how I lie", a child crying over a cast, stitches or a nightmare, a PE
  // teacher, a nanny or a physio who "moans about his hip", a hip "fine when I check".
  it.each<Row>([
    ["knee throbs no matter how i lie in bed", "nightPain", NONE],
    [
      "I had breast cancer 5 years ago. My shoulder aches no matter how I lie in bed, and my knee clicks",
      "nightPain",
      NONE,
    ],
    ["my daughter is 11, woke us up crying with her knee cast rubbing", "nightPain", NONE],
    ["my son is 13, says its his knee but also moans about his hip/groin", "hipOrGroinPain", NONE],
    ["my boy is 13, sore knee. his PE teacher Mr Jones always moans about his hip", "hipOrGroinPain", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a knee that just jammed half bent is locked", () => {
  // Held-out 161: "my knee just jammed half bent, wouldnt go straight no matter what. eventually
  // sort of clunked free after 10 mins of wiggling" read nothing. "Wouldn't go straight" alone was
  // tried and taken back in review (a car, a line, a drive, a kneecap's tracking).
  it.each<Row>([
    ["knee niggle from cycling. my dads knee just jammed half bent yesterday lol (review)", "locked", NONE],
    ["when i was 16 my knee just locked half bent and i needed an op (review)", "locked", NONE],
    [
      "Last summer my knee suddenly locked and wouldn't straighten, had keyhole surgery for it. Now the other knee aches (review)",
      "locked",
      NONE,
    ],
    ["My knee clicks. Would it be an emergency if my knee just locked half bent? (review)", "locked", NONE],
    ["my knee just jammed into the table leg when I stood up, bruised (review)", "locked", NONE],
    ["when i went to get up my knee just jammed half bent, wouldnt go straight no matter what", "locked", "yes"],
    // Already read before the change; kept so "half bent" after it stays a lock.
    ["my knee jammed half-bent getting out of the car", "locked", "yes"],
    ["the car wouldn't go straight after I hit the kerb, and now my knee aches (review)", "locked", NONE],
    ["the printer it just jammed again, anyway my knee has been achy on stairs (review)", "locked", NONE],
    [
      "My knee has been aching for weeks. I'd come in but the car's in the garage and it's stuck at home (review)",
      "locked",
      NONE,
    ],
    ["My knee just stuck out at a funny angle then clunked back (review)", "locked", NONE],
    // Left alone: a jammed door or a straight that is fine.
    ["the car door jammed half open, knee fine", "locked", NONE],
    ["my knee wouldn't stay straight in the photo, it's fine though", "locked", NONE],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a kneecap that slid right out and clunked back, never ever before", () => {
  // Held-out 160: "my kneecap slid right out to the side then clunked back in on its own. Never
  // ever happened before" was routine (an unstable knee), not a first dislocation.
  it.each<Row>([
    [
      "first time skiing, my ski slid right out and I went back down hard on my kneecap (review)",
      "patellaDislocation",
      NONE,
    ],
    [
      "My kneecap popped out and popped back in again, it does this. But the locking has never ever happened before. (review)",
      "patellaDislocation",
      "recurrent",
    ],
    [
      "my kneecap popped out and back in again, 4th time this year. never ever had this much swelling before though (review)",
      "patellaDislocation",
      "recurrent",
    ],
    [
      "dancing on a wet floor and my kneecap slid right out to the side then clunked back in on its own. Never ever happened before.",
      "patellaDislocation",
      "went_back_first_time",
    ],
    // Already read before the change (its "back in" is near); kept with the new "right out".
    [
      "my kneecap shot right out sideways and popped back in, it's done that loads of times",
      "patellaDislocation",
      "recurrent",
    ],
    // Left alone: a kneecap that never came out, feet that slid out, a trip out to the shops.
    [
      "My feet slid right out from under me on the wet floor and I went back down hard on my kneecap. Never ever happened before (review)",
      "patellaDislocation",
      NONE,
    ],
    [
      "My kneecap has been aching so I went straight out to Boots and came straight back. First time it's ached like this (review)",
      "patellaDislocation",
      NONE,
    ],
    // "Slid out" denied was tried and taken back: "first time, it hasn't slid out since" denied the first (review).
    [
      "my kneecap slid out and clunked back in, first time ever and it hasn't slid out since (review)",
      "patellaDislocation",
      "went_back_first_time",
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});

describe("a relative nagging the writer is not the patient", () => {
  // Held-out 162: "…aching all night… dropped about a stone without trying and i had bowel cancer 6
  // years ago… my wife is nagging me, is she right?" lost the weight and the cancer to the wife.
  it.each<Row>([
    ["my 12 year old sister keeps nagging me. knee aching every night, lost weight (review)", "age", 12],
    ["My 14 year old has been nagging me. Knee aching for 2 months, worse at night, lost weight (review)", "age", 14],
    [
      "The arthritic knee has started aching all night every night. ive also dropped about a stone without trying and i had bowel cancer 6 years ago. my wife is nagging me, is she right?",
      "cancerHistory",
      "yes",
    ],
    [
      "knee aches at night, I've lost weight without trying. my husband keeps nagging me to ring you",
      "weightLoss",
      "yes",
    ],
    // Left alone: a wife whose own knee is told, a relative nagging the writer on their own behalf.
    [
      "my wife is nagging me to write in about her knee, it aches all night and she's lost weight. I had cancer years ago",
      "cancerHistory",
      NONE,
    ],
    [
      "My wife is nagging me to ask for her, the knee has been hot red and swollen for two days with a temperature. I had chemo last year. (review)",
      "hotRed",
      "yes",
    ],
    [
      "my son keeps nagging me, knee is killing him after the tackle, swollen and cant bend it fully (review)",
      "swelling",
      "mild",
    ],
  ])('reads "%s" as %s %s', (text, field, expected) => {
    check(text, field, expected);
  });
});
