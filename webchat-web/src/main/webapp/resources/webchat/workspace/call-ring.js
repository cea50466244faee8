/*
 * A customer's call rings the agent at once (AV-02): a ring made with Web Audio, a banner over the whole
 * workspace naming the customer and the kind of call, with Accept and Decline, and a browser notification while
 * the page is hidden. The ring stops when the call is answered (in any window), declined, ended, or its ringing
 * time is over.
 */
import { ringTone } from '../../../widget/peer.js';
import { notify } from './alerts.js';
import { acceptCall, calls, declineCall } from './call.js';
import { cfg, root } from './config.js';
import { el, icon } from './dom.js';
import { chats, customerName, keyOf } from './model.js';
import { t } from './texts.js';

const text = el('span', { id: 'ws-ring-text', class: 'ws-ring-text' });
const acceptBtn = el('button', { type: 'button', id: 'ws-ring-accept', class: 'ws-btn ws-primary',
  click: () => shown && acceptCall(shown.id) }, [icon('phone'), el('span', { text: t('call.accept') })]);
const declineBtn = el('button', { type: 'button', id: 'ws-ring-decline', class: 'ws-btn ws-danger',
  click: () => shown && declineCall(shown.id) }, [icon('hangup'), el('span', { text: t('call.decline') })]);
const banner = el('div', { id: 'ws-ring', class: 'ws-ring', role: 'alertdialog', 'aria-labelledby': 'ws-ring-text',
  hidden: true }, [el('span', { class: 'ws-ring-icon', 'aria-hidden': 'true' }, icon('phone')), text, acceptBtn,
  declineBtn]);

let shown = null; // the call the banner offers
let focusBefore = null; // where the focus was before the banner took it
let tone = null;
let expiryTimer = 0;
const notified = new Map(); // call id -> its browser notification (null when none was shown)

const expired = (c) => c.expiresAt && Date.parse(c.expiresAt) <= Date.now();

// The customer's calls still ringing, unanswered here: the oldest one is offered first.
const ringing = () => [...calls.values()].filter((c) => c.state === 'RINGING' && c.from === 'customer'
  && !c.declining && !expired(c));

export function installRing() {
  root.append(banner);
}

export function renderRing() {
  const waiting = ringing();
  const next = waiting[0] || null;
  const before = shown;
  shown = next;
  banner.hidden = !next;
  root.classList.toggle('ws-ringing', !!next);
  if (next) {
    const chat = chats.get(keyOf(next.interaction));
    const who = customerName(chat || { customer: null });
    text.textContent = t(next.kind === 'video' ? 'call.incoming.video' : 'call.incoming.audio', who);
    acceptBtn.disabled = declineBtn.disabled = !!next.accepting;
    acceptBtn.setAttribute('aria-label', t('call.acceptLabel', who));
    declineBtn.setAttribute('aria-label', t('call.declineLabel', who));
    banner.dataset.call = next.id;
    banner.dataset.kind = next.kind;
    if (!notified.has(next.id)) {
      notified.set(next.id, notify(t(next.kind === 'video' ? 'call.notify.video' : 'call.notify.audio'), who,
        chat ? chat.key : 'call-' + next.id, true));
    }
    // Keyboard: the banner takes the focus unless the agent is writing (an Enter must not answer a call).
    if (before !== next && !isTyping()) {
      focusBefore = banner.contains(document.activeElement) ? focusBefore : document.activeElement;
      acceptBtn.focus();
    }
  } else if (before && (banner.contains(document.activeElement) || document.activeElement === document.body)) {
    if (focusBefore && focusBefore.isConnected && typeof focusBefore.focus === 'function') {
      focusBefore.focus(); // the banner is gone: back to where the agent was
    }
    focusBefore = null;
  }
  for (const [id, shownThere] of notified) {
    if (!waiting.some((c) => c.id === id)) {
      if (shownThere) {
        shownThere.close(); // answered, declined or over: it no longer asks for anything
      }
      notified.delete(id);
    }
  }
  const sound = waiting.some((c) => !c.accepting);
  if (sound && !tone && cfg.sounds !== false) {
    tone = ringTone();
  } else if (!sound && tone) {
    tone.stop();
    tone = null;
  }
  clearTimeout(expiryTimer);
  const ends = waiting.map((c) => Date.parse(c.expiresAt)).filter((at) => !Number.isNaN(at));
  if (ends.length) {
    expiryTimer = setTimeout(renderRing, Math.max(0, Math.min(...ends) - Date.now()) + 50);
  }
}

function isTyping() {
  const a = document.activeElement;
  return !!a && (a.tagName === 'TEXTAREA' || (a.tagName === 'INPUT' && a.type !== 'button') || a.isContentEditable);
}
