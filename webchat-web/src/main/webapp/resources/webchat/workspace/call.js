/*
 * Audio and video calls with the customer (AV-01..03): what the server says of each call (call-state), the
 * agent's answer, its own calls, and the peer connection of the call this window is the endpoint of. The
 * media and the signalling are the shared widget/peer.js; call-ring.js rings, call-view.js draws.
 *
 * Only the socket that answered (or started) a call is its endpoint ("here"): other windows of the same agent
 * show the call as being in another window. The caller's endpoint makes the offer once the call is ACTIVE.
 */
import { localMedia, openPeer } from '../../../widget/peer.js';
import { select } from './conversation.js';
import { chats, keyOf } from './model.js';
import { notice } from './notice.js';
import { send } from './socket.js';
import { t } from './texts.js';
import { renderRing } from './call-ring.js';
import { attachMedia, renderCall } from './call-view.js';

const FIELDS = ['interaction', 'kind', 'from', 'state', 'rangAt', 'expiresAt', 'answeredAt', 'endedAt', 'endReason',
  'endedBy', 'here'];
const START_WAIT_MS = 10000; // the server answers a call-start at once: past this, the microphone is let go

export const calls = new Map(); // call id -> the call as last said, with this window's media and peer
let starting = null; // {interaction, kind, stream}: the agent's own call, between its click and its RINGING

const render = () => {
  renderRing();
  renderCall();
};

// The call this window is the endpoint of (ringing out or up); at most one.
export const liveCall = () => [...calls.values()].find((c) => c.here && c.state !== 'ENDED' && (c.state === 'ACTIVE'
  || c.from === 'agent')) || null;

// The call of a chat to show: the one ringing or up, else the last ended one until the agent dismisses it.
export function callOf(chatKey) {
  const mine = [...calls.values()].filter((c) => keyOf(c.interaction) === chatKey && !c.dismissed);
  return mine.find((c) => c.state !== 'ENDED') || mine[mine.length - 1] || null;
}

// The agent may call when the campaign allows it (ADV-12) and no call of its is ringing or up.
export const canStart = (chat) => !!(chat && chat.calls === true && !chat.ended && !starting
  && ![...calls.values()].some((c) => c.state !== 'ENDED' && (c.here || keyOf(c.interaction) === chat.key)));

export function onCallState(f) {
  if (f.call == null || f.interaction == null) {
    return;
  }
  const id = String(f.call);
  let c = calls.get(id);
  if (!c) {
    for (const [other, old] of calls) {
      if (old.state === 'ENDED' && (old.interaction === f.interaction || old.dismissed)) {
        calls.delete(other); // a new call of the chat replaces the last one's ended line
      }
    }
    c = { id, ref: f.call, muted: false, cameraOff: false, early: [] };
    calls.set(id, c);
  }
  for (const field of FIELDS) {
    if (f[field] !== undefined) {
      c[field] = f[field];
    }
  }
  c.here = f.here === true;
  if (f.ice) {
    c.ice = f.ice;
  }
  if (c.state === 'RINGING' && c.from === 'agent' && c.here && !c.local && starting
      && keyOf(starting.interaction) === keyOf(c.interaction)) {
    c.local = starting.stream; // the microphone (and camera) asked for before the call-start
    starting = null;
  }
  if (c.state === 'ACTIVE') {
    c.startedAt = c.startedAt || Date.now();
    if (c.here && !c.peer && !c.closedHere) {
      openCall(c);
    } else if (!c.here && c.local && !c.peer) {
      stopLocal(c); // another window answered first
    }
  }
  if (c.state === 'ENDED') {
    finish(c);
  }
  render();
}

export function onCallSignal(f) {
  const c = f.call == null ? null : calls.get(String(f.call));
  if (!c) {
    return;
  }
  const payload = { description: f.description, candidates: Array.isArray(f.candidates) ? f.candidates : undefined };
  if (c.peer) {
    c.peer.receive(payload);
  } else {
    c.early.push(payload);
  }
}

// A refused call frame: says why and lets go of what waited for it. True when the error was a call's.
export function onCallError(f) {
  const code = String(f.code || '');
  if (!['calls-off', 'call-busy', 'call-gone', 'no-agent'].includes(code)) {
    return false;
  }
  if (starting && (f.interaction == null || keyOf(f.interaction) === keyOf(starting.interaction))) {
    stopTracks(starting.stream);
    starting = null;
  }
  const c = f.call == null ? null : calls.get(String(f.call));
  if (c && c.state !== 'ENDED') {
    c.state = 'ENDED';
    finish(c);
  } else if (c) {
    c.accepting = false;
  }
  notice(t('error.' + code));
  render();
  return true;
}

