/*
 * Screen monitoring, the agent's side (SUP-12). Browsers share a screen only at the person's gesture and choice, so
 * an agent whose configuration allows monitoring (hello.screenMonitoring) is offered, in a banner, to share its
 * screen once; a supervisor's watch (screen-watch) then gets it at once. An agent who has not shared is asked when a
 * supervisor wants to watch, and may decline. While watched, the banner says who watches, plainly; the screen goes
 * one way, to the supervisor, through the shared peer.js. Stopping the share (here or in the browser's own bar)
 * stops every watch.
 */
import { openPeer } from '../../../widget/peer.js';
import { el } from './dom.js';
import { handlers } from './frames.js';
import { alertsPrompt } from './layout.js';
import { send } from './socket.js';
import { t } from './texts.js';

let allowed = false;
let shared = null; // the MediaStream of the shared screen
const watches = new Map(); // watch id -> {supervisor, peer?}
const asking = new Map(); // watch id -> {supervisor, ice}: waiting for the agent to share

const text = el('span', { id: 'ws-screen-text' });
const shareBtn = el('button', { type: 'button', id: 'ws-screen-share', class: 'ws-btn ws-primary', text: t('screen.share'),
  click: () => share() });
const stopBtn = el('button', { type: 'button', id: 'ws-screen-stop', class: 'ws-btn', text: t('screen.stop'),
  click: () => unshare() });
const notNowBtn = el('button', { type: 'button', id: 'ws-screen-not-now', class: 'ws-btn', text: t('screen.notNow'),
  click: () => decline() });
const banner = el('div', { id: 'ws-screen', class: 'ws-banner ws-screen', role: 'status', hidden: true },
  [text, shareBtn, notNowBtn, stopBtn]);
alertsPrompt.after(banner);

function render() {
  const watchers = [...watches.values()].map((w) => w.supervisor);
  const asker = [...asking.values()].map((w) => w.supervisor)[0];
  banner.hidden = !allowed;
  banner.classList.toggle('ws-screen-watched', watchers.length > 0);
  text.textContent = watchers.length ? t('screen.watched', watchers.join(', '))
    : asker && !shared ? t('screen.asked', asker)
      : shared ? t('screen.shared') : t('screen.offer');
  shareBtn.hidden = !!shared;
  notNowBtn.hidden = !!shared || !asker;
  stopBtn.hidden = !shared;
}

async function share() {
  try {
    shared = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
  } catch (e) {
    shared = null;
    text.textContent = t('screen.denied');
    decline();
    return;
  }
  shared.getVideoTracks().forEach((track) => track.addEventListener('ended', () => unshare()));
  for (const [watch, ask] of asking) {
    asking.delete(watch);
    offer(watch, ask.supervisor, ask.ice);
  }
  render();
}

function unshare() {
  for (const watch of watches.keys()) {
    send({ type: 'screen-stop', watch });
    close(watch);
  }
  if (shared) {
    shared.getTracks().forEach((track) => track.stop());
  }
  shared = null;
  render();
}

function decline() {
  for (const watch of asking.keys()) {
    send({ type: 'screen-unavailable', watch });
  }
  asking.clear();
  render();
}

// The screen goes out on a copy of the shared stream: a watch's end stops the copy, never the share.
function offer(watch, supervisor, ice) {
  const peer = openPeer({
    ice,
    local: shared.clone(),
    onRemote: () => {},
    onSignal: (payload) => send(Object.assign({ type: 'screen-signal', watch }, payload)),
    onState: (state) => {
      if (state === 'failed') {
        send({ type: 'screen-stop', watch });
        close(watch);
      }
    },
  });
  watches.set(watch, { supervisor, peer });
  window.webchatScreen = { pc: peer.pc, watch };
  peer.offer();
  render();
}

function close(watch) {
  const w = watches.get(watch);
  if (w && w.peer) {
    w.peer.close();
  }
  watches.delete(watch);
  asking.delete(watch);
  if (!watches.size) {
    window.webchatScreen = null;
  }
  render();
}

const hello = handlers.hello;
handlers.hello = (f) => {
  hello(f);
  allowed = f.screenMonitoring === true;
  // A new socket: the server stopped the watches of the old one.
  [...watches.keys()].forEach(close);
  asking.clear();
  render();
};

handlers['screen-watch'] = (f) => {
  const watch = String(f.watch);
  const supervisor = String(f.supervisor || '');
  if (shared) {
    offer(watch, supervisor, f.ice);
  } else {
    asking.set(watch, { supervisor, ice: f.ice });
    render();
  }
};

handlers['screen-signal'] = (f) => {
  const w = watches.get(String(f.watch));
  if (w) {
    w.peer.receive({ description: f.description, candidates: f.candidates });
  }
};

handlers['screen-stopped'] = (f) => close(String(f.watch));
