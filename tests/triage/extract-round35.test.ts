import { describe, it } from "vitest";
import { check, NONE, type Row } from "./extract-check.js";

// Issue 15, thirty-fifth round: what the reader read wrongly in the round's stories (families of
// parents and grandparents aged 75-95, people with hypermobile knees, festival-goers), each kept
// with a case it must leave alone. "(review)" marks a case a review found wrong on the commit it
// reviewed; "taken back" sections keep the cases that showed a tried reading's harm.

describe("a knee that swelled up in about an hour swelled fast", () => {
  // Held-out 174: on warfarin, knee whacked on a barrier at a gig, "its swelled up massive in like
  // an hour": read as self-care, the fast swelling lost (E-BLEED).
  it.each<Row>([
    [
      "im on warfarin and whacked my knee on the barrier at a gig, its swelled up massive in like an hour",
      "rapidSwelling",
      "yes",
    ],
    ["twisted my knee and it swelled up in an hour", "rapidSwelling", "yes"],
    ["twisted my knee at netball, it swelled up in about an hour", "rapidSwelling", "yes"],
    ["fell on my knee on the kerb and it ballooned in a couple of hours", "rapidSwelling", "yes"],
    ["banged my knee, it swelled up massive within an hour", "rapidSwelling", "yes"],
    // Left alone: a time to come, a what-if, days later, and a past episode.
    ["twisted my knee, I'll check whether it has swollen in an hour", "rapidSwelling", NONE],
    ["twisted my knee, if it swells up in an hour should I worry?", "rapidSwelling", NONE],
    ["twisted my knee on Saturday and it swelled up in two days", "rapidSwelling", NONE],
    ["twisted my knee last year and it swelled up in an hour, this time it's just sore", "rapidSwelling", NONE],
    // (review) Someone else's knee, another part, the bump on it, a what-if, last time, a sleep, no reason.
    ["My husband fell and his knee blew up in an hour. I just have a sore knee from running", "rapidSwelling", NONE],
    ["fell over, my lip swelled up in an hour, knee fine", "rapidSwelling", NONE],
    ["fell and hurt my knee, the bump on it swelled up in an hour", "rapidSwelling", NONE],
    [
      "Twisted my knee, the doctor said if it had swelled up in an hour that would be a ligament",
      "rapidSwelling",
      NONE,
    ],
    ["Fell on my knee. Last time it swelled up in an hour, this time nothing", "rapidSwelling", NONE],
    ["fell asleep on the sofa with my leg bent, knee swelled up in an hour", "rapidSwelling", NONE],
    ["I injured my back last week. Today my knee swelled up in an hour for no reason", "rapidSwelling", NONE],
    // (review, second pass) A thumb or a phone that blew up, a knee dated later, a time to come.
    ["Tripped on the kerb, knee is sore, my thumb swelled up in an hour", "rapidSwelling", NONE],
    ["Fell at rugby and did my knee, my phone blew up in an hour with messages from the lads", "rapidSwelling", NONE],
    [
      "I fell over and my knee swelled up in an hour. That was 20 years ago, now it aches on stairs",
      "rapidSwelling",
      NONE,
    ],
    ["Twisted my knee on Saturday. Today at work my knee swelled up in an hour, no idea why", "rapidSwelling", NONE],
    ["Twisted my knee and I reckon it'll have swelled up in a couple of hours", "rapidSwelling", NONE],
    // (review, third pass) A bystander's knee, "it" that is the nose or the bum, a past episode, a
    // what-if, a flight that landed.
    [
      "Saw a lad fall at parkrun, landed on the knee and it blew up in about an hour. My knee is just stiff",
      "rapidSwelling",
      NONE,
    ],
    ["Fell on my knee and smashed my nose on the floor, it swelled up in an hour", "rapidSwelling", NONE],
    [
      "Slipped on the kitchen floor, hurt my knee and my bum, it swelled up in a couple of hours",
      "rapidSwelling",
      NONE,
    ],
    [
      "When I did my ACL at 19 my knee swelled up in an hour. This time I twisted it and it's just stiff",
      "rapidSwelling",
      NONE,
    ],
    ["Suppose I twisted my knee and it swelled up in an hour, would that be an ACL?", "rapidSwelling", NONE],
    [
      "Landed at Heathrow this morning after a long flight, my knee swelled up in a couple of hours",
      "rapidSwelling",
      NONE,
    ],
    // (review, fourth pass) Someone's words, a friend's question, the ankle, a paddling pool.
    [
      "My wife keeps saying 'I banged my knee and it swelled up in an hour' but mine just aches slowly",
      "rapidSwelling",
      NONE,
    ],
    ["asking for a friend: twisted my knee and it swelled up in an hour", "rapidSwelling", NONE],
    ["twisted my knee and sprained the ankle, it swelled up in an hour", "rapidSwelling", NONE],
    [
      "hurt my knee pumping up the paddling pool and it blew up in an hour, now my knee aches a bit",
      "rapidSwelling",
      NONE,
    ],
    // Kept as before the round: a drawer that slammed into the knee while its owner slept is a blow.
    [
      "Fell asleep at my desk and the drawer slammed into my knee, it swelled up really big really fast",
      "rapidSwelling",
      "yes",
    ],
  ])("%s → %s %s", check);
});

