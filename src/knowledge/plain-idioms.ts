// Idioms whose words mean something else read plainly before a message is searched: "can I knock the
// exercises on the head now?" is "can I stop the exercises now?", no blow to the head (whose words
// would lead to the emergency signs and count the head as another part of the body). "Knocked it on
// the head of the bed" or "on the head rest" is a knock.

const knockedOnTheHead =
  /\bknock(?:ed|ing)? ((?:it|them|em|that|this|(?:the|my|all the|these|those) (?:\w+ )?(?:exercises?|stretches|stretching|rehab|routine|running|runs|training|physio|squats|bridges|gym))) on the head\b(?!\s*(?:of|rest|rests|board|boards|rail)\b)/gi;

/** The message with its idioms in plain words. */
export const withIdiomsPlain = (message: string): string => message.replace(knockedOnTheHead, "stop $1");
