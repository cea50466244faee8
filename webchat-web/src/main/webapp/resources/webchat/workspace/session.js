/*
 * What several of the workspace's modules change: kept in two objects so that every module reads and writes
 * the same values.
 */

/** The agent's desk: the chat on screen, the break types, what waits for the server's word. */
export const desk = {
  selectedKey: null, // the chat on screen
  breakTypes: [],
  acceptingKey: null, // the offer being accepted, until its chat arrives
  pendingState: null, // the state the agent chose, until the server confirms it
  typingKey: null, // the chat the agent's typing=true went to
};

/** The socket. */
export const link = {
  answered: false, // this socket's hello has come
  everAnswered: false,
  attempt: 0, // reconnections since the last answer
  pongSeen: false, // this socket has answered a ping: silence can be judged
};
