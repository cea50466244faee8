/*
 * When no chat can start: the offline message form out of hours (WID-04) and the unavailable view (WID-03).
 */
import { intents } from './session.js';
import { MAX_TEXT } from './config.js';
import { field, h, setError } from './dom.js';
import { toHost } from './host.js';
import { send } from './socket.js';
import { newId } from './store.js';
import { t } from './texts.js';
import { offerChatAgain, show } from './views.js';

// 2a. Offline message (WID-04).
export const offlineInfo = h('p', { class: 'wc-server-text' });
export const offlineIn = h('textarea', { id: 'wc-offline-text', rows: 5, maxlength: MAX_TEXT });
export const offlineBtn = h('button', { type: 'submit', id: 'wc-offline-send', class: 'wc-primary', text: t('offlineSend') });
export const offlineForm = h('form', { id: 'wc-offline', novalidate: true, onsubmit: sendOffline },
  offlineInfo, field(offlineIn, t('offlineLabel'), true, true), offlineBtn);
export const offlineSent = h('p', { id: 'wc-offline-sent', class: 'wc-done', tabindex: -1, hidden: true, text: t('offlineSent') });
export const offlineView = h('div', { class: 'wc-view', hidden: true }, offlineForm, offlineSent);

// 2b. Unavailable (WID-03).
const unavailableInfo = h('p', { class: 'wc-server-text' });
const retryBtn = h('button', { type: 'button', id: 'wc-retry', class: 'wc-secondary', text: t('retry'), onclick: offerChatAgain });
export const unavailableView = h('div', { id: 'wc-unavailable', class: 'wc-view wc-center', role: 'status', hidden: true },
  h('h2', { text: t('unavailable') }), unavailableInfo, retryBtn);

export function showUnavailable(text, reason) {
  unavailableInfo.textContent = text || t(reason) || t('campaign-disabled');
  retryBtn.hidden = !(reason === 'queue-full' || reason === 'out-of-hours');
  show(unavailableView);
  toHost('state', { state: 'unavailable' });
}

function sendOffline(e) {
  e.preventDefault();
  const text = offlineIn.value.trim();
  setError(offlineIn, text ? '' : t('messageRequired'));
  if (!text) {
    offlineIn.focus();
    return;
  }
  intents.offlinePending = { clientId: newId(), text };
  offlineBtn.disabled = true;
  send(Object.assign({ type: 'message' }, intents.offlinePending)); // else sent after the next refused frame
}