describe("on warfarin after a clot last year is on warfarin now", () => {
  // Held-out 173: "I'm on warfarin after a clot last year… twisted the knee and within an hour its
  // swollen right up": "last year" dated the clot, and the warfarin was lost (E-BLEED read lower).
  it.each<Row>([
    [
      "I'm on warfarin after a clot last year (got EDS too). Slipped on wet tiles this morning",
      "anticoagulants",
      "yes",
    ],
    ["I'm currently on blood thinners after a stroke a few years ago", "anticoagulants", "yes"],
    // Kept: "since" already told it goes on now.
    ["im on apixaban since a DVT two years ago", "anticoagulants", "yes"],
    // Left alone: a medicine taken then, or stopped.
    ["I was on warfarin after a clot last year", "anticoagulants", NONE],
    ["I'm on warfarin after a clot last year but not anymore", "anticoagulants", NONE],
    ["I came off warfarin last year", "anticoagulants", NONE],
    // (review) "I've been on", often a past course, and a tense slip.
    [
      "I've been on warfarin in the past but not for years. Twisted my knee yesterday and it's swollen",
      "anticoagulants",
      NONE,
    ],
    ["im on warfarin when i was pregnant 10 years ago. knee swollen after fall", "anticoagulants", NONE],
    // (review, second pass) A course finished, a medicine swapped, a slip corrected.
    [
      "I'm on blood thinners after a clot last year, finished the course in spring. Twisted my knee and it swelled up straight away",
      "anticoagulants",
      NONE,
    ],
    [
      "im on warfarin, sorry, WAS, stopped it two years ago. twisted knee, swelled up straight away",
      "anticoagulants",
      NONE,
    ],
    ["I'm on warfarin after a clot last year and then swapped to aspirin. Twisted knee", "anticoagulants", NONE],
    // (review, third pass) Quoted, a job, taken off, "used to be", a what-if.
    [
      "My wife keeps telling everyone 'I'm on blood thinners after my clot in 2021'. I twisted my knee today and it swelled up straight away",
      "anticoagulants",
      NONE,
    ],
    [
      "I'm on warfarin duty for my dad after his clot last year. Anyway I twisted my knee today and it's really swollen",
      "anticoagulants",
      NONE,
    ],
    [
      "I'm on blood thinners after my PE in 2018 but they took me off them in 2019. Twisted my knee this morning",
      "anticoagulants",
      NONE,
    ],
    ["I'm on warfarin after a clot last year. Well, I used to be. Knee swollen after a fall", "anticoagulants", NONE],
    ["If I'm on warfarin after a clot last year, can I take ibuprofen for my knee?", "anticoagulants", NONE],
    // (review, fourth pass) Switched later, a joke, someone else's.
    [
      "I'm on warfarin after a clot last year. They switched me to aspirin in March though. Twisted my knee at the gym, sore",
      "anticoagulants",
      NONE,
    ],
    ["Honestly I'm on warfarin after a clot last year lol jk. knee sore after fall", "anticoagulants", NONE],
    [
      "I'm on warfarin after a clot last year, ha, I mean my husband is. I just twisted my knee",
      "anticoagulants",
      NONE,
    ],
  ])("%s → %s %s", check);
});

