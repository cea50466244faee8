/*
 * The agent socket (/ws/agent), kept connected by the consoles' live socket (reconnecting with backoff, pings, a
 * signed-out session): the outbox sent within the server's rate budget and resent after a reconnect.
 */
import { desk, link } from './session.js';
import { renderState } from './agentstate.js';
import { socketLost } from './call.js';
import { liveSocket, showStatus } from '../console/live-socket.js';
import { SOCKET_PATH, root } from './config.js';
import { el } from './dom.js';
import { waitingUploads } from './files.js';
import { handlers } from './frames.js';
import { connectionEl } from './layout.js';
import { chats } from './model.js';
import { notice } from './notice.js';
import { store } from './store.js';
import { t } from './texts.js';

const sentHere = new Set(); // outbox entries already sent on this socket
const queue = []; // frames waiting for the rate budget
let budget = 20;
let budgetAt = Date.now();
let drainTimer = 0;

const live = liveSocket({
  path: SOCKET_PATH,
  marker: 'id="workspace"',
  link,
  handlers: () => handlers,
  onClosed() {
    sentHere.clear();
    queue.length = 0;
    clearTimeout(drainTimer);
    socketLost(); // the server ends this socket's calls
    renderState();
  },
  onChange: () => renderConnection(),
  onSignedOut: () => showSignedOut(),
  onOnline() {
    for (const u of [...waitingUploads]) {
      u.retry(); // the network is back: no need to wait for the backoff
    }
  },
  ping: () => send({ type: 'ping' }, true),
});

export const connect = live.connect;

// The agent must sign in again (logged out by a supervisor): reloads to the login page; says whether it does.
export const signInAgain = live.signInAgain;

export function signedOut() {
  live.stop();
  showSignedOut();
}

function showSignedOut() {
  notice(t('signedOut'), el('button', { type: 'button', id: 'ws-reload', class: 'ws-btn', text: t('reload'),
    click: () => location.reload() }));
}

// The server takes 30 frames at once, then 10 a second (this pacing keeps to 4): past a burst, frames wait their turn here.
// A droppable frame (typing, ping) is not worth waiting for and is dropped instead.
export function send(frame, droppable) {
  if (live.status() !== 'connected') {
    return false;
  }
  const now = Date.now();
  budget = Math.min(20, budget + (now - budgetAt) / 250);
  budgetAt = now;
  if (queue.length || budget < 1) {
    if (droppable) {
      return false;
    }
    queue.push(frame);
    clearTimeout(drainTimer);
    drainTimer = setTimeout(drain, 260);
    return true;
  }
  budget--;
  return live.send(frame);
}

function drain() {
  const waiting = queue.splice(0);
  for (const frame of waiting) {
    send(frame); // in order: once one waits again, the rest queue behind it
  }
}

export function flushOutbox() {
  if (!link.answered) {
    return;
  }
  for (const chat of chats.values()) {
    if (chat.ended) {
      continue;
    }
    for (const m of store.outbox[chat.key] || []) {
      if (!sentHere.has(m.clientId)) {
        sentHere.add(m.clientId);
        send({ type: 'message', interaction: chat.id, clientId: m.clientId, text: m.text });
      }
    }
  }
}

// Everything not yet confirmed, again: the server stores a clientId once, so nothing doubles.
export function resendPending() {
  sentHere.clear();
  flushOutbox();
  for (const chat of chats.values()) {
    if (chat.ending && !chat.ended) {
      send({ type: 'end', interaction: chat.id });
    }
    if (chat.evaluating && chat.ended) {
      send(chat.evaluating);
    }
  }
}

// Where a chat's replay starts after a (re)connect: after the last message held; for a chat not yet
// opened since the page loaded, after what the agent had seen (the rest counts as unread), or from the
// start when it is the one on screen or was never seen.
export function resumeFrom(chat) {
  if (chat.loaded) {
    return chat.maxSeq;
  }
  if (chat.key === desk.selectedKey || !chat.seen) {
    chat.loaded = true;
    return 0;
  }
  return chat.seen;
}

export function renderConnection() {
  const s = live.status();
  showStatus(connectionEl, s, t('connection.' + s));
  root.classList.toggle('ws-disconnected', s !== 'connected');
}
