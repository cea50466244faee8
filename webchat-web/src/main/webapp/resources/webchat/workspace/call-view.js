/*
 * What the agent sees of a call (AV-03): audio and video buttons in the conversation's header (ADV-12), the call
 * pane above the thread (the customer's picture large, the agent's own small; Mute, Camera, Hang up; the
 * duration; why it ended), and, while the agent looks at another chat, a button in the top bar back to the call.
 * The media elements only ever hold this window's own call: its sound goes on whichever chat is on screen.
 */
import { callOf, calls, canStart, chatOfCall, dismissCall, hangUp, liveCall, startCall, toggleCamera,
  toggleMute } from './call.js';
import { select } from './conversation.js';
import { el, icon } from './dom.js';
import { clock } from './format.js';
import { connectionEl, moreBtn, thread } from './layout.js';
import { current, customerName } from './model.js';
import { hasText, t } from './texts.js';

const tool = (id, name, label, onClick, extra) => el('button', Object.assign({ type: 'button', id, class: 'ws-icon',
  'aria-label': label, title: label, click: onClick }, extra || {}), icon(name));

// The header's buttons: call the customer.
const audioBtn = tool('ws-call-audio', 'phone', t('call.startAudio'), () => startCall(current(), 'audio'));
const videoBtn = tool('ws-call-video', 'video', t('call.startVideo'), () => startCall(current(), 'video'));
const startBtns = el('div', { id: 'ws-call-start', class: 'ws-call-start', hidden: true }, [audioBtn, videoBtn]);

// The pane.
const statusEl = el('p', { id: 'ws-call-status', class: 'ws-call-status', role: 'status' });
const timeEl = el('span', { id: 'ws-call-time', class: 'ws-call-time', role: 'timer', 'aria-label': t('call.duration') });
const remoteVideo = el('video', { id: 'ws-call-remote', class: 'ws-call-remote', autoplay: true, playsinline: true,
  'aria-label': t('call.remote') });
const selfVideo = el('video', { id: 'ws-call-self', class: 'ws-call-self', autoplay: true, playsinline: true,
  muted: true, 'aria-label': t('call.self') });
selfVideo.muted = true; // the agent's own sound is never played back to it
const remoteAudio = el('audio', { id: 'ws-call-remote-audio', autoplay: true });
const media = el('div', { id: 'ws-call-media', class: 'ws-call-media', hidden: true }, [remoteVideo, selfVideo,
  remoteAudio]);
const muteBtn = el('button', { type: 'button', id: 'ws-call-mute', class: 'ws-btn', 'aria-pressed': 'false',
  click: () => shownCall && toggleMute(shownCall.id) }, [icon('mic'), el('span', { text: t('call.mute') })]);
const cameraBtn = el('button', { type: 'button', id: 'ws-call-camera', class: 'ws-btn', 'aria-pressed': 'false',
  click: () => shownCall && toggleCamera(shownCall.id) }, [icon('video'), el('span', { text: t('call.cameraOff') })]);
const hangupBtn = el('button', { type: 'button', id: 'ws-call-hangup', class: 'ws-btn ws-danger',
  click: () => shownCall && hangUp(shownCall.id) }, [icon('hangup'), el('span', { text: t('call.hangup') })]);
const dismissBtn = tool('ws-call-dismiss', 'close', t('close'), () => shownCall && dismissCall(shownCall.id));
const controls = el('div', { class: 'ws-call-controls' }, [muteBtn, cameraBtn, hangupBtn]);
const pane = el('section', { id: 'ws-call', class: 'ws-call', 'aria-label': t('call.label'), hidden: true }, [
  el('div', { class: 'ws-call-head' }, [statusEl, timeEl, dismissBtn]), media, controls]);

// The top bar's way back to the call.
const backBtn = el('button', { type: 'button', id: 'ws-call-back', class: 'ws-btn ws-call-back', hidden: true,
  click: () => {
    const chat = liveCall() && chatOfCall(liveCall());
    if (chat) {
      select(chat.key);
    }
  } });

