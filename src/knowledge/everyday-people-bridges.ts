import type { Bridge } from "./everyday-word-bridges.js";

// Everyday words for who the knee belongs to and who sees it: "my son" is the articles' child,
// "PT" their physical therapist, "A&E" their emergency (a part of everyday-word-bridges.ts, kept
// apart for its length).
export const peopleAndPlaceBridges: Bridge[] = [
  {
    visitor: [
      "son",
      "daughter",
      "grandson",
      "granddaughter",
      "grandchild",
      "grandchildren",
      "grandkids",
      "children",
      "childrens",
      "kid",
      "kids",
      "teen",
      "teens",
      "teenager",
      "teenage",
      "boy",
      "girl",
    ],
    article: ["child", "teenager"],
  },
  { visitor: ["looked at", "checked out", "seen to", "get it checked", "seen by"], article: ["assessment", "checked"] },
  { visitor: ["pt", "pts", "physiotherapist", "physiotherapists"], article: ["physical", "therapist"] },
  { visitor: ["gp", "doc", "dr"], article: ["doctor"] },
  {
    visitor: ["emergency room", "er", "a&e", "a and e", "casualty", "hospital", "walk in", "999"],
    article: ["emergency", "urgent"],
  },
];
