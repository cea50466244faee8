/*
 * The agent socket (/ws/agent): reconnecting with backoff, noticing a signed-out session, the outbox sent
 * within the server's rate budget and resent after a reconnect, pings.
 */
import { desk, link } from './session.js';
import { renderState } from './agentstate.js';
import { SOCKET_PATH, root } from './config.js';
import { el } from './dom.js';
import { waitingUploads } from './files.js';
import { handlers } from './frames.js';
import { connectionEl } from './layout.js';
import { chats } from './model.js';
import { notice } from './notice.js';
import { store } from './store.js';
import { t } from './texts.js';

let ws = null;
let reconnectTimer = 0;
let offline = navigator.onLine === false;
let stopped = false; // signed out: no more reconnecting
let openedAt = 0;
let lastFrameAt = 0;
let lastPingAt = 0;
let probing = false;
const sentHere = new Set(); // outbox entries already sent on this socket
const queue = []; // frames waiting for the rate budget
let budget = 20;
let budgetAt = Date.now();
let drainTimer = 0;

export function connect() {
  clearTimeout(reconnectTimer);
  if (ws || stopped || offline) {
    renderConnection();
    return;
  }
  let socket;
  try {
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + SOCKET_PATH);
  } catch (e) {
    scheduleReconnect();
    return;
  }
  ws = socket;
  link.answered = false;
  link.pongSeen = false;
  openedAt = lastFrameAt = lastPingAt = Date.now();
  socket.onmessage = (e) => {
    if (ws !== socket) {
      return;
    }
    lastFrameAt = Date.now();
    let frame;
    try {
      frame = JSON.parse(e.data);
    } catch (err) {
      return;
    }
    const handle = frame && typeof frame.type === 'string'
      && Object.prototype.hasOwnProperty.call(handlers, frame.type) && handlers[frame.type];
    if (handle) {
      handle(frame);
    }
  };
  socket.onclose = (e) => {
    if (ws !== socket) {
      return;
    }
    // 1008: the agent must sign in again (signed out, disabled, logged out by a supervisor, or its access changed).
    if (e.code === 1008 && signInAgain()) {
      return;
    }
    closed();
  };
  renderConnection();
}

function closed() {
  ws = null;
  link.answered = false;
  sentHere.clear();
  queue.length = 0;
  clearTimeout(drainTimer);
  scheduleReconnect();
  renderConnection();
  renderState();
}

function scheduleReconnect() {
  if (stopped || offline) {
    return;
  }
  // 0.5 s doubling to 10 s, with jitter so that a restarted server is not hit by every agent at once.
  const delay = Math.min(10000, 500 * 2 ** link.attempt) * (0.75 + Math.random() * 0.5);
  link.attempt++;
  clearTimeout(reconnectTimer);
  reconnectTimer = setTimeout(connect, delay);
  if (link.attempt === 3 || link.attempt % 10 === 0) {
    probeSession();
  }
}

// A socket that keeps failing may mean that the session is over: then this page's address answers with
// a redirect, a refusal or the sign-in form instead of the workspace.
function probeSession() {
  if (probing || !window.fetch) {
    return;
  }
  probing = true;
  fetch(location.href, { method: 'GET', credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
    .then(async (r) => {
      if (r.type === 'opaqueredirect' || r.status === 401 || r.status === 403
        || (r.ok && !(await r.text()).includes('id="workspace"'))) {
        signedOut();
      }
    })
    .catch(() => { /* the network: reconnecting says enough */ })
    .finally(() => { probing = false; });
}

// Reloading shows the login page; at most once a minute, so that a refusal the page cannot cure does not loop.
// Says whether it reloads.
export function signInAgain() {
  const lastReload = Number(sessionStorage.getItem('webchat.signInReload') || 0);
  if (Date.now() - lastReload <= 60000) {
    return false;
  }
  sessionStorage.setItem('webchat.signInReload', String(Date.now()));
  stopped = true;
  clearTimeout(reconnectTimer);
  drop();
  location.reload();
  return true;
}

export function signedOut() {
  stopped = true;
  clearTimeout(reconnectTimer);
  drop();
  renderConnection();
  notice(t('signedOut'), el('button', { type: 'button', id: 'ws-reload', class: 'ws-btn', text: t('reload'),
    click: () => location.reload() }));
}

// Closes at once, without waiting for a dead network's closing handshake.
function drop() {
  if (ws) {
    const socket = ws;
    socket.onclose = socket.onmessage = null;
    try {
      socket.close();
    } catch (e) {
      // already closing
    }
    closed();
  }
}

// The server takes 30 frames at once, then 5 a second: past a burst, frames wait their turn here.
// A droppable frame (typing, ping) is not worth waiting for and is dropped instead.
export function send(frame, droppable) {
  if (!ws || ws.readyState !== WebSocket.OPEN || !link.answered) {
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
  ws.send(JSON.stringify(frame));
  return true;
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

setInterval(() => {
  const now = Date.now();
  if (!ws) {
    return;
  }
  if (!link.answered && now - openedAt > 15000) {
    drop(); // no hello: this socket is stuck
  } else if (link.pongSeen && now - lastFrameAt > 60000) {
    drop(); // silent for a minute although the server answers pings: the connection is dead
  } else if (link.answered && now - lastPingAt >= 25000) {
    lastPingAt = now;
    send({ type: 'ping' }, true);
  }
}, 5000);

export function renderConnection() {
  const s = stopped ? 'signedOut' : offline ? 'offline' : link.answered ? 'connected'
    : link.everAnswered || link.attempt > 0 ? 'reconnecting' : 'connecting';
  if (connectionEl.dataset.state !== s) {
    connectionEl.dataset.state = s;
    connectionEl.textContent = t('connection.' + s); // only on change: a status is read out each time
  }
  root.classList.toggle('ws-disconnected', s !== 'connected');
}

window.addEventListener('offline', () => {
  offline = true;
  drop(); // at once: the indicator says so, and new messages wait in the outbox
  renderConnection();
});

window.addEventListener('online', () => {
  offline = false;
  link.attempt = 0;
  connect();
  for (const u of [...waitingUploads]) {
    u.retry(); // the network is back: no need to wait for the backoff
  }
});
