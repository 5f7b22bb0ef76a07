// Small line drawings for the self-examination questions, where words alone are hard to
// follow: where to press, and how to move. Constant markup of our own (no emoji font here),
// each with alt text; the highlighted part takes the clinic's brand colour from the CSS.

interface Figure {
  alt: string;
  art: string;
}

// A knee from the front: thigh, the joint, the shin; shared by the two "press here" drawings.
const kneeFront =
  '<path class="limb" d="M38 2 42 38Q36 49 43 60L46 88M82 2 78 38Q84 49 77 60L74 88"/><path class="line" d="M45 64Q60 69 75 64"/>';
// A fingertip coming in from the right to (x, y), with three short "press" marks.
const finger = (x: number, y: number) =>
  `<path class="finger" d="M118 ${y - 24}L${x + 4} ${y - 2}"/><path class="finger-fill" d="M118 ${y - 24}L${x + 4} ${y - 2}"/>` +
  `<path class="press" d="M${x - 2} ${y - 12}l-3-6M${x + 6} ${y - 13}l1-7M${x - 8} ${y - 5}l-6-2"/>`;

const figures: Record<string, Figure> = {
  tenderPatellaOnly: {
    alt: "A knee seen from the front, with a finger pressing on the kneecap, the flat bone at the front of the knee.",
    art: `${kneeFront}<ellipse class="spot" cx="60" cy="46" rx="11" ry="13"/>${finger(62, 46)}`,
  },
  tenderFibularHead: {
    alt: "A knee seen from the front, with a finger pressing the small bony bump just below the knee, on the outer side of the leg.",
    art: `${kneeFront}<ellipse class="line" cx="60" cy="46" rx="11" ry="13"/><circle class="spot" cx="77" cy="68" r="5"/>${finger(80, 68)}<text x="96" y="88" text-anchor="middle">outer side</text>`,
  },
  flexTo90: {
    alt: "A person sitting on a chair with the knee bent to a right angle and the foot flat on the floor.",
    art: '<path class="line" d="M24 6V88M24 52H76M28 52V88M72 52V88M2 88H118"/><circle class="limb" cx="40" cy="12" r="7"/><path class="limb" d="M40 20 42 47H86V86H98"/><path class="angle" d="M76 47V57H86"/>',
  },
  straightLegRaise: {
    alt: "A person lying on their back, lifting one leg off the bed with the knee kept straight.",
    art: '<path class="line" d="M2 76H118M6 76V86M114 76V86"/><circle class="limb" cx="12" cy="62" r="7"/><path class="limb" d="M20 66H102"/><path class="spot-line" d="M54 64 98 32l7 3"/><path class="press" d="M104 56Q110 48 108 40m-5 2 5-2 3 5"/>',
  },
};

export const FIGURE_FIELDS = Object.keys(figures);

/** The drawing for an intake field, as an image with alt text, or null when there is none. */
export function figureFor(field: string, small = false): HTMLElement | null {
  const figure = figures[field];
  if (!figure) return null;
  const wrapper = document.createElement("span");
  wrapper.className = `figure${small ? " figure-small" : ""}`;
  wrapper.innerHTML = `<svg viewBox="0 0 120 90" role="img" focusable="false"><title></title>${figure.art}</svg>`;
  // The alt text goes in as text, like everything else we render.
  const svg = wrapper.firstElementChild as SVGSVGElement;
  svg.setAttribute("aria-label", figure.alt);
  (svg.firstElementChild as Element).textContent = figure.alt;
  return wrapper;
}

/** The first field of a question or an option that has a drawing. */
export function figureField(fields: string[]): string | undefined {
  return fields.find((field) => field in figures);
}
