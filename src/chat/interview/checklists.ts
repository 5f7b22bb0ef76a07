import type { Intake, IntakeField } from "../../triage/index.js";

// Questions a person answers at a glance, grouped (spec §5: "Group questions where a person
// would"). A checklist counts as one question. Every item states one field's value; an item
// left unticked answers its field with the field's "nothing of the sort" value (interfaces.md:
// multi fields not chosen are answered "no"), so each item is worded so that its tick is the
// value it names, e.g. the ability items are ticked for what the visitor CAN do.

export interface ChecklistItem {
  field: IntakeField;
  value: string;
  label: string;
  /** Words that name this item in a typed reply ("just the numbness", "the calf one"). */
  words: RegExp;
  /** Only offered when this holds (e.g. "slipped out and went back" once the knee is known to look normal). */
  when?: (intake: Intake) => boolean;
}

export interface Checklist {
  id: string;
  prompt: string;
  items: ChecklistItem[];
  /** The option that answers every item's field with its "nothing of the sort" value. */
  noneLabel: string;
}

export const NONE_OF_THESE = "None of these";
export const NOT_SURE_SOME = "I'm not sure about some of these";

const yes = (field: IntakeField, label: string, words: RegExp): ChecklistItem => ({
  field,
  value: "yes",
  label,
  words,
});

