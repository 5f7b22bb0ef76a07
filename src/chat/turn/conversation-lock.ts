// Turns on one conversation run one at a time within this process, so two racing requests
// never interleave. Across Workers isolates the unique (conversation, seq) index catches it.

const tails = new Map<string, Promise<void>>();

/** Wait for earlier turns on this conversation; call the returned function when done. */
export async function acquireConversationLock(conversationId: string): Promise<() => void> {
  const previous = tails.get(conversationId) ?? Promise.resolve();
  let release!: () => void;
  const current = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => current);
  tails.set(conversationId, tail);
  await previous;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
    if (tails.get(conversationId) === tail) tails.delete(conversationId);
  };
}
