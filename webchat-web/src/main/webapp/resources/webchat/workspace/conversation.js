/*
 * Selection and the conversation (AGT-02, 03, 09): which chat is on screen, its header, typing line and
 * ended note; leaving a chat keeps its draft and scroll place.
 */
import { desk, link } from './session.js';
import { botLink, renderBot } from './bot.js';
import { renderCall } from './call-view.js';
import { closeCanned, requestCanned } from './canned.js';
import { stopTyping } from './composer.js';
import { root } from './config.js';
import { el, webUrl } from './dom.js';
import { toggleEmoji } from './emoji.js';
import { toggleMenu } from './ending.js';
import { rec, stopRecording } from './files.js';
import { clock } from './format.js';
import { closeHistory, historyOpen, loadHistory } from './history.js';
import { renderInbox } from './inbox.js';
import { campaignEl, chatView, composer, contactEl, customerEl, emptyEl, endConfirm, endedNote, qualityBox, textIn, thread, transferPendingEl, typingEl, waitedEl } from './layout.js';
import { rebuildMessages } from './messages.js';
import { chats, current, customerName } from './model.js';
import { renderPresence } from './presence.js';
import { send } from './socket.js';
import { saveSoon, store } from './store.js';
import { hasText, t } from './texts.js';
import { renderHandover } from './transfer.js';
import { renderQuality } from './wrapup.js';

export function select(key) {
  if (key != null && !chats.has(key)) {
    key = null;
  }
  if (key === desk.selectedKey) {
    return;
  }
  leaveChat();
  desk.selectedKey = key;
  store.selected = key;
  saveSoon();
  root.classList.toggle('ws-has-selection', key != null);
  const chat = current();
  if (chat) {
    chat.unread = 0;
    markSeen(chat);
    requestLoad(chat);
    if (!chat.ended && chat.canned == null) {
      requestCanned(chat); // so that "/" lists them at once
    }
  }
  renderConversation(true);
  renderInbox();
  if (historyOpen) {
    if (chat) {
      loadHistory(chat);
    } else {
      closeHistory();
    }
  }
}

// What belongs to the chat being left: its draft is already kept; its scroll place and panels are not.
function leaveChat() {
  const chat = current();
  if (!chat) {
    return;
  }
  chat.scroll = nearBottom() ? null : thread.scrollTop;
  stopTyping();
  closeCanned(false);
  toggleEmoji(false);
  toggleMenu(false);
  endConfirm.hidden = true;
  if (rec) {
    stopRecording(true); // recorded for that chat: it goes there
  }
}

export function markSeen(chat) {
  if (chat.maxSeq > chat.seen) {
    chat.seen = chat.maxSeq;
    store.seen[chat.key] = chat.seen;
    saveSoon();
  }
}

// The selected chat's messages come from the socket: its whole history once per page load.
export function requestLoad(chat) {
  if (!chat.loaded && link.answered) {
    chat.loaded = true;
    send({ type: 'resume', interaction: chat.id, lastSeq: 0 });
  }
}

export function renderConversation(rebuild) {
  const chat = current();
  emptyEl.hidden = !!chat;
  chatView.hidden = !chat;
  renderCall();
  if (!chat) {
    return;
  }
  renderHeader(chat);
  const waited = chat.waitedSeconds;
  waitedEl.hidden = waited == null || Number.isNaN(Number(waited));
  waitedEl.textContent = waitedEl.hidden ? '' : t('waited', clock(waited));
  renderHandover(chat);
  renderBot(chat);
  if (rebuild) {
    rebuildMessages(chat);
    textIn.value = chat.draft || '';
    endConfirm.hidden = true;
  }
  renderTyping(chat);
  renderEnded(chat);
  renderQuality(chat);
  transferPendingEl.hidden = !chat.transferring || chat.ended;
  transferPendingEl.textContent = transferPendingEl.hidden ? '' : t('transfer.pending', chat.transferTo || '');
  const hadFocus = composer.contains(document.activeElement);
  composer.hidden = chat.ended;
  if (chat.ended && hadFocus) {
    const form = qualityBox.querySelector('input, button, [tabindex]');
    (form || thread).focus(); // focus must not stay on a control that is now hidden
  }
  if (rebuild) {
    if (chat.scroll == null) {
      scrollDown();
    } else {
      thread.scrollTop = chat.scroll;
    }
  }
}

export function renderHeader(chat) {
  customerEl.textContent = customerName(chat);
  campaignEl.textContent = chat.campaignName || '';
  const rows = [];
  const row = (id, label, value) => rows.push(el('div', { class: 'ws-contact-row' },
    [el('dt', { text: label }), el('dd', { id }, value)]));
  const email = String(chat.email || '');
  if (email) {
    row('ws-email', t('header.email'), /^[^@\s"<>]+@[^@\s"<>]+$/.test(email)
      ? el('a', { href: 'mailto:' + email, text: email }) : email);
  }
  const phone = String(chat.phone || '');
  if (phone) {
    row('ws-phone', t('header.phone'), /^\+?[\d\s().-]{3,30}$/.test(phone)
      ? el('a', { href: 'tel:' + phone.replace(/[^\d+]/g, ''), text: phone }) : phone);
  }
  if (chat.extra) {
    // Under the label the customer answered (ADV-14); none written: the form said "Phone".
    row('ws-extra', chat.extraLabel || t('header.phone'), String(chat.extra));
  }
  if (chat.language) {
    row('ws-language', t('header.language'), String(chat.language).toUpperCase());
  }
  const bot = botLink(chat);
  if (bot) {
    row('ws-bot-name', t('header.bot'), bot); // issue 15, point 5
  }
  const page = webUrl(chat.pageUrl);
  row('ws-page', t('header.page'), page
    ? el('a', { href: page, target: '_blank', rel: 'noopener noreferrer', title: page, text: page })
    : el('span', { class: 'ws-muted', text: t('header.pageUnknown') }));
  contactEl.replaceChildren(...rows);
  renderPresence(chat);
}

export function renderTyping(chat) {
  const on = !!chat.customerTyping && !chat.ended;
  typingEl.hidden = !on;
  typingEl.textContent = on ? t('typing', customerName(chat)) : '';
}

function renderEnded(chat) {
  endedNote.hidden = !chat.ended;
  if (chat.ended) {
    const reason = chat.endReason && hasText('ended.' + chat.endReason) ? 'ended.' + chat.endReason : 'ended.generic';
    endedNote.textContent = chat.transferred ? t('ended.transferred') + (chat.takenBy ? ' ' + t('transfer.takenBy', chat.takenBy) : '')
      : t(reason);
  } else {
    endedNote.textContent = '';
  }
}

export const nearBottom = () => thread.scrollHeight - thread.scrollTop - thread.clientHeight < 60;
export const scrollDown = () => { thread.scrollTop = thread.scrollHeight; };
