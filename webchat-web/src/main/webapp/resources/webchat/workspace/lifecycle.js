/*
 * Chats that end, are transferred away or come back after a reconnect.
 */
import { desk } from './session.js';
import { closeCanned } from './canned.js';
import { typingIdle } from './composer.js';
import { ENDED_KEPT } from './config.js';
import { renderConversation, select } from './conversation.js';
import { toggleEmoji } from './emoji.js';
import { toggleMenu } from './ending.js';
import { rec, stopRecording } from './files.js';
import { forgetChat, renderInbox } from './inbox.js';
import { endConfirm } from './layout.js';
import { messagesEl } from './messages.js';
import { failPending } from './messages.js';
import { chats, rememberEnded } from './model.js';
import { flushOutbox } from './socket.js';
import { store } from './store.js';
import { t } from './texts.js';
import { closeTransfer, transferKey } from './transfer.js';

export function endLocally(chat, f) {
  chat.ended = true;
  chat.ending = false;
  chat.transferring = false;
  chat.endReason = f.endReason || null;
  chat.endedAt = Date.now();
  chat.quality = f.quality && typeof f.quality === 'object' ? f.quality : null;
  chat.customerTyping = false;
  chat.draft = '';
  delete store.drafts[chat.key];
  failPending(chat);
  if (desk.typingKey === chat.key) {
    desk.typingKey = null; // no typing=false into a closed chat
    clearTimeout(typingIdle);
  }
  if (rec && rec.chat === chat) {
    stopRecording(false);
  }
  if (transferKey === chat.key) {
    closeTransfer();
  }
  const ended = [...chats.values()].filter((c) => c.ended).sort((a, b) => b.endedAt - a.endedAt);
  for (const old of ended.slice(ENDED_KEPT)) {
    if (old.key !== desk.selectedKey) {
      forgetChat(old);
    }
  }
  rememberEnded();
  if (chat.key === desk.selectedKey) {
    endConfirm.hidden = true;
    toggleMenu(false);
    closeCanned(false);
    toggleEmoji(false);
    for (const li of messagesEl.querySelectorAll('li.ws-msg[data-state="sending"]')) {
      li.dataset.state = 'failed';
      const tick = li.querySelector('.ws-tick');
      tick.textContent = '!';
      tick.setAttribute('aria-label', t('delivery.failed'));
    }
    renderConversation(false);
  }
  renderInbox();
}

export function reopen(chat) {
  Object.assign(chat, { ended: false, endReason: null, endedAt: null, quality: null, score: null, evaluated: false,
    transferred: false, transferring: false, evaluating: null, restored: false, answers: {} });
  // What could not be sent while the chat was away goes out now; a failed upload is left to the agent.
  const again = [];
  for (const [clientId, p] of chat.pending) {
    if (p.upload) {
      chat.pending.delete(clientId);
    } else {
      p.failed = false;
      again.push({ clientId, text: p.text, at: p.at });
    }
  }
  if (again.length) {
    store.outbox[chat.key] = again;
  }
  rememberEnded();
  flushOutbox();
}

export function removeChat(chat) {
  if (chat.key === desk.selectedKey) {
    select(null);
  }
  forgetChat(chat);
  rememberEnded();
  renderInbox();
}