let shownCall = null;
let ticker = 0;

export function installCallView() {
  moreBtn.parentElement.before(startBtns);
  thread.before(pane);
  connectionEl.after(backBtn);
}

// The media of this window's call into the elements (or out of them once it is over).
export function attachMedia(c) {
  const live = c.peer ? c : liveCall();
  const video = !!live && live.kind === 'video';
  setSource(remoteVideo, video && live.remote ? live.remote : null);
  setSource(remoteAudio, !video && live && live.remote ? live.remote : null);
  setSource(selfVideo, video && live.local ? live.local : null);
}

function setSource(element, stream) {
  if (element.srcObject !== stream) {
    element.srcObject = stream;
  }
  if (stream) {
    element.play().catch(() => {}); // autoplay: the agent's click on Accept or Call allows it
  }
}

export function renderCall() {
  const chat = current();
  const c = chat ? callOf(chat.key) : null;
  shownCall = c;
  startBtns.hidden = !chat || chat.calls !== true || chat.ended;
  audioBtn.disabled = videoBtn.disabled = !canStart(chat);
  pane.hidden = !c;
  if (c) {
    renderPane(c, chat);
  }
  const live = liveCall();
  backBtn.hidden = !live || (chat && live === c);
  if (live) {
    backBtn.textContent = t('call.back', customerName(chatOfCall(live)));
  }
  const ticking = [...calls.values()].some((x) => x.state === 'ACTIVE');
  if (ticking && !ticker) {
    ticker = setInterval(renderTime, 1000);
  } else if (!ticking && ticker) {
    clearInterval(ticker);
    ticker = 0;
  }
  renderTime();
}

function renderPane(c, chat) {
  const mine = c.here && c.state !== 'ENDED';
  const active = c.state === 'ACTIVE';
  pane.dataset.state = c.state;
  pane.dataset.kind = c.kind;
  pane.dataset.here = String(!!c.here);
  pane.dataset.reason = c.state === 'ENDED' ? String(c.endReason || '') : '';
  statusEl.textContent = statusOf(c, chat);
  media.hidden = !(mine && active) || c.kind !== 'video';
  controls.hidden = !mine;
  muteBtn.hidden = !active;
  cameraBtn.hidden = !active || c.kind !== 'video';
  muteBtn.setAttribute('aria-pressed', String(!!c.muted));
  muteBtn.lastChild.textContent = t(c.muted ? 'call.unmute' : 'call.mute');
  cameraBtn.setAttribute('aria-pressed', String(!!c.cameraOff));
  cameraBtn.lastChild.textContent = t(c.cameraOff ? 'call.cameraOn' : 'call.cameraOff');
  dismissBtn.hidden = c.state !== 'ENDED';
}

function statusOf(c, chat) {
  const who = customerName(chat);
  if (c.state === 'ENDED' || c.failedHere) {
    const reason = c.failedHere ? 'FAILED' : c.endReason;
    return t(hasText('call.ended.' + reason) ? 'call.ended.' + reason : 'call.ended.generic');
  }
  if (!c.here && (c.state === 'ACTIVE' || c.from === 'agent')) {
    return t('call.elsewhere');
  }
  if (c.state === 'RINGING') {
    return c.from === 'agent' ? t('call.ringing', who) : t(c.kind === 'video' ? 'call.incoming.video' : 'call.incoming.audio', who);
  }
  if (c.link !== 'connected') {
    return t('call.connecting');
  }
  return t(c.kind === 'video' ? 'call.active.video' : 'call.active.audio', who);
}

function renderTime() {
  const c = shownCall && shownCall.state === 'ACTIVE' ? shownCall : null;
  timeEl.hidden = !c;
  timeEl.textContent = c ? clock((Date.now() - c.startedAt) / 1000) : '';
  const live = liveCall();
  if (live && !backBtn.hidden && live.state === 'ACTIVE') {
    backBtn.textContent = t('call.back', customerName(chatOfCall(live))) + ' · ' + clock((Date.now() - live.startedAt) / 1000);
  }
}
