/*
 * The inbox (AGT-01): offers ringing here, active chats with their unread counts and ages, recently ended
 * chats; search; Alt+Up/Down between chats; the clock that counts offers down.
 */
import { desk } from './session.js';
import { select } from './conversation.js';
import { el, icon } from './dom.js';
import { clock, fold, millis, timeOf } from './format.js';
import { chatsList, chatsTitle, composer, endedList, endedTitle, inbox, inboxEmpty, offersList, offersTitle, searchIn, textIn, thread } from './layout.js';
import { chats, customerName, offers, rememberEnded } from './model.js';
import { answerOffer } from './offers.js';
import { presenceBadge } from './presence.js';
import { renderQueues } from './queues.js';
import { save, store } from './store.js';
import { t } from './texts.js';

function matchesSearch(item) {
  const q = fold(searchIn.value.trim());
  return !q || fold(item.campaignName).includes(q) || fold(item.customer).includes(q);
}

function ageText(chat) {
  if (chat.ended) {
    return timeOf(chat.endedAt);
  }
  const since = millis(chat.assignedAt);
  return since == null ? '' : clock((Date.now() - since) / 1000);
}

function offerItem(o) {
  const who = o.customer || t('customer.unknown');
  const li = el('li', { class: 'ws-offer' + (o.transfer ? ' ws-transfer' : '') + (o.accepting ? ' ws-accepting' : ''),
    'data-interaction': o.key });
  li.append(
    el('span', { class: 'ws-sr', text: t(o.transfer ? 'offer.transfer' : 'offer.new') + ': ' }),
    el('div', { class: 'ws-item-main' }, [
      el('span', { class: 'ws-customer-name', text: who }),
      el('span', { class: 'ws-campaign-name', text: o.campaignName || '' }),
      o.transfer && el('span', { class: 'ws-from', text: t('offer.from', o.fromName || '') }),
      o.transfer && o.note && el('span', { class: 'ws-transfer-note', text: t('transfer.noteFrom', o.fromName || '') + ': ' + o.note })]),
    el('span', { class: 'ws-countdown', title: t('offer.expires'), text: countdownText(o) }),
    el('div', { class: 'ws-offer-actions' }, [
      el('button', { type: 'button', class: 'ws-btn ws-primary ws-accept', disabled: !!o.accepting,
        'aria-label': t('offer.acceptLabel', who, o.campaignName || ''), text: t('offer.accept'),
        click: () => answerOffer(o.key, true) }),
      el('button', { type: 'button', class: 'ws-btn ws-decline', disabled: !!o.accepting,
        'aria-label': t('offer.declineLabel', who, o.campaignName || ''), text: t('offer.decline'),
        click: () => answerOffer(o.key, false) })]));
  return li;
}

function countdownText(o) {
  return o.expires == null ? '' : clock(Math.ceil((o.expires - Date.now()) / 1000));
}

function chatItem(c) {
  const selected = c.key === desk.selectedKey;
  const classes = ['ws-chat'];
  if (c.ended) {
    classes.push('ws-ended');
  }
  if (c.transferred) {
    classes.push('ws-transferred');
  }
  if (selected) {
    classes.push('ws-selected');
  }
  const note = c.ended ? t(c.transferred ? 'inbox.transferred' : 'inbox.endedNote')
    : c.transferring ? t('inbox.transferring') : '';
  const li = el('li', { class: classes.join(' '), 'data-interaction': c.key,
    click: (e) => { if (!e.target.closest('button, a')) select(c.key); } });
  li.append(el('button', { type: 'button', class: 'ws-open', 'aria-current': selected ? 'true' : null,
    click: () => select(c.key) }, [
    el('span', { class: 'ws-customer-name', text: customerName(c) }),
    el('span', { class: 'ws-campaign-name', text: c.campaignName || '' }),
    !c.ended && c.customerTyping && el('span', { class: 'ws-item-typing', text: t('inbox.typing') }),
    note && el('span', { class: 'ws-note', text: note }),
    c.ended && c.quality && !c.evaluated && el('span', { class: 'ws-wrapup', text: t('inbox.wrapup') }),
    ...presenceBadge(c),
    el('span', { class: 'ws-unread', hidden: !c.unread, 'aria-hidden': 'true', text: String(c.unread) }),
    c.unread > 0 && el('span', { class: 'ws-sr', text: ', ' + t('inbox.unread', c.unread) }),
    el('span', { class: 'ws-age', title: c.ended ? t('inbox.endedAt') : t('inbox.age'), text: ageText(c) })]));
  if (c.ended) {
    li.append(el('button', { type: 'button', class: 'ws-icon ws-dismiss', 'aria-label': t('inbox.dismiss', customerName(c)),
      title: t('inbox.dismiss', customerName(c)), click: () => dismiss(c.key) }, icon('close')));
  }
  return li;
}

