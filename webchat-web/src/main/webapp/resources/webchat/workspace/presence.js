/*
 * Is the customer still there (issue 11, point 19)? Connected or gone, and since when (ticking), in the
 * conversation's header and on the chat's inbox entry; and the customer's rating with its comment once given
 * (ADV-10), also on a chat that has ended.
 */
import { desk } from './session.js';
import { el } from './dom.js';
import { clock, millis, timeOf } from './format.js';
import { campaignEl } from './layout.js';
import { renderHeader } from './conversation.js';
import { renderInbox } from './inbox.js';
import { chats, keyOf, rememberEnded } from './model.js';
import { t } from './texts.js';

const MAX_RATING = 5;

// The header's lines, put under the campaign's name the first time a chat is shown.
const presenceEl = el('p', { id: 'ws-presence', class: 'ws-presence', hidden: true }); // ticks: no live region
const ratingEl = el('div', { id: 'ws-rating', class: 'ws-rating', hidden: true });

const goneFor = (chat) => clock((Date.now() - millis(chat.customerGoneSince)) / 1000);

function presenceText(chat) {
  if (chat.customerGoneSince) {
    return t('presence.gone', timeOf(chat.customerGoneSince), goneFor(chat));
  }
  return chat.customerBackSince ? t('presence.back', timeOf(chat.customerBackSince)) : t('presence.connected');
}

function stars(rating) {
  const n = Math.max(0, Math.min(MAX_RATING, Math.round(Number(rating) || 0)));
  return '★'.repeat(n) + '☆'.repeat(MAX_RATING - n);
}

// Called with the header: the customer's presence while the chat is open, the rating once given.
export function renderPresence(chat) {
  if (!presenceEl.isConnected) {
    campaignEl.after(presenceEl, ratingEl);
  }
  presenceEl.hidden = chat.ended;
  presenceEl.textContent = chat.ended ? '' : presenceText(chat);
  presenceEl.dataset.state = chat.customerGoneSince ? 'gone' : 'connected';
  const rated = chat.customerRating && chat.customerRating.rating != null;
  ratingEl.hidden = !rated;
  if (!rated) {
    ratingEl.replaceChildren();
    return;
  }
  const { rating, comment } = chat.customerRating;
  ratingEl.replaceChildren(
    el('span', { class: 'ws-rating-label', text: t('rating.label') + ': ' }),
    el('span', { class: 'ws-stars', role: 'img', 'aria-label': t('rating.stars', rating, MAX_RATING), text: stars(rating) }),
    comment && el('q', { class: 'ws-rating-comment', text: String(comment) }));
}

// On the inbox entry: "Gone 3:05" while away, the rating once given.
export function presenceBadge(chat) {
  const rated = chat.customerRating && chat.customerRating.rating != null;
  return [
    !chat.ended && chat.customerGoneSince && el('span', { class: 'ws-item-gone', 'data-since': chat.customerGoneSince,
      text: t('presence.goneShort', goneFor(chat)) }),
    rated && el('span', { class: 'ws-item-rating', title: t('rating.label'),
      text: stars(chat.customerRating.rating) + ' ' + t('rating.short', chat.customerRating.rating, MAX_RATING) }),
  ];
}

function rerender(chat) {
  if (chat.key === desk.selectedKey) {
    renderHeader(chat);
  }
  renderInbox();
}

// The frames customer and customer-rating (declared functions: frames.js names them while modules load).
export function onCustomer(f) {
  const chat = f.interaction != null ? chats.get(keyOf(f.interaction)) : null;
  if (chat) {
    chat.customerGoneSince = f.connected ? null : String(f.since || new Date().toISOString());
    chat.customerBackSince = f.connected ? String(f.since || new Date().toISOString()) : null;
    rerender(chat);
  }
}

export function onCustomerRating(f) {
  const chat = f.interaction != null ? chats.get(keyOf(f.interaction)) : null;
  if (chat) {
    chat.customerRating = { rating: Number(f.rating), comment: typeof f.comment === 'string' ? f.comment : '' };
    if (chat.ended) {
      rememberEnded(); // kept with the ended chat across a reload
    }
    rerender(chat);
  }
}

// The time away ticks in the header and on the inbox entries.
setInterval(() => {
  const chat = desk.selectedKey ? chats.get(desk.selectedKey) : null;
  if (chat && !chat.ended && chat.customerGoneSince && presenceEl.isConnected) {
    presenceEl.textContent = presenceText(chat);
  }
  for (const badge of document.querySelectorAll('#ws-inbox .ws-item-gone')) {
    const li = badge.closest('li[data-interaction]');
    const gone = li && chats.get(li.dataset.interaction);
    if (gone && gone.customerGoneSince) {
      badge.textContent = t('presence.goneShort', goneFor(gone));
    }
  }
}, 1000);