describe("'went down' is no injury told (review: taken back)", () => {
  // Tried for held-out 173's "My 15 yo son went down at football, his kneecap is sitting way off to
  // the outside": "went down (at football / awkwardly / in training…)" as an injury, so a kneecap far
  // over was out now. Two passes found a kneecap that always sits to the side read as out beside a
  // temperature, the lights or a team that "went down", flu or gin the writer "went down with", and a
  // daughter who went down at netball. The story is read as urgent by its walking, as before.
  it.each<Row>([
    ["My kneecap is sitting way over to the outside. The swelling slowly went down during the week", "deformity", NONE],
    ["kneecap sitting way off to the side, the lights went down during the show and I stood up", "deformity", NONE],
    ["My kneecap is sitting way off to the side. Our team went down in the game 3-0, gutted", "deformity", NONE],
    [
      "My kneecap is sitting way off to the outside, always has been. I went down badly with flu at christmas",
      "deformity",
      NONE,
    ],
    [
      "My kneecap is way off to the side, been like that since birth. My daughter went down at netball and I was worried",
      "deformity",
      NONE,
    ],
  ])("%s → %s %s", check);
});

describe("a kneecap that popped out sideways and straight back in, the first time", () => {
  // Held-out 174: "kneecap popped out sideways and straight back in while i was dancing last
  // night, never happened before": read as self-care (U-PATELLA-FIRST).
  it.each<Row>([
    [
      "kneecap popped out sideways and straight back in while i was dancing last night, never happened before",
      "patellaDislocation",
      "went_back_first_time",
    ],
    // A repeat is asked, not read (review, fourth pass: "before" and "again" anywhere, another knee's
    // history, and a kneecap out again made it recurrent, and routine).
    ["my kneecap slipped out to the side and right back in, it's happened loads of times", "patellaDislocation", NONE],
    [
      "kneecap shot out sideways and straight back in on the trampoline. never had knee trouble before",
      "patellaDislocation",
      NONE,
    ],
    [
      "my kneecap popped out sideways and straight back in, then it went again and now it's sitting on the outside of my knee",
      "patellaDislocation",
      NONE,
    ],
    [
      "Watching the match on TV, the striker's kneecap popped out sideways and straight back in, first time for him. My knee aches on stairs",
      "patellaDislocation",
      NONE,
    ],
    // Left alone: a kneecap that only moves sideways.
    ["my kneecap moves sideways and back when I push it, is that normal?", "patellaDislocation", NONE],
    // (review, second pass) Pain that shot out sideways, a shoulder.
    [
      "Sharp pain shot out sideways and straight back behind my kneecap, never happened before",
      "patellaDislocation",
      NONE,
    ],
    [
      "My kneecap aches and my shoulder popped out to the side and straight back in at the gym, first time",
      "patellaDislocation",
      NONE,
    ],
    // (review, third pass) Quoted, dreamt, asked, years ago, or not back in place.
    [
      'My girlfriend told me "my kneecap popped out sideways and straight back in, never happened before". My own knee just clicks',
      "patellaDislocation",
      NONE,
    ],
    [
      "I dreamt my kneecap popped out sideways and straight back in, first time I've had that dream",
      "patellaDislocation",
      NONE,
    ],
    [
      "If my kneecap slipped out to the side and straight back in would I know? never happened before",
      "patellaDislocation",
      NONE,
    ],
    [
      "When I was 15 my kneecap slipped out to the side and straight back in, first time. Now at 40 my knee aches on stairs",
      "patellaDislocation",
      NONE,
    ],
    ["kneecap popped out sideways and straight back into the wrong place, first time", "patellaDislocation", NONE],
  ])("%s → %s %s", check);
});

describe("'got properly stuck half bent' stays as it was (review: taken back)", () => {
  // Tried for held-out 173's "this morning it got properly stuck half bent and I couldn't straighten
  // it for about ten minutes": "got really / properly stuck… bent" as locked. Review found lids, zips
  // and cars that "got really stuck" while the writer bent down, then an elbow, a brace's hinge and a
  // recliner that "got properly stuck half bent".
  it.each<Row>([
    ["the lid got really stuck so I bent down and pulled, knee twinged", "locked", NONE],
    ["My knee's fine but my elbow, it got properly stuck half bent", "locked", NONE],
    ["The hinge on my brace, it got properly stuck half bent, annoying", "locked", NONE],
    ["if my knee got properly stuck half bent should I go to A&E?", "locked", NONE],
  ])("%s → %s %s", check);
});

