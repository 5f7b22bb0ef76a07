/** The server refuses longer messages (src/chat/turn/chat-request.ts); the input stops there first. */
export const MAX_MESSAGE_CHARS = 2000;
