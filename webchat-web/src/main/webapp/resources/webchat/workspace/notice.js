/*
 * A short notice at the top of the workspace (a refusal, a failed upload), gone after a while.
 */
import { el } from './dom.js';
import { noticeEl } from './layout.js';

let noticeTimer = 0;

export function notice(text, action) {
  clearTimeout(noticeTimer);
  noticeEl.replaceChildren(el('span', { text }), action || '');
  if (!action) {
    noticeTimer = setTimeout(() => noticeEl.replaceChildren(), 8000);
  }
}
