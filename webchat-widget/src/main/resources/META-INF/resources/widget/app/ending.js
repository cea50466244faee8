/*
 * Ending the chat from the widget, after a confirmation (WID-07).
 */
import { intents } from './session.js';
import { textIn } from './composer.js';
import { h } from './dom.js';
import { sendInChat } from './socket.js';
import { t } from './texts.js';

export const endConfirm = h('div', { id: 'wc-end-confirm', class: 'wc-confirm', role: 'group', 'aria-labelledby': 'wc-end-question', hidden: true },
  h('span', { id: 'wc-end-question', text: t('endQuestion') }),
  h('button', { type: 'button', id: 'wc-end-yes', class: 'wc-danger', text: t('endYes'), onclick: endChat }),
  h('button', { type: 'button', id: 'wc-end-no', class: 'wc-secondary', text: t('cancel'), onclick: cancelEnd }));
endConfirm.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    cancelEnd();
  }
});

export function askEnd(ask) {
  endConfirm.hidden = !ask;
  if (ask) {
    document.getElementById('wc-end-no').focus();
  }
}

function cancelEnd() {
  askEnd(false);
  document.getElementById('wc-end').focus();
}

export function endChat() {
  askEnd(false);
  intents.endPending = true; // until the ENDED state arrives; resent after a reconnect
  sendInChat({ type: 'end' });
  textIn.focus();
}
