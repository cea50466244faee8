/*
 * The conversation: each message once, in seq order, with its delivery tick; attachments and notices.
 */
import * as shared from '../shared.js';
import { cfg, lang } from './config.js';
import { h } from './dom.js';
import { store, unqueue, writeStore } from './store.js';
import { t } from './texts.js';

// 3-5. The conversation.
// A list that is a polite live region (not role="log", under which its items would no longer be list items).
export const list = h('ol', { id: 'wc-messages', 'aria-live': 'polite', 'aria-label': t('messages'), tabindex: 0 });
export const typingEl = h('p', { id: 'wc-typing', hidden: true });
export const noticeEl = h('p', { id: 'wc-notice', role: 'status' });

export const shown = new Map(); // seq -> li: each seq is rendered once
export const pending = new Map(); // clientId -> li of a message the server has not confirmed yet

function linkify(text) {
  return shared.linkify(text);
}

export function buildMessage(f, state) {
  // A supervisor who joined the chat (barge-in) speaks like an agent, always by name; so does a bot (BOT-01).
  const sup = f.from === 'supervisor';
  const from = sup ? 'agent' : ['customer', 'agent', 'system', 'bot'].includes(f.from) ? f.from : 'system';
  const li = h('li', { class: 'wc-msg wc-from-' + from, 'data-seq': f.seq, 'data-client-id': f.clientId });
  if (from === 'customer') {
    li.append(h('span', { class: 'wc-sr', text: t('you') + ': ' }));
  } else if (from !== 'system') {
    const name = (sup || from === 'bot' || cfg.showAgentName) && f.name;
    li.append(h('span', { class: name ? 'wc-name' : 'wc-sr', text: name || t(from === 'bot' ? 'bot' : 'agent') + ': ' }));
  }
  if (f.text) {
    li.append(h('div', { class: 'wc-text' }, ...linkify(String(f.text))));
  }
  if (f.attachment) {
    li.append(attachment(f.attachment));
  }
  const meta = h('div', { class: 'wc-meta' });
  const at = f.at && new Date(f.at);
  if (at && !isNaN(at)) {
    meta.append(h('time', { datetime: f.at, text: at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }) }));
  }
  if (from === 'customer') {
    meta.append(h('span', { class: 'wc-tick', role: 'img' }));
    li.append(meta);
    setTick(li, state);
  } else if (meta.firstChild) {
    li.append(meta);
  }
  return li;
}

/** The url if it is one of this server's (an attachment, a bot's picture), else ''. */
export function ownUrl(url) {
  try {
    const u = typeof url === 'string' && url && new URL(url, location.href);
    return u && u.origin === location.origin ? u.href : '';
  } catch (e) {
    return ''; // not a url
  }
}

// Attachment urls are the server's own; anything else is shown as a plain name.
function attachment(a) {
  const name = String(a.name || '');
  const url = ownUrl(a.url);
  if (!url) {
    return h('span', { class: 'wc-file', text: name });
  }
  if (a.kind === 'audio') {
    return h('audio', { class: 'wc-audio', controls: true, preload: 'none', src: url, 'aria-label': t('audio') });
  }
  if (/^image\//.test(a.type)) {
    return h('a', { class: 'wc-thumb', href: url, target: '_blank', rel: 'noopener noreferrer' },
      h('img', { src: url, alt: name, loading: 'lazy' }));
  }
  return h('a', { class: 'wc-file', href: url, download: name, rel: 'noopener noreferrer' },
    name, h('span', { class: 'wc-size', text: ' (' + humanSize(a.size) + ')' }));
}

export function humanSize(bytes) {
  return shared.humanSize(bytes, lang);
}

export function setTick(li, state) {
  li.dataset.state = state;
  const tick = li.querySelector('.wc-tick');
  tick.textContent = { sending: '✓', stored: '✓✓', failed: '!' }[state];
  tick.setAttribute('aria-label', t(state));
}

// Keeps the list in seq order; pending messages (no seq yet) stay at the bottom.
export function place(li) {
  const seq = Number(li.dataset.seq);
  let before = null;
  for (const el of list.children) {
    if (el !== li && (el.dataset.seq ? Number(el.dataset.seq) > seq : !el.classList.contains('wc-welcome'))) {
      before = el;
      break;
    }
  }
  list.insertBefore(li, before);
}

export const nearBottom = () => list.scrollHeight - list.scrollTop - list.clientHeight < 60;
export const scrollDown = () => { list.scrollTop = list.scrollHeight; };

export function addPending(clientId, text) {
  const li = buildMessage({ from: 'customer', clientId, text, at: new Date().toISOString() }, 'sending');
  pending.set(clientId, li);
  list.append(li);
  scrollDown();
  return li;
}

export function settle(li, seq) {
  pending.delete(li.dataset.clientId);
  if (shown.has(seq)) {
    li.remove();
    return;
  }
  li.dataset.seq = seq;
  setTick(li, 'stored');
  shown.set(seq, li);
  place(li);
}

/**
 * A message the server will never store (a chat that has ended, a refused text): out of the outbox for good, so
 * that neither a retry nor a reload sends it again, and marked as not sent with the reason (issue 11, point 3).
 * Says whether the message was this tab's.
 */
export function markNotSent(clientId, reason) {
  const queued = unqueue(clientId);
  const li = pending.get(clientId);
  if (li) {
    pending.delete(clientId);
    setTick(li, 'failed');
    li.querySelector('.wc-meta').before(h('p', { class: 'wc-why', text: reason }));
  }
  return queued || !!li;
}

export function noteSeq(seq) {
  if (seq > (store.lastSeq || 0)) {
    writeStore({ lastSeq: seq });
  }
}

export function renderWelcome() {
  let li = list.querySelector('.wc-welcome');
  if (!store.welcome) {
    if (li) {
      li.remove();
    }
  } else if (!li) {
    li = buildMessage({ from: 'system', text: store.welcome });
    li.classList.add('wc-welcome');
    list.prepend(li);
  }
}

let noticeTimer = 0;

/** The notice goes at once (a file's error has nothing to say once the chat has ended). */
export function clearNotice() {
  clearTimeout(noticeTimer);
  noticeEl.textContent = '';
}

export function notice(text) {
  noticeEl.textContent = text;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { noticeEl.textContent = ''; }, 8000);
}
