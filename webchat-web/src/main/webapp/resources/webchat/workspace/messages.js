/*
 * The conversation's messages: each stored message once per seq, in order, the agent's unconfirmed ones
 * at the bottom with their delivery state; attachments; a supervisor's, named, and its whisper marked as
 * the agent's alone (issue 12); a bot's, under its name with its question's buttons, and its note for the
 * agents marked as theirs alone (issue 15, point 5).
 */
import { desk } from './session.js';
import { markSeen, nearBottom, renderTyping, scrollDown } from './conversation.js';
import { el, linkify, ownUrl } from './dom.js';
import { waitingUploads } from './files.js';
import { humanSize, millis, timeOf } from './format.js';
import { renderInboxSoon } from './inbox.js';
import { chats, customerName, me } from './model.js';
import { save, store } from './store.js';
import { t } from './texts.js';

// The conversation's list; replaced whole when another chat is shown (see rebuildMessages).
// A list that is a polite live region (not role="log", under which its items would no longer be list items).
export let messagesEl = el('ol', { id: 'ws-messages', class: 'ws-messages', 'aria-live': 'polite',
  'aria-label': t('messages') });

const FROM = ['customer', 'agent', 'system', 'supervisor', 'bot'];

// "Bot Ana" (BOT-01); a bot removed since is only "Bot".
export const botName = (name) => (name ? t('from.bot', String(name)) : t('bot.unnamed'));

// state: 'sending' | 'stored' | 'failed' for the agent's own messages; readOnly for earlier conversations.
export function messageItem(chat, m, state, readOnly) {
  const from = state === 'sending' || state === 'failed' ? 'agent' : FROM.includes(m.from) ? m.from : 'system';
  const whisper = from === 'supervisor' && m.internal === true;
  const botNote = from === 'bot' && m.internal === true; // the summary and reason of its hand-off
  const li = el('li', { class: 'ws-msg ws-from-' + from + (whisper ? ' ws-whisper' : '') + (botNote ? ' ws-bot-note' : ''),
    'data-seq': m.seq, 'data-client-id': readOnly ? null : m.clientId });
  const mine = from === 'agent' && (state === 'sending' || !m.name || m.name === me.name);
  if (from === 'customer') {
    li.append(el('span', { class: 'ws-sr', text: t('from.customer', customerName(chat)) + ' ' }));
  } else if (from === 'agent') {
    li.append(mine ? el('span', { class: 'ws-sr', text: t('from.you') + ' ' })
      : el('span', { class: 'ws-name', text: String(m.name) }));
  } else if (from === 'supervisor') {
    li.append(el('span', { class: 'ws-name', text: t('from.supervisor', m.name || '') }));
    if (whisper) {
      li.append(el('span', { class: 'ws-whisper-mark', text: t('whisper.onlyYou') })); // never the customer's
    }
  } else if (from === 'bot') {
    li.append(el('span', { class: 'ws-name', text: botName(m.name) }));
    if (botNote) {
      li.append(el('span', { class: 'ws-whisper-mark', text: t('bot.note') })); // never the customer's
    }
  }
  if (m.text) {
    li.append(el('div', { class: 'ws-text' }, linkify(String(m.text))));
  }
  if (from === 'bot' && Array.isArray(m.options) && m.options.length) {
    // The buttons the customer was offered: their labels, as text.
    li.append(el('p', { class: 'ws-bot-options', text: t('bot.options', m.options.map(String).join(' · ')) }));
  }
  if (m.attachment) {
    li.append(attachmentView(m.attachment));
  }
  if (state === 'failed' && m.why) {
    li.append(el('p', { class: 'ws-why', text: m.why }));
  }
  if (m.upload) {
    li.append(el('div', { class: 'ws-text ws-file-name', text: m.name }),
      el('progress', { class: 'ws-progress', max: '1', value: String(m.progress || 0), 'aria-label': t('delivery.sending') }));
  }
  const meta = el('div', { class: 'ws-meta' });
  const time = timeOf(m.at);
  if (time) {
    meta.append(el('time', { datetime: typeof m.at === 'string' ? m.at : new Date(millis(m.at)).toISOString(), text: time }));
  }
  if (from === 'agent' && !readOnly) {
    const s = state || 'stored';
    li.dataset.state = s;
    meta.append(el('span', { class: 'ws-tick', role: 'img', 'aria-label': t('delivery.' + s),
      text: { sending: '✓', stored: '✓✓', failed: '!' }[s] }));
  }
  if (meta.firstChild) {
    li.append(meta);
  }
  return li;
}

