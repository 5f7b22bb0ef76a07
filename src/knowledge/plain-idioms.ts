// Idioms whose words mean something else read plainly before a message is searched: "can I knock the
// exercises on the head now?" is "can I stop the exercises now?", no blow to the head (whose words
// would lead to the emergency signs and count the head as another part of the body). "Knocked it on
// the head of the bed" or "on the head rest" is a knock.

// Only asked about ("can I knock them on the head?", "thinking of knocking the gym on the head"): "I
// knocked it on the head earlier" tells a knock.
const knockedOnTheHead =
  /\b((?:can|could|should|shall|do|must|to|gonna|might|may|thinking (?:of|about)|time to)\s+(?:i\s+|we\s+|you\s+)?(?:just\s+)?)knock(?:ing)? ((?:it|them|em|that|this|(?:the|my|all the|these|those) (?:\w+ )?(?:exercises?|stretches|stretching|rehab|routine|running|runs|training|physio|squats|bridges|gym))) on the head\b(?!\s*(?:of|rest|rests|board|boards|rail)\b)/gi;

// "when should i actually bother seeing a physio?": whether to see someone, not a knee that is
// bothered ("exercises that won't bother my knee" keep it), nor waiting or stopping ("bother seeing
// how it goes", "bother calling it a day"), nor going to A&E for a scan.
const botherToAct =
  /\b((?:should|shall|do|would) (?:i|we|he|she|they)|worth|when to) ((?:actually|even|really|ever) )?bother(?:ing)? (?=(?:seeing|booking in with|calling|ringing) (?:a|an|the|my|our|his|her|someone|somebody|anyone|physio|doctor|gp)\b)/gi;

/** The message with its idioms in plain words. */
export const withIdiomsPlain = (message: string): string =>
  message.replace(knockedOnTheHead, "$1stop $2").replace(botherToAct, "$1 $2");
