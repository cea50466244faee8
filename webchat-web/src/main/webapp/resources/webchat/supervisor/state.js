/*
 * What the board's modules share: the campaigns the supervisor may watch and those it picked, the last board the
 * server sent, the server's clock, and the socket's state.
 */
const PICKED = 'webchat.supervision.campaigns';

export const board = {
  campaigns: [], // [{id, name}] of the supervisor's group, from hello
  frame: null, // the board as drawn: the last board frame with the changes since
  skew: 0, // the server's clock minus this browser's, in ms
};

/** The socket (see console/live-socket.js). */
export const link = { answered: false, everAnswered: false, attempt: 0, pongSeen: false };

// Now by the server's clock: every wait and chat ticks from the server's instants.
export const now = () => Date.now() + board.skew;

// The campaigns the supervisor picked, kept in this browser ([]: all of its group's).
export function picked() {
  try {
    const ids = JSON.parse(localStorage.getItem(PICKED) || '[]');
    return Array.isArray(ids) ? ids.filter((id) => Number.isSafeInteger(id) && id > 0) : [];
  } catch (e) {
    return [];
  }
}

export function pick(ids) {
  try {
    localStorage.setItem(PICKED, JSON.stringify(ids));
  } catch (e) {
    // private mode: the pick lasts this page
  }
}
