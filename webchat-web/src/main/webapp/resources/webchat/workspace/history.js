/*
 * Earlier conversations of the customer (AGT-06), in the right-hand panel.
 */
import { root } from './config.js';
import { el } from './dom.js';
import { dateTimeOf } from './format.js';
import { chatView, historyList, historyPanel, historyStatus, moreBtn, searchIn } from './layout.js';
import { messageItem } from './messages.js';
import { current, keyOf } from './model.js';
import { send } from './socket.js';
import { t } from './texts.js';

export let historyOpen = false;
const historyExpanded = new Set();

export function openHistory() {
  const chat = current();
  if (!chat) {
    return;
  }
  historyOpen = true;
  historyPanel.hidden = false;
  root.classList.add('ws-history-open');
  loadHistory(chat);
  historyPanel.querySelector('#ws-history-close').focus();
}

export function loadHistory(chat) {
  historyExpanded.clear();
  renderHistory();
  if (!send({ type: 'history', interaction: chat.id }) && chat.history == null) {
    historyStatus.textContent = t('error.offline');
  }
}

export function closeHistory() {
  if (!historyOpen) {
    return;
  }
  const hadFocus = historyPanel.contains(document.activeElement);
  historyOpen = false;
  historyPanel.hidden = true;
  root.classList.remove('ws-history-open');
  if (hadFocus) {
    (chatView.hidden ? searchIn : moreBtn).focus();
  }
}

export function renderHistory() {
  const chat = current();
  if (!chat || !Array.isArray(chat.history)) {
    historyList.replaceChildren();
    historyStatus.textContent = t('loading');
    return;
  }
  const items = chat.history.filter((item) => item && keyOf(item.interaction) !== chat.key);
  historyStatus.textContent = items.length ? '' : t('history.none');
  historyList.replaceChildren(...items.map((item, i) => {
    const key = keyOf(item.interaction);
    const open = historyExpanded.has(key);
    const body = el('ol', { id: 'ws-history-messages-' + i, class: 'ws-messages ws-history-messages', hidden: !open,
      'aria-label': t('history.messages', item.campaignName || '', dateTimeOf(item.createdAt)) });
    const fill = () => {
      const messages = (Array.isArray(item.messages) ? item.messages : []).slice()
        .sort((a, b) => (Number(a.seq) || 0) - (Number(b.seq) || 0));
      body.replaceChildren(...(messages.length ? messages.map((m) => messageItem(chat, m, null, true))
        : [el('li', { class: 'ws-muted', text: t('history.empty') })]));
    };
    if (open) {
      fill();
    }
    const toggle = el('button', { type: 'button', class: 'ws-history-toggle', 'aria-expanded': String(open),
      'aria-controls': body.id, click: () => {
        const opening = body.hidden;
        if (opening && !body.firstChild) {
          fill();
        }
        body.hidden = !opening;
        toggle.setAttribute('aria-expanded', String(opening));
        if (opening) {
          historyExpanded.add(key);
        } else {
          historyExpanded.delete(key);
        }
      } }, [
      el('span', { class: 'ws-history-campaign', text: item.campaignName || '' }),
      el('time', { class: 'ws-history-date', datetime: typeof item.createdAt === 'string' ? item.createdAt : null,
        text: dateTimeOf(item.createdAt) })]);
    return el('li', { class: 'ws-history-item', 'data-interaction': key }, [toggle, body]);
  }));
}
