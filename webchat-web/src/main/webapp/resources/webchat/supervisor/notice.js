/*
 * A short notice above the board (a refusal), gone after a while.
 */
import { el } from '../console/dom.js';

const noticeEl = document.getElementById('sup-notice');
let timer = 0;

export function notice(text, action) {
  clearTimeout(timer);
  noticeEl.replaceChildren(el('span', { text }), action || '');
  if (!action) {
    timer = setTimeout(() => noticeEl.replaceChildren(), 8000);
  }
}
