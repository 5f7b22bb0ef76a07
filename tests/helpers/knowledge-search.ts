import { testKnowledge } from "./test-app.js";

// What a visitor is shown for a message: the anchors of the passages the chat cites (best first),
// or nothing when the search refuses.

/** The anchors of the top three passages for a message (empty when it is refused). */
export const anchors = (message: string) =>
  testKnowledge()
    .search(message, 3)
    .map((result) => result.anchor);

/** Whether the search refuses a message ("I don't have information on that in our articles"). */
export const refused = (message: string) => testKnowledge().search(message, 3).length === 0;
