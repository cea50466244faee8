/*
 * Resilience (WID-09): the chat socket, reconnected with backoff and jitter, kept alive with pings and
 * dropped when silent; the outbox sent in order within the server's rate limit, and resent after a reconnect.
 */
import { chat, intents, link } from './session.js';
import { callGone } from './calling.js';
import { cfg, lang } from './config.js';
import { handlers } from './frames.js';
import { renderStatus } from './header.js';
import { outbox } from './store.js';

let ws = null;
let reconnectTimer = 0;
let lastFrameAt = 0;
let lastPingAt = 0;
const sentHere = new Set(); // outbox entries already sent on the current socket
let budget = 20;
let budgetAt = 0;
let flushTimer = 0;
export let quietTimer = 0;

export function connect() {
  clearTimeout(reconnectTimer);
  if (!ws && link.wanted && !link.offline) {
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + cfg.socket);
    ws = socket;
    lastFrameAt = lastPingAt = Date.now();
    socket.onopen = hello;
    socket.onmessage = (e) => {
      lastFrameAt = Date.now();
      let frame;
      try {
        frame = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      const handle = frame && Object.prototype.hasOwnProperty.call(handlers, frame.type) && handlers[frame.type];
      if (handle) {
        handle(frame);
      }
    };
    socket.onclose = () => {
      if (ws === socket) {
        closed();
      }
    };
  }
  renderStatus();
}

function closed() {
  ws = null;
  callGone(); // the server ends a call whose socket closed
  link.answered = false;
  sentHere.clear();
  if (link.wanted && !link.offline) {
    // 0.5 s doubling to 8 s, with jitter so that many widgets do not come back at once: back at most 10 s after the
    // server is (issue 16)
    const delay = Math.min(8000, 500 * 2 ** link.attempt) * (0.75 + Math.random() * 0.5);
    link.attempt++;
    reconnectTimer = setTimeout(connect, delay);
  }
  renderStatus();
}

// Closes at once, without waiting for a dead network's closing handshake.
export function drop() {
  if (ws) {
    const socket = ws;
    socket.onclose = socket.onmessage = socket.onopen = null;
    socket.close();
    closed();
  }
}

export function stopSocket() {
  link.wanted = false;
  clearTimeout(reconnectTimer);
  drop();
  renderStatus();
}

// An ended chat with nothing left to rate needs no socket; a short grace lets the last frames
// (history replay, the Comments message) arrive first.
export function closeSoon() {
  clearTimeout(quietTimer);
  quietTimer = setTimeout(stopSocket, 15000);
}

export function send(frame) {
  if (ws && ws.readyState === WebSocket.OPEN) {
    ws.send(JSON.stringify(frame));
    return true;
  }
  return false;
}

// Frames that only mean something inside an open chat.
export function sendInChat(frame) {
  return link.answered && !!chat.token && send(frame);
}

function hello() {
  lastFrameAt = Date.now();
  const f = { type: 'hello', v: 1, campaign: cfg.campaign, lastSeq: 0, language: lang };
  if (chat.token) {
    f.token = chat.token;
  } else if (intents.firstMessage) {
    f.first = true; // a start bot takes it as the initial message, not as an answer (BOT-02)
  }
  if (intents.arrival) {
    f.name = intents.arrival.name;
    if (intents.arrival.email) {
      f.email = intents.arrival.email;
    }
    if (intents.arrival.phone) {
      // The campaign's configurable field (ADV-14) travels as "extra": it may be a phone or an ID document.
      f.extra = intents.arrival.phone;
    }
  }
  if (/^https?:\/\//i.test(intents.pageUrl)) {
    f.pageUrl = intents.pageUrl.slice(0, 2000);
    intents.reportedUrl = intents.pageUrl;
  }
  if (cfg.hostOrigin) {
    f.host = cfg.hostOrigin;
  }
  send(f);
}

// Sends the outbox in order, at most ~4 frames a second past a burst: the server closes flooding sockets.
export function flushOutbox() {
  if (!link.answered || !chat.token || chat.state === 'ENDED') {
    return;
  }
  const now = Date.now();
  budget = Math.min(20, budget + (now - budgetAt) / 250);
  budgetAt = now;
  for (const m of outbox()) {
    if (sentHere.has(m.clientId)) {
      continue;
    }
    if (budget < 1) {
      clearTimeout(flushTimer);
      flushTimer = setTimeout(flushOutbox, 300);
      return;
    }
    budget--;
    sentHere.add(m.clientId);
    send({ type: 'message', clientId: m.clientId, text: m.text });
  }
}

// Everything not yet confirmed, again: the server stores a clientId once, so nothing doubles.
export function resendPending() {
  sentHere.clear();
  flushOutbox();
  if (intents.offlinePending) {
    send(Object.assign({ type: 'message' }, intents.offlinePending));
  }
  if (intents.endPending) {
    sendInChat({ type: 'end' });
  }
  if (intents.ratingPending) {
    sendInChat(Object.assign({ type: 'feedback' }, intents.ratingPending));
  }
}

setInterval(() => {
  const now = Date.now();
  if (!ws) {
    return;
  }
  if (now - lastFrameAt > 60000) {
    drop(); // silent for a minute: the connection is dead even if the browser has not noticed
  } else if (ws.readyState === WebSocket.OPEN && now - lastPingAt >= 25000) {
    lastPingAt = now;
    send({ type: 'ping' });
  }
}, 5000);
