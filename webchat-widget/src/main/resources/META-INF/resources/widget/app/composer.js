/*
 * The composer: the text box (Enter sends, Shift+Enter a new line), typing signals, and the outbox entry
 * each sent text becomes (resent by the socket until the server confirms it).
 */
import { attachBtn, attachHelp, fileIn, recBar, recordBtn } from './attachments.js';
import { MAX_TEXT } from './config.js';
import { h, icon, iconButton } from './dom.js';
import { emojiBtn, emojiPanel } from './emoji.js';
import { askEnd } from './ending.js';
import { flushOutbox, sendInChat } from './socket.js';
import { newId, outbox, writeStore } from './store.js';
import { t } from './texts.js';
import { addPending } from './thread.js';

export const textIn = h('textarea', { id: 'wc-text', rows: 1, maxlength: MAX_TEXT, placeholder: t('composer'),
  onkeydown: composerKey, oninput: composerInput });

export const tools = h('div', { class: 'wc-tools' },
  emojiBtn, attachBtn, fileIn, h('span', { id: 'wc-attach-help', class: 'wc-sr', text: attachHelp }), recordBtn,
  iconButton('wc-end', t('end'), 'end', () => askEnd(true)),
  h('button', { type: 'submit', id: 'wc-send', class: 'wc-icon', 'aria-label': t('send'), title: t('send') }, icon('send')));
export const composer = h('form', { id: 'wc-composer', onsubmit: (e) => { e.preventDefault(); sendComposer(); } },
  emojiPanel, h('label', { for: 'wc-text', class: 'wc-sr', text: t('composer') }), textIn, tools, recBar);

let typingOn = false;
let typingSentAt = 0;
let idleTimer = 0;

export function queueText(text) {
  const m = { clientId: newId(), text };
  writeStore({ outbox: outbox().concat(m) });
  addPending(m.clientId, text);
  flushOutbox();
}

function sendComposer() {
  const text = textIn.value.trim();
  if (!text) {
    return;
  }
  textIn.value = '';
  autosize();
  stopTyping();
  queueText(text);
}

function composerKey(e) {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault(); // Enter sends, Shift+Enter is a new line
    sendComposer();
  }
}

function autosize() {
  textIn.style.height = 'auto';
  textIn.style.height = Math.min(textIn.scrollHeight, 120) + 'px';
}

// typing true at most every 3 s while typing; false after 4 s idle or on send.
export function composerInput() {
  autosize();
  const now = Date.now();
  if (now - typingSentAt >= 3000 && sendInChat({ type: 'typing', typing: true })) {
    typingSentAt = now;
    typingOn = true;
  }
  clearTimeout(idleTimer);
  idleTimer = setTimeout(stopTyping, 4000);
}

function stopTyping() {
  clearTimeout(idleTimer);
  if (typingOn) {
    typingOn = false;
    typingSentAt = 0;
    sendInChat({ type: 'typing', typing: false });
  }
}
