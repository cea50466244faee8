/*
 * The composer (AGT-05): the agent's text goes into the chat's outbox (sent by socket.js until acknowledged),
 * drafts are kept per chat, typing signals are sent sparingly.
 */
import { desk } from './session.js';
import { cannedKey, cannedMode, closeCanned, slashCheck } from './canned.js';
import { MAX_TEXT } from './config.js';
import { scrollDown } from './conversation.js';
import { textIn } from './layout.js';
import { messagesEl } from './messages.js';
import { messageItem } from './messages.js';
import { chats, current, newClientId } from './model.js';
import { notice } from './notice.js';
import { flushOutbox, send } from './socket.js';
import { save, saveSoon, store } from './store.js';
import { t } from './texts.js';

export function sendText() {
  const chat = current();
  if (!chat || chat.ended) {
    return;
  }
  closeCanned(false);
  const text = textIn.value.trim();
  if (!text) {
    return;
  }
  if (text.length > MAX_TEXT) {
    notice(t('error.tooLong', MAX_TEXT));
    return;
  }
  textIn.value = '';
  chat.draft = '';
  delete store.drafts[chat.key];
  stopTyping();
  const m = { clientId: newClientId(), text, at: new Date().toISOString() };
  (store.outbox[chat.key] = store.outbox[chat.key] || []).push(m);
  save(); // before sending: a reload right now must still find it
  chat.pending.set(m.clientId, m);
  messagesEl.append(messageItem(chat, m, 'sending'));
  scrollDown();
  flushOutbox();
}

export function composerKey(e) {
  if (cannedMode === 'slash' && cannedKey(e)) {
    return;
  }
  if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing) {
    e.preventDefault(); // Enter sends, Shift+Enter is a new line
    sendText();
  }
}

export function composerInput(e) {
  const chat = current();
  if (!chat) {
    return;
  }
  chat.draft = textIn.value;
  if (chat.draft) {
    store.drafts[chat.key] = chat.draft;
  } else {
    delete store.drafts[chat.key];
  }
  saveSoon();
  if (e) {
    slashCheck();
  }
  typingActivity(chat);
}

// typing true at most every 3 s while the agent types; false after 4 s idle, on send or on leaving.
let typingSentAt = 0;
export let typingIdle = 0;

function typingActivity(chat) {
  if (!textIn.value || chat.ended) {
    stopTyping();
    return;
  }
  if (desk.typingKey !== chat.key) {
    stopTyping();
  }
  const now = Date.now();
  if (now - typingSentAt >= 3000 && send({ type: 'typing', interaction: chat.id, typing: true }, true)) {
    typingSentAt = now;
    desk.typingKey = chat.key;
  }
  clearTimeout(typingIdle);
  typingIdle = setTimeout(stopTyping, 4000);
}

export function stopTyping() {
  clearTimeout(typingIdle);
  const chat = desk.typingKey && chats.get(desk.typingKey);
  desk.typingKey = null;
  typingSentAt = 0;
  if (chat && !chat.ended) {
    send({ type: 'typing', interaction: chat.id, typing: false });
  }
}