// Rebuilt whole on each change (a handful of items); the focused control is found again afterwards.
export function renderInbox() {
  clearTimeout(inboxTimer);
  inboxTimer = 0;
  const active = document.activeElement;
  const focusLi = active && inbox.contains(active) ? active.closest('li[data-interaction]') : null;
  const focus = focusLi && { key: focusLi.dataset.interaction, offer: focusLi.classList.contains('ws-offer'),
    cls: [...active.classList].find((c) => c !== 'ws-btn' && c !== 'ws-primary' && c !== 'ws-icon') };

  const shownOffers = [...offers.values()].filter(matchesSearch)
    .sort((a, b) => (a.expires || Infinity) - (b.expires || Infinity));
  const all = [...chats.values()];
  const shownActive = all.filter((c) => !c.ended && matchesSearch(c))
    .sort((a, b) => (millis(a.assignedAt) || 0) - (millis(b.assignedAt) || 0));
  const shownEnded = all.filter((c) => c.ended && matchesSearch(c)).sort((a, b) => (b.endedAt || 0) - (a.endedAt || 0));
  offersList.replaceChildren(...shownOffers.map(offerItem));
  chatsList.replaceChildren(...shownActive.map(chatItem));
  endedList.replaceChildren(...shownEnded.map(chatItem));
  offersTitle.hidden = offersList.hidden = !shownOffers.length;
  chatsTitle.hidden = chatsList.hidden = !shownActive.length;
  endedTitle.hidden = endedList.hidden = !shownEnded.length;
  const nothing = !offers.size && !all.length;
  const none = !shownOffers.length && !shownActive.length && !shownEnded.length;
  inboxEmpty.hidden = !none;
  inboxEmpty.textContent = nothing ? t('inbox.none') : none ? t('inbox.noMatch') : '';

  if (focus) {
    const li = [...inbox.querySelectorAll('li[data-interaction]')].find((item) => item.dataset.interaction === focus.key
      && item.classList.contains('ws-offer') === focus.offer);
    const target = li && ((focus.cls && li.querySelector('.' + focus.cls + ':not([disabled])')) || li.querySelector('button:not([disabled])'));
    (target || inbox.querySelector('li button:not([disabled])') || searchIn).focus();
  }
  updateTitle();
  renderQueues();
}

let inboxTimer = 0;

// Many frames in a row (a history replay) end in one rendering.
export function renderInboxSoon() {
  if (!inboxTimer) {
    inboxTimer = setTimeout(renderInbox, 60);
  }
}

const baseTitle = document.title;

function updateTitle() {
  let count = offers.size;
  for (const c of chats.values()) {
    count += c.unread;
  }
  document.title = count ? '(' + count + ') ' + baseTitle : baseTitle;
}

function dismiss(key) {
  const chat = chats.get(key);
  if (!chat || !chat.ended) {
    return;
  }
  if (key === desk.selectedKey) {
    select(null);
  }
  forgetChat(chat);
  rememberEnded();
  renderInbox();
}

export function forgetChat(chat) {
  chats.delete(chat.key);
  delete store.outbox[chat.key];
  delete store.drafts[chat.key];
  delete store.seen[chat.key];
  save();
}

// Alt+Up / Alt+Down go to the previous / next chat from anywhere.
document.addEventListener('keydown', (e) => {
  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.ctrlKey || e.metaKey) {
    return;
  }
  const keys = [...inbox.querySelectorAll('li.ws-chat')].map((li) => li.dataset.interaction);
  if (!keys.length) {
    return;
  }
  e.preventDefault();
  const at = keys.indexOf(desk.selectedKey);
  const next = e.key === 'ArrowDown' ? (at + 1) % keys.length : (at <= 0 ? keys.length : at) - 1;
  select(keys[next]);
  (textIn.hidden || composer.hidden ? thread : textIn).focus();
});

setInterval(() => {
  const now = Date.now();
  let gone = false;
  for (const [key, o] of offers) {
    if (o.expires != null && now > o.expires + (o.accepting ? 20000 : 5000)) {
      offers.delete(key); // lapsed: the server's offer-closed went missing
      gone = true;
    }
  }
  if (gone) {
    renderInbox();
    return;
  }
  for (const li of offersList.children) {
    const o = offers.get(li.dataset.interaction);
    const countdown = o && li.querySelector('.ws-countdown');
    if (countdown) {
      countdown.textContent = countdownText(o);
    }
  }
  for (const li of chatsList.children) {
    const chat = chats.get(li.dataset.interaction);
    const age = chat && li.querySelector('.ws-age');
    if (age) {
      age.textContent = ageText(chat);
    }
  }
}, 1000);
