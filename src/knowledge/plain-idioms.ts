// Idioms whose words mean something else read plainly before a message is searched: "can I knock the
// exercises on the head now?" is "can I stop the exercises now?", no blow to the head (whose words
// would lead to the emergency signs and count the head as another part of the body). "Knocked it on
// the head of the bed" or "on the head rest" is a knock.

// Only asked about ("can I knock them on the head?", "thinking of knocking the gym on the head"): "I
// knocked it on the head earlier" tells a knock.
const knockedOnTheHead =
  /\b((?:can|could|should|shall|do|must|to|gonna|might|may|thinking (?:of|about)|time to)\s+(?:i\s+|we\s+|you\s+)?(?:just\s+)?)knock(?:ing)? ((?:it|them|em|that|this|(?:the|my|all the|these|those) (?:\w+ )?(?:exercises?|stretches|stretching|rehab|routine|running|runs|training|physio|squats|bridges|gym))) on the head\b(?!\s*(?:of|rest|rests|board|boards|rail)\b)/gi;

/** The message with its idioms in plain words. */
export const withIdiomsPlain = (message: string): string => message.replace(knockedOnTheHead, "$1stop $2");
