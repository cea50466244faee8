/*
 * The conversation's three-dots menu (AGT-06) and ending a chat after a confirmation (AGT-07).
 */
import { stopTyping } from './composer.js';
import { endConfirm, endNoBtn, endQuestion, menuEl, moreBtn } from './layout.js';
import { current, customerName } from './model.js';
import { notice } from './notice.js';
import { send } from './socket.js';
import { t } from './texts.js';

export function toggleMenu(open) {
  const chat = current();
  if (open && !chat) {
    return;
  }
  if (open) {
    const closed = chat.ended || chat.ending;
    menuEl.querySelector('#ws-more-transfer').disabled = closed || !!chat.transferring;
    menuEl.querySelector('#ws-end').disabled = closed;
  }
  const wasOpen = !menuEl.hidden;
  menuEl.hidden = !open;
  moreBtn.setAttribute('aria-expanded', String(open));
  if (open) {
    menuEl.querySelector('[role="menuitem"]:not([disabled])').focus();
  } else if (wasOpen && menuEl.contains(document.activeElement)) {
    moreBtn.focus();
  }
}

export function menuKey(e) {
  const items = [...menuEl.querySelectorAll('[role="menuitem"]:not([disabled])')];
  const at = items.indexOf(document.activeElement);
  let next = null;
  if (e.key === 'ArrowDown') {
    next = items[(at + 1) % items.length];
  } else if (e.key === 'ArrowUp') {
    next = items[(at - 1 + items.length) % items.length];
  } else if (e.key === 'Home') {
    next = items[0];
  } else if (e.key === 'End') {
    next = items[items.length - 1];
  } else if (e.key === 'Escape' || e.key === 'Tab') {
    if (e.key === 'Escape') {
      e.preventDefault();
    }
    toggleMenu(false);
    return;
  }
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

export function askEnd(ask) {
  const chat = current();
  if (!chat || chat.ended) {
    return;
  }
  endConfirm.hidden = !ask;
  if (ask) {
    endQuestion.textContent = t('end.question', customerName(chat));
    endNoBtn.focus();
  }
}

export function cancelEnd() {
  endConfirm.hidden = true;
  moreBtn.focus();
}

export function endChat() {
  const chat = current();
  endConfirm.hidden = true;
  if (!chat || chat.ended) {
    return;
  }
  chat.ending = true; // until the ended frame; sent again after a reconnect
  stopTyping();
  if (!send({ type: 'end', interaction: chat.id })) {
    notice(t('error.offlineLater'));
  }
  moreBtn.focus();
}