// The agent calls the chat's customer: the media first (a refusal stops it here), then the call-start.
export async function startCall(chat, kind) {
  if (!canStart(chat)) {
    return;
  }
  const mine = { interaction: chat.id, kind, stream: null };
  starting = mine;
  render();
  try {
    mine.stream = await localMedia(kind);
  } catch (e) {
    starting = null;
    notice(mediaProblem(e) + ' ' + t('call.notStarted'));
    render();
    return;
  }
  if (starting !== mine || !send({ type: 'call-start', interaction: chat.id, kind })) {
    stopTracks(mine.stream);
    if (starting === mine) {
      starting = null;
      notice(t('error.offline'));
    }
    render();
    return;
  }
  setTimeout(() => {
    if (starting === mine) {
      stopTracks(mine.stream);
      starting = null;
      render();
    }
  }, START_WAIT_MS);
}

// Accept: the media first; a refused device declines the call, saying why.
export async function acceptCall(id) {
  const c = calls.get(id);
  if (!c || c.state !== 'RINGING' || c.accepting) {
    return;
  }
  c.accepting = true;
  render();
  try {
    c.local = await localMedia(c.kind);
  } catch (e) {
    c.accepting = false;
    notice(mediaProblem(e) + ' ' + t('call.declinedHere'));
    send({ type: 'call-decline', call: c.ref });
    render();
    return;
  }
  if (c.state !== 'RINGING' || !send({ type: 'call-answer', call: c.ref })) {
    if (c.state === 'RINGING') {
      notice(t('error.offline'));
    }
    c.accepting = false;
    stopLocal(c);
  } else if (chatOfCall(c)) {
    select(chatOfCall(c).key); // the call's pane is in its chat
  }
  render();
}

export function declineCall(id) {
  const c = calls.get(id);
  if (c && c.state === 'RINGING') {
    c.declining = true;
    send({ type: 'call-decline', call: c.ref });
    render();
  }
}

// Hang up (before an answer: cancels). What is here stops at once; the server's ENDED follows.
export function hangUp(id, failed) {
  const c = calls.get(id);
  if (!c || c.state === 'ENDED') {
    return;
  }
  send(failed ? { type: 'call-hangup', call: c.ref, failed: true } : { type: 'call-hangup', call: c.ref });
  closeHere(c);
  render();
}

export function toggleMute(id) {
  const c = calls.get(id);
  if (c && c.local) {
    c.muted = !c.muted;
    c.local.getAudioTracks().forEach((track) => { track.enabled = !c.muted; });
    renderCall();
  }
}

export function toggleCamera(id) {
  const c = calls.get(id);
  if (c && c.local) {
    c.cameraOff = !c.cameraOff;
    c.local.getVideoTracks().forEach((track) => { track.enabled = !c.cameraOff; });
    renderCall();
  }
}

// This window's socket closed: the server ends its calls (DISCONNECTED); their media stop here now.
export function socketLost() {
  for (const c of calls.values()) {
    if (c.here && c.state !== 'ENDED') {
      c.state = 'ENDED';
      c.endReason = 'DISCONNECTED';
      finish(c);
    }
  }
  if (starting) {
    stopTracks(starting.stream);
    starting = null;
  }
  render();
}

export function dismissCall(id) {
  const c = calls.get(id);
  if (c && c.state === 'ENDED') {
    c.dismissed = true;
    renderCall();
  }
}

export const chatOfCall = (c) => chats.get(keyOf(c.interaction)) || null;

function openCall(c) {
  const peer = openPeer({
    ice: c.ice,
    local: c.local || null,
    onRemote: (stream) => {
      c.remote = stream;
      attachMedia(c);
    },
    onSignal: (payload) => send(Object.assign({ type: 'call-signal', call: c.ref }, payload)),
    onState: (state) => {
      c.link = state;
      if (state === 'failed') {
        c.failedHere = true; // the reason shows at once; the server's ENDED FAILED follows
        hangUp(c.id, true);
      }
      renderCall();
    },
  });
  c.peer = peer;
  window.webchatCall = { pc: peer.pc, call: c.id }; // read by the browser tests
  attachMedia(c);
  for (const payload of c.early.splice(0)) {
    peer.receive(payload);
  }
  if (c.from === 'agent') {
    peer.offer().catch((e) => console.warn('call offer', e));
  }
}

function closeHere(c) {
  c.closedHere = true;
  if (c.peer) {
    c.peer.close(); // stops the local tracks too
    c.peer = null;
  }
  stopLocal(c);
  c.remote = null;
  if (window.webchatCall && window.webchatCall.call === c.id) {
    delete window.webchatCall;
  }
  attachMedia(c);
}

function finish(c) {
  c.accepting = false;
  closeHere(c);
}

function stopLocal(c) {
  stopTracks(c.local);
  c.local = null;
}

function stopTracks(stream) {
  if (stream) {
    stream.getTracks().forEach((track) => track.stop());
  }
}

function mediaProblem(e) {
  const code = e && e.code;
  return t(code === 'denied' ? 'call.media.denied' : code === 'no-device' ? 'call.media.noDevice' : 'call.media.unsupported');
}
