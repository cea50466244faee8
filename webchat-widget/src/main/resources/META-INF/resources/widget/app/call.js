/*
 * A call in the widget (WID-07, AV-01..03), imported by calling.js on the first call of the page: the call's panel
 * above the conversation (calling, incoming with Accept and Decline, the call with its video, Mute, Camera, Hang up
 * and duration), its call frames (calls.md) and its peer connection (peer.js). One call at a time per chat.
 */
import { localMedia, openPeer, ringTone } from '../peer.js';
import { clock, icon } from '../shared.js';
import './call-texts.js';
import { calling, renderCallButtons } from './calling.js';
import { chat } from './session.js';
import { h } from './dom.js';
import { toHost } from './host.js';
import { send } from './socket.js';
import { t } from './texts.js';
import { notice } from './thread.js';
import { chatView } from './views.js';

const css = h('link', { rel: 'stylesheet', href: new URL('../call.css', import.meta.url).href });
document.head.append(css);

const HANG_UP = 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z'; // turned down by call.css
const MIC = 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3';
const CAMERA = 'M3 6h12v12H3zM15 10l6-3v10l-6-3';

const button = (id, label, path, onclick) => h('button', { type: 'button', id, class: 'wc-icon', 'aria-label': label,
  title: label, onclick }, icon(path));

const remote = h('video', { id: 'wc-call-remote', autoplay: true, playsinline: true, 'aria-label': t('callRemote') });
const local = h('video', { id: 'wc-call-local', autoplay: true, playsinline: true, 'aria-label': t('callLocal') });
local.muted = true; // one's own voice is not played back (the attribute alone does not mute a created element)
const media = h('div', { class: 'wc-call-media', hidden: true }, remote, local);
const status = h('p', { id: 'wc-call-status', 'aria-live': 'polite' });
const time = h('span', { id: 'wc-call-time', class: 'wc-call-time' });
const acceptBtn = h('button', { type: 'button', id: 'wc-call-accept', class: 'wc-call-accept', text: t('callAccept'), onclick: accept });
const declineBtn = h('button', { type: 'button', id: 'wc-call-decline', class: 'wc-secondary', text: t('callDecline'), onclick: decline });
const muteBtn = button('wc-call-mute', t('callMute'), MIC, () => toggle(muteBtn, (on) => call.peer.setMuted(on)));
const cameraBtn = button('wc-call-camera', t('callCameraOff'), CAMERA, () => toggle(cameraBtn, (off) => call.peer.setCamera(!off)));
const hangUpBtn = button('wc-call-hangup', t('callHangUp'), HANG_UP, hangUp);
const panel = h('section', { id: 'wc-call', class: 'wc-call', 'aria-label': t('call'), hidden: true }, media,
  h('div', { class: 'wc-call-bar' }, status, time, acceptBtn, declineBtn, muteBtn, cameraBtn, hangUpBtn));
chatView.prepend(panel);

/*
 * The call on this page: {id (null until the server numbers the one this page starts), kind, from, media (the
 * local stream once granted), peer, ring, since, tick, answering}. null: none.
 */
let call = null;
let abandoned = false; // hung up before the server numbered it: the RINGING that comes is hung up at once
let held = null; // the agent called while this page's own call was being started: shown if this one goes

export async function start(kind) {
  if (call || chat.state !== 'ASSIGNED') {
    return;
  }
  abandoned = false;
  const mine = (call = { id: null, kind, from: 'customer' });
  busy(true);
  try {
    mine.media = await localMedia(kind); // before anybody rings: a refusal rings nobody
  } catch (e) {
    if (call === mine) {
      finish(mediaText(e, kind));
    }
    return;
  }
  if (call !== mine) {
    release(mine);
  } else if (send({ type: 'call-start', kind })) {
    show('calling', t('calling'));
    hangUpBtn.focus();
  } else {
    finish(t('callLost'));
  }
}

