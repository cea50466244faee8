/*
 * The widget's states and the switching between them: pre-chat form, offline message, unavailable, chat
 * (queued, assigned, ended with its rating); starting, resuming, clearing and starting over.
 */
// composer.js and ending.js come first: the chat view below is built from their elements when this module runs,
// so they must have run before it (app.js imports this module first for the same reason).
import { composer } from './composer.js';
import { askEnd, endConfirm } from './ending.js';
import { chat, intents, link } from './session.js';
import { stopRecording } from './attachments.js';
import { botGone } from './botting.js';
import { callGone } from './calling.js';
import { h } from './dom.js';
import { toggleEmoji } from './emoji.js';
import { renderHeader, renderStatus } from './header.js';
import { toHost } from './host.js';
import { availability, availabilityText, refreshAvailability } from './availability.js';
import { offlineView, showUnavailable, unavailableView } from './offline.js';
import { leaveMessageInstead, nameIn, prechat, startBtn } from './prechat.js';
import { commentIn, rateBtn, ratedEl, ratingForm, setRating, stars } from './rating.js';
import { closeSoon, connect, quietTimer, stopSocket } from './socket.js';
import { forget, store, writeStore } from './store.js';
import { t } from './texts.js';
import { addPending, clearNotice, list, markNotSent, nearBottom, noticeEl, pending, renderWelcome, scrollDown, shown, typingEl } from './thread.js';

export const newBtn = h('button', { type: 'button', id: 'wc-new', class: 'wc-secondary', text: t('newChat'), onclick: newChat });
export const endedBox = h('div', { id: 'wc-ended', class: 'wc-ended', hidden: true }, ratingForm, ratedEl, newBtn);

export const chatView = h('section', { id: 'wc-chat', class: 'wc-view', hidden: true },
  list, h('div', { 'aria-live': 'polite' }, typingEl), endConfirm, noticeEl, composer, endedBox);

export const views = [prechat, offlineView, unavailableView, chatView];
export let view = null;

export function show(v) {
  for (const each of views) {
    each.hidden = each !== v;
  }
  view = v;
}

export function applyState(state) {
  chat.state = state;
  const ended = state === 'ENDED';
  const hadFocus = composer.contains(document.activeElement);
  const stick = nearBottom(); // the rating panel takes room from the thread: the newest message stays in sight
  composer.hidden = ended;
  endedBox.hidden = !ended;
  ratingForm.hidden = !(ended && chat.canRate);
  if (ended && hadFocus) {
    (chat.canRate ? stars[0] : newBtn).focus(); // focus must not stay on a control that is now hidden
  }
  if (ended) {
    askEnd(false);
    toggleEmoji(false);
    stopRecording(false);
    typingEl.hidden = true;
    intents.endPending = false;
    // Nothing more can be stored in an ended chat: what is still unsent shows as not sent, and why.
    for (const clientId of [...pending.keys()]) {
      markNotSent(clientId, t('notSentEnded'));
    }
    writeStore({ outbox: [] });
    clearNotice();
    if (!chat.canRate) {
      closeSoon();
    }
  }
  if (stick) {
    scrollDown();
  }
  renderHeader();
  renderStatus();
  toHost('state', { state });
}

export function showForm() {
  intents.starting = false;
  startBtn.disabled = false;
  show(prechat);
  renderHeader();
  renderStatus();
  toHost('state', { state: 'form' });
}

/**
 * What a customer without a chat sees (issue 11, point 15): the form when a chat can start; out of hours with
 * offline messages, the form that leaves one; otherwise why no chat can start, before anything is filled in.
 */
export function offerChat() {
  const a = availability();
  if (a.state === 'open' || (a.state === 'out-of-hours' && a.offlineMessage)) {
    leaveMessageInstead(a.state !== 'open', availabilityText());
    showForm();
  } else {
    showUnavailable(availabilityText(), a.state);
  }
}

/** As offerChat, asking the server first: time passed since the page was loaded. */
export async function offerChatAgain() {
  await refreshAvailability();
  offerChat();
}

// A stored chat: show it at once (history comes with the welcome) and connect.
export function resume() {
  chat.token = store.token;
  chat.seenSeq = store.lastSeq || 0;
  show(chatView);
  renderWelcome();
  for (const m of store.outbox || []) {
    addPending(m.clientId, m.text);
  }
  link.wanted = true;
  renderHeader();
  connect();
}

// Empties the conversation on screen (the stored copy is the caller's business).
export function clearChat() {
  chat.token = null;
  callGone();
  botGone();
  clearTimeout(quietTimer);
  list.textContent = '';
  shown.clear();
  pending.clear();
  chat.seenSeq = 0;
  chat.state = null;
  chat.position = 0;
  chat.agentName = chat.agentPicture = '';
  chat.canRate = chat.hasRated = chat.calls = false;
  intents.endPending = false;
  intents.ratingPending = null;
  setRating(0);
  commentIn.value = '';
  rateBtn.disabled = false;
  ratedEl.hidden = true;
  composer.hidden = false;
  endedBox.hidden = true;
  typingEl.hidden = true;
  stopRecording(false);
  chat.unread = 0;
  toHost('unread', { count: 0 });
}

async function newChat() {
  stopSocket();
  forget();
  clearChat();
  await offerChatAgain();
  if (view === prechat) {
    nameIn.focus();
  }
}
