// Idioms whose words mean something else read plainly before a message is searched: "can I knock the
// exercises on the head now?" is "can I stop the exercises now?", no blow to the head (whose words
// would lead to the emergency signs and count the head as another part of the body). "Knocked it on
// the head of the bed" or "on the head rest" is a knock.

// Only asked about ("can I knock them on the head?", "thinking of knocking the gym on the head"): "I
// knocked it on the head earlier" tells a knock.
const knockedOnTheHead =
  /\b((?:can|could|should|shall|do|must|to|gonna|might|may|thinking (?:of|about)|time to)\s+(?:i\s+|we\s+|you\s+)?(?:just\s+)?)knock(?:ing)? ((?:it|them|em|that|this|(?:the|my|all the|these|those) (?:\w+ )?(?:exercises?|stretches|stretching|rehab|routine|running|runs|training|physio|squats|bridges|gym))) on the head\b(?!\s*(?:of|rest|rests|board|boards|rail)\b)/gi;

// "Physio says I overstride", "my physio noticed my ankle barely bends": what a physio said is
// searched by what was said; the physio who said it is the teller, not the topic (their word led to
// what a physio does). Not where the physio's own treatment follows: sessions, appointments, visits,
// coming back, weeks or months of it.
const physioTells =
  /\b(?:my |the |a |our |his |her |new )?(?:physio|physiotherapist|physical therapist|pt|therapist)\s+(?:says|said|reckons|thinks|thought|told me|tells me|mentioned|noticed)(?: that)?\b(?!(?:\s+\S+){0,6}?\s+(?:sessions?|appointments?|come back|weeks?|months?|visits?|treatment|physio)\b)/gi;

/** The message with its idioms in plain words, and a physio's words told without the physio. */
export const withIdiomsPlain = (message: string): string =>
  message.replace(knockedOnTheHead, "$1stop $2").replace(physioTells, "I'm told");