describe("a relative's breath, bladder and numbness stay as they were (review: taken back)", () => {
  // Tried for held-out 172's grandmother who "can't get her breath properly" beside a puffy calf, and
  // a mother who has "gone numb around her bottom and has started wetting herself": the writer's
  // breath, bladder and saddle words said of "her" or "his". Two passes found a child crying or with
  // croup, an asthmatic, a cyclist's saddle, nappy rash and an old stroke read as emergencies, and a
  // named child's breath given to the adult whose knee it was.
  it.each<Row>([
    [
      "My mate pissed himself laughing when I came off the skateboard, knee is swollen and sore",
      "saddleNumbnessOrBladder",
      NONE,
    ],
    [
      "My mum has lost control of her bladder since her stroke years ago. her knee is sore after a fall today",
      "saddleNumbnessOrBladder",
      NONE,
    ],
    [
      "my daughter (9) fell off the trampoline and hurt her knee, she was crying so hard she couldn't catch her breath",
      "breathlessOrChestPain",
      NONE,
    ],
    [
      "my dad (78) hurt his knee yesterday. he has COPD so he can't catch his breath on the stairs anyway, that's normal for him",
      "breathlessOrChestPain",
      NONE,
    ],
    [
      "My husband's knee is swollen since his fall on Sunday. Our daughter has a cold and can't get her breath through her nose",
      "breathlessOrChestPain",
      NONE,
    ],
    [
      "my son's knee hurts after cycling 100 miles, he says he's numb in his groin from the saddle",
      "saddleNumbnessOrBladder",
      NONE,
    ],
    [
      "My baby (9 months) bumped her knee crawling, she has nappy rash and seems numb around her bottom",
      "saddleNumbnessOrBladder",
      NONE,
    ],
  ])("%s → %s %s", check);
});

describe("a relative's frame and cuts stay as they were (review: taken back)", () => {
  // Tried for held-out 172's father who "can only manage a step or two with the frame" and held-out
  // 90's "mum gashed her knee open on the step, looks deep": a zimmer or "the frame" as telling a
  // relative's walking, and "gashed / cut / split / whacked…" as telling their knee now. Review found
  // the writer's own fever and warfarin dropped where a wife "gashed her hand" or a husband worked on
  // "the frame" of a loft, and held-out 81's mate made the patient by "steps" alone.
  it.each<Row>([
    [
      "I feel feverish and achy and the knee got hot and puffy overnight. my wife gashed her hand on a tin of beans",
      "feverOrUnwell",
      "yes",
    ],
    [
      "Knee hot and swollen, I've got a fever. My partner is busy with the frame of the loft conversion",
      "feverOrUnwell",
      "yes",
    ],
    [
      "twisted my knee on the rocks, my mate held me up back to the car but I can't manage more than a couple of steps on my own",
      "walkFourStepsNow",
      "no",
    ],
  ])("%s → %s %s", check);
});

describe("the writer's own facts with Mum or Dad named (review: a parent called by name was taken back)", () => {
  // "Dad fell this morning and he can't put weight on it" and held-out 172's "Got a call from dads
  // care home…" were tried as naming the parent without "my"; review found the writer's own fever,
  // age, warfarin and walking dropped wherever a parent was named and a he or she came later.
  it.each<Row>([
    [
      "Worried about Dad. I'm 55, knee swollen and hot, fever since yesterday, he's in hospital",
      "feverOrUnwell",
      "yes",
    ],
    [
      "Mum is 65 and she's been brilliant. I'm 35, twisted knee at five-a-side, can't put any weight on it.",
      "walkFourStepsNow",
      "no",
    ],
    [
      "Im 15, got tackled at footy and knee swelled up straight away, cant straighten it. Dad says walk it off, he played pro",
      "rapidSwelling",
      "yes",
    ],
    ["Mum's worried because I'm 72 and on warfarin. knee swelled up after a fall, she is staying with me", "age", 72],
  ])("%s → %s %s", check);
});
