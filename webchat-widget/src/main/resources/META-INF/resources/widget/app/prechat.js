/*
 * The pre-chat form (WID-02): name, e-mail and the campaign's own field, checked here as the server checks them.
 * Out of hours with offline messages (WID-04) the same form leaves a message: its text is then required.
 */
import { intents, link } from './session.js';
import { EMAIL, MAX_TEXT, cfg, lang, phoneShown } from './config.js';
import { field, h, setError } from './dom.js';
import { connect } from './socket.js';
import { newId } from './store.js';
import { t } from './texts.js';

// 1. Pre-chat form (WID-02).
export const nameIn = h('input', { id: 'wc-name', type: 'text', maxlength: 200, autocomplete: 'name' });
export const emailIn = h('input', { id: 'wc-email', type: 'email', maxlength: 254, autocomplete: 'email' });
export const phoneIn = h('input', { id: 'wc-phone', type: 'text', maxlength: 50 });
export const firstIn = h('textarea', { id: 'wc-first-message', rows: 3, maxlength: MAX_TEXT });
export const formError = h('p', { id: 'wc-form-error', class: 'wc-error', 'aria-live': 'polite' });
export const startBtn = h('button', { type: 'submit', id: 'wc-start', class: 'wc-primary', text: t('start') });
// The campaign's label in the customer's language (ADV-14), else the widget's own word for a phone.
const phoneLabel = (cfg.phone && cfg.phone.labels && cfg.phone.labels[lang]) || t('phone');
const phoneField = field(phoneIn, phoneLabel, cfg.phone && cfg.phone.required, true);
phoneField.hidden = !phoneShown;
const intro = h('p', { id: 'wc-intro', class: 'wc-intro', text: t('intro') });
let firstField = field(firstIn, t('firstMessage'), false, false);
let leavingMessage = false;
export const prechat = h('form', { id: 'wc-prechat', class: 'wc-view', novalidate: true, hidden: true, onsubmit: submitForm },
  intro,
  field(nameIn, t('name'), true, true),
  field(emailIn, t('email'), cfg.emailRequired, true),
  phoneField,
  firstField,
  formError, startBtn);

/** Turns the form into one that leaves a message (WID-04), headed by {@code text}, or back into one that starts a chat. */
export function leaveMessageInstead(on, text) {
  if (on === leavingMessage && !on) {
    return;
  }
  leavingMessage = on;
  intro.textContent = on ? text : t('intro');
  firstIn.removeAttribute('aria-describedby');
  firstIn.removeAttribute('aria-invalid');
  const next = field(firstIn, t(on ? 'offlineLabel' : 'firstMessage'), on, on);
  firstField.replaceWith(next);
  firstField = next;
  startBtn.textContent = t(on ? 'offlineSend' : 'start');
}
prechat.addEventListener('input', (e) => {
  if (e.target.hasAttribute('aria-invalid')) {
    setError(e.target, ''); // the customer is fixing it
  }
});

function validate() {
  let first = null;
  const check = (input, message) => {
    setError(input, message);
    first = first || (message && input);
  };
  const email = emailIn.value.trim();
  check(nameIn, nameIn.value.trim() ? '' : t('nameRequired'));
  check(emailIn, email ? (EMAIL.test(email) ? '' : t('emailInvalid')) : cfg.emailRequired ? t('emailRequired') : '');
  if (phoneShown) {
    check(phoneIn, phoneIn.value.trim() || !cfg.phone.required ? '' : t('fieldRequired'));
  }
  if (leavingMessage) {
    check(firstIn, firstIn.value.trim() ? '' : t('messageRequired'));
  }
  if (first) {
    first.focus();
  }
  return !first;
}

export function submitForm(e) {
  if (e) {
    e.preventDefault();
  }
  formError.textContent = '';
  if (intents.starting || !validate()) {
    return;
  }
  intents.arrival = { name: nameIn.value.trim(), email: emailIn.value.trim(), phone: phoneShown ? phoneIn.value.trim() : '' };
  intents.firstMessage = firstIn.value.trim(); // sent once the chat is open; kept in the form if refused
  // Out of hours it is the offline message, sent when the server confirms it is closed (if it opened meanwhile,
  // the chat starts with it instead).
  intents.offlinePending = leavingMessage ? { clientId: newId(), text: intents.firstMessage } : null;
  intents.starting = true;
  startBtn.disabled = true;
  link.wanted = true;
  link.attempt = 0;
  connect();
}