// Audio plays in place, an image shows as a thumbnail link, any other file is a download link.
function attachmentView(a) {
  const name = String(a.name || '');
  const url = ownUrl(a.url);
  if (!url) {
    return el('span', { class: 'ws-file', text: name });
  }
  if (a.kind === 'audio') {
    return el('audio', { class: 'ws-audio', controls: true, preload: 'none', src: url, 'aria-label': t('audio') });
  }
  if (/^image\//.test(String(a.type || ''))) {
    return el('a', { class: 'ws-thumb', href: url, target: '_blank', rel: 'noopener noreferrer' },
      el('img', { src: url, alt: name, loading: 'lazy' }));
  }
  return el('a', { class: 'ws-file', href: url, download: name, rel: 'noopener noreferrer' },
    [name, el('span', { class: 'ws-size', text: ' (' + humanSize(a.size) + ')' })]);
}

export function rebuildMessages(chat) {
  // A new list replaces the old one: content present when a live region appears is not read out,
  // so switching chats does not make a screen reader recite a whole conversation.
  const list = messagesEl.cloneNode(false);
  const stored = [...chat.messages.values()].sort((a, b) => a.seq - b.seq);
  for (const m of stored) {
    list.append(messageItem(chat, m));
  }
  for (const p of chat.pending.values()) {
    list.append(messageItem(chat, p, p.failed ? 'failed' : 'sending'));
  }
  messagesEl.replaceWith(list);
  messagesEl = list;
}

// Keeps seq order; unconfirmed messages (no seq yet) stay at the bottom.
function place(li) {
  const seq = Number(li.dataset.seq);
  const before = [...messagesEl.children].find((other) => other !== li
    && (other.dataset.seq ? Number(other.dataset.seq) > seq : true));
  messagesEl.insertBefore(li, before || null);
}

export function pendingLi(clientId) {
  return [...messagesEl.children].find((li) => !li.dataset.seq && li.dataset.clientId === clientId) || null;
}

// Every stored message passes here once per seq, whether it came as a frame, an ack or an upload answer.
export function addMessage(chat, m) {
  const seq = Number(m.seq);
  const shown = chat.key === desk.selectedKey;
  const stick = shown && nearBottom();
  let mine = false;
  if (m.clientId && chat.pending.has(m.clientId)) {
    chat.pending.delete(m.clientId);
    mine = true;
    if (shown) {
      const li = pendingLi(m.clientId);
      if (li) {
        li.remove();
      }
    }
  }
  if (m.clientId) {
    unqueue(chat, m.clientId);
  }
  if (!(seq > 0) || chat.messages.has(seq)) {
    return;
  }
  const msg = Object.assign({}, m, { seq });
  chat.messages.set(seq, msg);
  chat.maxSeq = Math.max(chat.maxSeq, seq);
  if (msg.from === 'customer') {
    chat.customerTyping = false;
  }
  if (shown) {
    place(messageItem(chat, msg));
    if (stick || mine) {
      scrollDown();
    }
    renderTyping(chat);
  }
  if (shown && !document.hidden) {
    markSeen(chat);
  } else if ((msg.from === 'customer' || msg.internal === true) && seq > chat.seen) {
    chat.unread++; // also on screen while the page is hidden: the tab's title counts it
  }
  renderInboxSoon();
}

/**
 * A message the server will never store (a chat that has ended, a refused text): out of the outbox for good, so
 * that neither a retry nor a reload sends it again, and marked as not sent with the reason (issue 11, point 3).
 * Returns its chat, or null when no chat here waits for it.
 */
export function markNotSent(clientId, reason) {
  const chat = [...chats.values()].find((c) => c.pending.has(clientId) && !c.pending.get(clientId).upload);
  if (!chat) {
    return null;
  }
  const m = chat.pending.get(clientId);
  m.failed = true;
  m.why = reason;
  unqueue(chat, clientId);
  const li = chat.key === desk.selectedKey && pendingLi(clientId);
  if (li) {
    li.replaceWith(messageItem(chat, m, 'failed'));
  }
  return chat;
}

export function unqueue(chat, clientId) {
  const box = store.outbox[chat.key];
  if (!box) {
    return;
  }
  const left = box.filter((m) => m.clientId !== clientId);
  if (left.length !== box.length) {
    if (left.length) {
      store.outbox[chat.key] = left;
    } else {
      delete store.outbox[chat.key];
    }
    save();
  }
}

// Unsent messages of a chat that can take no more stay on screen, marked as not sent.
export function failPending(chat) {
  for (const p of chat.pending.values()) {
    p.failed = true;
    if (p.upload) {
      clearTimeout(p.timer);
      waitingUploads.delete(p);
      if (p.xhr) {
        p.xhr.abort();
      }
    }
  }
  delete store.outbox[chat.key];
  save();
}