export const checklists: readonly Checklist[] = [
  {
    id: "red-flags",
    prompt: "Do any of these apply to you right now? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes("footColdPale", "The foot is cold, pale or blue", /\b(?:cold|pale|blue|white|purple|grey|gray|colou?r)/),
      yes(
        "breathlessOrChestPain",
        "New shortness of breath, chest pain or coughing blood",
        /\b(?:breath\w*|chest|cough\w*)/,
      ),
      yes(
        "saddleNumbnessOrBladder",
        "Numbness around the genitals or buttocks, or new bladder or bowel trouble",
        /\b(?:genital\w*|buttocks?|bum|saddle|bladder|bowel|pee|wee|toilet)/,
      ),
      yes(
        "severePainOutOfProportion",
        "Severe pain getting worse despite painkillers, with a tight calf or shin",
        /\b(?:severe|painkillers?|tight\w*|out of proportion)/,
      ),
      yes(
        "deformity",
        "The knee or kneecap looks out of place, or the knee bent the wrong way and clunked back",
        /\b(?:out of place|wrong way|clunk\w*|deformed|deformity|bent back)/,
      ),
      yes("openWound", "A deep cut or wound over the knee", /\b(?:cut|wound|gash|laceration)/),
      yes("numbnessTingling", "New numbness or pins and needles below the knee", /\b(?:numb\w*|pins|needles|tingl\w*)/),
      yes(
        "footWeakness",
        "Trouble lifting the foot or toes, or the foot slaps when walking",
        /\b(?:weak\w*|slap\w*|lift(?:ing)? (?:the|my) (?:foot|toes)|drop foot|foot drop)/,
      ),
    ],
  },
  {
    id: "abilities",
    prompt: "Which of these can you do? Tick all you can (walking with a limp still counts).",
    noneLabel: "I can't do any of these",
    items: [
      yes(
        "walkFourStepsNow",
        "I can take 4 steps on it now",
        /\b(?:walk\w*|steps?|weight)\b(?!.*\b(?:after|straight after|right after|at the time|then)\b)/,
      ),
      yes(
        "walkFourStepsImmediately",
        "I could take 4 steps on it right after it happened",
        /\b(?:(?:walk\w*|steps?)\b.*\b(?:after|straight after|right after|at the time|then)\b|(?:after|at the time)\b.*\bwalk\w*)/,
      ),
      yes(
        "flexTo90",
        "I can bend the knee to a right angle, like sitting on a chair",
        /\b(?:bend\w*|bent|right angle|90)/,
      ),
      yes(
        "straightLegRaise",
        "Lying on my back, I can lift the whole leg with the knee kept straight",
        /\b(?:lift\w*|raise|straight leg|leg lift|leg raise)/,
      ),
    ],
  },
  {
    id: "infection-clot",
    prompt: "Do any of these apply? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes("hotRed", "The knee joint itself is hot or red", /\b(?:hot|red|warm)\b/),
      yes(
        "feverOrUnwell",
        "Fever (38 °C or more), chills, or feeling very unwell",
        /\b(?:fever\w*|temperature|chills?|shiver\w*|unwell|sick|flu\w*)/,
      ),
      yes("calfPainSwelling", "Pain or swelling in one calf", /\bcalf|calves/),
      yes(
        "recentSurgeryOrInjection",
        "Knee surgery or an injection into the knee in the last 3 months",
        /\b(?:surgery|operation|op|injection|jab|injected|scope|operated)\b/,
      ),
    ],
  },
  {
    id: "infection-risk",
    prompt: "Do any of these apply? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes("kneeReplacement", "I have a knee replacement in that knee", /\b(?:replace\w*|artificial|new knee)/),
      yes(
        "immunosuppressed",
        "A weakened immune system or diabetes (e.g. chemotherapy, steroid tablets)",
        /\b(?:immun\w*|diabet\w*|chemo\w*|steroid\w*|transplant)/,
      ),
    ],
  },
  {
    id: "after-injury",
    prompt: "Do any of these apply? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes("rapidSwelling", "It swelled up within a few hours of the injury", /\b(?:swell\w*|balloon\w*|puffed)/),
      yes(
        "anticoagulants",
        "I take blood thinners, or have a bleeding disorder",
        /\b(?:thinners?|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|bleeding|clotting)/,
      ),
    ],
  },
  {
    id: "tenderness",
    prompt: "Press gently around the knee. Do any of these apply? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes("tenderPatellaOnly", "The only tender bony spot is the kneecap itself", /\bkneecap/),
      yes(
        "tenderFibularHead",
        "The bony point just below the outside of the knee is tender",
        /\b(?:outside|bony point|fibula\w*)/,
      ),
    ],
  },
  {
    id: "knee-mechanics",
    prompt: "Does your knee do any of these? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes(
        "locked",
        "It's stuck: it won't straighten fully, as if something is jammed",
        /\b(?:stuck|lock\w*|jammed|straighten)/,
      ),
      yes("catching", "It catches or clicks painfully (painless clicking doesn't count)", /\b(?:catch\w*|click\w*)/),
      {
        field: "givingWay",
        value: "episodes",
        label: "It has buckled or given way at times",
        words: /\b(?:buckl\w*|gives? way|gave way|given way|giving way)/,
      },
      {
        field: "givingWay",
        value: "unstable_now",
        label: "It feels unstable now, or won't hold my weight",
        words: /\b(?:unstable|won't hold|wont hold)/,
      },
      // A kneecap still out is the deformity item of the red-flag list, asked first; once that
      // is answered "no", the remaining kneecap answers fit a tick.
      {
        field: "patellaDislocation",
        value: "went_back_first_time",
        label: "The kneecap slipped out and went back (the first time)",
        words: /\b(?:first time|went back|popped back)/,
        when: (intake) => intake.deformity === "no",
      },
      {
        field: "patellaDislocation",
        value: "recurrent",
        label: "The kneecap has slipped out before, more than once",
        words: /\b(?:before|more than once|again|keeps)/,
        when: (intake) => intake.deformity === "no",
      },
    ],
  },
  {
    id: "pain-pattern",
    prompt: "Do any of these apply? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes(
        "nightPain",
        "Constant pain at rest or at night that doesn't ease when I change position",
        /\b(?:night|constant|at rest)/,
      ),
      yes("effusionAfterActivity", "It puffs up after activity", /\b(?:puff\w*|swell\w*)/),
      yes(
        "otherJointsSwollen",
        "Other joints (fingers, wrists, ankles, toes) are swollen and stiff too",
        /\b(?:other joints?|fingers?|wrists?|ankles?|toes)/,
      ),
      yes(
        "backPainRadiating",
        "Back or buttock pain that spreads down the leg",
        /\b(?:back|buttocks?|sciatica|down (?:the|my) leg)/,
      ),
      yes(
        "limitsActivity",
        "It stops me doing my daily activities or my sport",
        /\b(?:stops? me|daily|sport|activities)/,
      ),
    ],
  },
  {
    id: "night-pain-history",
    prompt: "A few more, to be safe. Do any of these apply? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes("cancerHistory", "I have had cancer", /\bcancer/),
      yes("weightLoss", "I have lost weight without explanation", /\bweight/),
      yes("boneLump", "There is a hard lump on the bone near the knee", /\blump/),
    ],
  },
  {
    id: "child-hip",
    prompt: "Do any of these apply? Tick all that do.",
    noneLabel: NONE_OF_THESE,
    items: [
      yes("hipOrGroinPain", "Pain in the hip or groin as well", /\b(?:hip|groin)/),
      yes("limp", "Limping most of the time", /\blimp\w*/),
    ],
  },
];

/** The checklist that can ask this field, given what is known. */
export function checklistFor(field: IntakeField, intake: Intake): Checklist | undefined {
  return checklists.find((list) => list.items.some((item) => item.field === field && (item.when?.(intake) ?? true)));
}

/** The items of a checklist that ask these fields, given what is known. */
export function itemsFor(list: Checklist, fields: readonly IntakeField[], intake: Intake): ChecklistItem[] {
  return list.items.filter((item) => fields.includes(item.field) && (item.when?.(intake) ?? true));
}