/** A call-state, call-signal or call error frame. */
export function frame(f) {
  if (f.type === 'call-state') {
    state(f);
  } else if (f.type === 'call-signal') {
    if (call && call.peer && f.call === call.id) {
      const { type, call: id, ...payload } = f;
      call.peer.receive(payload);
    }
  } else if (call && (f.call != null ? f.call === call.id : call.id == null)) {
    if (f.code === 'calls-off') {
      chat.calls = false;
    }
    finish(t({ 'calls-off': 'callsOff', 'no-agent': 'callNoAgent', 'call-busy': 'callBusy' }[f.code] || 'callEnded'));
  }
}

/** The socket went (the server ends a call whose endpoint closed) or the chat on screen did. */
export function gone() {
  if (call) {
    finish(call.media ? t('callLost') : ''); // a call still ringing here comes again with the next welcome
  }
}

function state(f) {
  const ours = f.from === 'customer' && f.here;
  if (call && call.id == null && !ours) {
    // Both sides called at once: the server refuses one of the two (call-busy).
    held = f.state !== 'ENDED' ? f : held && held.call === f.call ? null : held;
    return;
  }
  if (!call) {
    if (f.state === 'ENDED') {
      return;
    }
    if (abandoned && ours) {
      abandoned = false;
      send({ type: 'call-hangup', call: f.call });
      return;
    }
    call = { id: f.call, kind: f.kind, from: f.from };
    busy(true);
  } else if (call.id == null && ours) {
    call.id = f.call; // the answer to this page's call-start
  } else if (call.id !== f.call) {
    return; // one call per chat: another one can only be an old one's late news
  }
  call.kind = f.kind;
  if (f.state === 'ENDED') {
    finish(endText(f));
  } else if (f.state === 'RINGING' && ours) {
    show('calling', t('calling'));
  } else if (f.state === 'RINGING' && f.from === 'agent') {
    if (call.answering) {
      return; // told again after a reconnect: the answer is on its way
    }
    const text = t(f.kind === 'video' ? 'callIncomingVideo' : 'callIncomingAudio', { name: chat.agentName || t('agent') });
    if (panel.dataset.state !== 'incoming') {
      call.ring = ringTone();
      toHost('message', { from: 'agent', text }); // the preview tells of it while the panel is closed
    }
    show('incoming', text);
  } else if (f.state === 'ACTIVE' && f.here && call.media) {
    if (!call.peer) {
      connect(f);
    }
  } else if (f.state === 'ACTIVE' || !f.here) {
    stopRing();
    release(call); // another window answered first
    show('elsewhere', t('callElsewhere')); // answered or started in another tab or window of this chat
  }
}

function connect(f) {
  const id = call.id;
  const video = call.kind === 'video';
  stopRing();
  show('active', t('callConnecting'), video);
  local.hidden = !video || !call.media.getVideoTracks().length;
  local.srcObject = local.hidden ? null : call.media;
  cameraBtn.hidden = local.hidden; // a video call answered without a camera
  call.peer = openPeer({
    ice: f.ice,
    local: call.media,
    onRemote(stream) {
      if (remote.srcObject !== stream) {
        remote.srcObject = stream;
      }
      remote.play().catch(() => {}); // a play() that the next track interrupts is no failure
    },
    onSignal(payload) {
      send(Object.assign({ type: 'call-signal', call: id }, payload));
    },
    onState(s) {
      if (s === 'connected' && call && call.id === id && !call.since) {
        call.since = Date.now();
        status.textContent = t(video ? 'callVideo' : 'callAudio');
        tick();
        call.tick = setInterval(tick, 1000);
      } else if (s === 'failed' && call && call.id === id) {
        send({ type: 'call-hangup', call: id, failed: true });
        finish(t('callFailed'));
      }
    },
  });
  window.webchatCall = { pc: call.peer.pc }; // the browser tests read the connection's state and statistics
  if (call.from === 'customer') {
    call.peer.offer().catch((e) => console.warn('call offer', e)); // the caller offers (calls.md)
  }
}

async function accept() {
  const mine = call;
  if (!mine || mine.answering) {
    return;
  }
  mine.answering = true;
  stopRing();
  show('connecting', t('callConnecting'));
  try {
    mine.media = await localMedia(mine.kind);
  } catch (e) {
    // no camera for a video call: the customer still talks, and sees the agent
    mine.media = e.code === 'no-device' && mine.kind === 'video' ? await localMedia('audio').catch(() => null) : null;
    if (!mine.media) {
      if (call === mine) {
        send({ type: 'call-decline', call: mine.id });
        finish(mediaText(e, mine.kind));
      }
      return;
    }
  }
  if (call !== mine) {
    release(mine);
    return;
  }
  send({ type: 'call-answer', call: mine.id });
  hangUpBtn.focus();
}

