/*
 * Rating the ended chat (WID-08, ADV-10): 1 to 5 stars and a comment.
 */
import { intents } from './session.js';
import { field, h } from './dom.js';
import { sendInChat } from './socket.js';
import { t } from './texts.js';

// Rating (WID-08, ADV-10).
let rating = 0;
export const stars = [1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', class: 'wc-star', 'data-rating': n,
  'aria-pressed': 'false', 'aria-label': t('stars', { n }), text: '★', onclick: () => setRating(n) }));
const ratingError = h('p', { id: 'wc-rating-error', class: 'wc-error', 'aria-live': 'polite' });
export const commentIn = h('textarea', { id: 'wc-rating-comment', rows: 2, maxlength: 2000 });
export const rateBtn = h('button', { type: 'submit', id: 'wc-rate', class: 'wc-primary', text: t('rate') });
export const ratingForm = h('form', { id: 'wc-rating', novalidate: true, hidden: true, onsubmit: sendRating },
  h('p', { id: 'wc-rating-question', text: t('rateQuestion') }),
  h('div', { class: 'wc-stars', role: 'group', 'aria-labelledby': 'wc-rating-question' }, ...stars),
  ratingError, field(commentIn, t('comment'), false, false), rateBtn);
export const ratedEl = h('p', { id: 'wc-rated', class: 'wc-done', tabindex: -1, hidden: true, text: t('rated') });

export function setRating(n) {
  rating = n;
  stars.forEach((b, i) => {
    b.setAttribute('aria-pressed', String(i + 1 === n));
    b.classList.toggle('wc-on', i < n);
  });
  ratingError.textContent = '';
}

function sendRating(e) {
  e.preventDefault();
  if (!rating) {
    ratingError.textContent = t('chooseRating');
    stars[0].focus();
    return;
  }
  const comment = commentIn.value.trim();
  intents.ratingPending = comment ? { rating, comment } : { rating };
  rateBtn.disabled = true;
  sendInChat(Object.assign({ type: 'feedback' }, intents.ratingPending));
}