function decline() {
  if (call) {
    send({ type: 'call-decline', call: call.id });
    finish('');
  }
}

function hangUp() {
  if (call) {
    if (call.id == null) {
      abandoned = true;
    } else {
      send({ type: 'call-hangup', call: call.id });
    }
    finish('');
  }
}

// The call is over on this page: everything goes, the header's buttons come back, and why shows as a notice.
function finish(why) {
  const was = call;
  call = null;
  stopRing(was);
  if (was) {
    clearInterval(was.tick);
    if (was.peer) {
      was.peer.close();
    }
    release(was);
  }
  delete window.webchatCall;
  remote.srcObject = local.srcObject = null;
  const hadFocus = panel.contains(document.activeElement);
  panel.hidden = true;
  panel.removeAttribute('data-state');
  busy(false);
  if (hadFocus) {
    document.getElementById(chat.state === 'ASSIGNED' ? 'wc-text' : 'wc-messages').focus();
  }
  if (why) {
    notice(why);
  }
  if (held) {
    const f = held;
    held = null;
    state(f);
  }
}

// The microphone and camera go back (the browser's recording sign goes out).
function release(which) {
  if (which.media) {
    which.media.getTracks().forEach((track) => track.stop());
    which.media = null;
  }
}

function busy(on) {
  calling.on = on;
  renderCallButtons();
}

// The panel in one of its states: which controls show follows from it.
function show(name, text, video) {
  const focused = document.activeElement;
  panel.dataset.state = name;
  panel.hidden = false;
  status.textContent = text;
  time.textContent = '';
  acceptBtn.hidden = declineBtn.hidden = name !== 'incoming';
  muteBtn.hidden = name !== 'active';
  cameraBtn.hidden = name !== 'active' || !video;
  hangUpBtn.hidden = name === 'incoming' || name === 'elsewhere';
  if (name !== 'active') {
    media.hidden = true;
    muteBtn.setAttribute('aria-pressed', 'false');
    cameraBtn.setAttribute('aria-pressed', 'false');
  } else {
    media.hidden = !video;
  }
  // The focus moves only off a control that went: an incoming call is announced (aria-live), it never takes the
  // focus from the text being written, where a key could answer it unawares.
  if (panel.contains(focused) && focused.hidden) {
    (hangUpBtn.hidden ? acceptBtn.hidden ? document.getElementById('wc-text') : acceptBtn : hangUpBtn).focus();
  }
}

function toggle(btn, apply) {
  const on = btn.getAttribute('aria-pressed') !== 'true';
  btn.setAttribute('aria-pressed', String(on));
  if (call && call.peer) {
    apply(on);
  }
}

function tick() {
  if (call && call.since) {
    time.textContent = clock(Math.floor((Date.now() - call.since) / 1000));
  }
}

function stopRing(which = call) {
  if (which && which.ring) {
    which.ring.stop();
    which.ring = null;
  }
}

function mediaText(e, kind) {
  return t(e.code === 'denied' ? 'callDenied' : e.code !== 'no-device' ? 'callUnsupported'
    : kind === 'video' ? 'callNoCamera' : 'callNoMic');
}

// Why a call ended, told when the customer did not end it themselves.
function endText(f) {
  const byAgent = f.endedBy === 'agent';
  const theirs = f.from === 'agent';
  switch (f.endReason) {
    case 'FAILED':
      return t('callFailed');
    case 'DECLINED':
      return byAgent ? t('callDeclined') : '';
    case 'NO_ANSWER':
      return t(theirs ? 'callMissed' : 'callNoAnswer');
    case 'CANCELLED':
      return theirs ? t('callMissed') : '';
    case 'HUNG_UP':
      return byAgent ? t('callHungUp') : '';
    case 'DISCONNECTED':
      return t('callLost');
    default:
      return t('callEnded'); // the chat ended, or went to another agent
  }
}
