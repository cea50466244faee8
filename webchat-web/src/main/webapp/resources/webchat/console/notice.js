/*
 * A console's short notice (a refusal, a failed upload): its words and maybe a button, gone after a while unless it
 * has a button.
 */
import { el } from './dom.js';

// The notice function of the element box() gives (asked at each notice: the element may come later than this).
export function noticeIn(box) {
  let timer = 0;
  return (text, action) => {
    clearTimeout(timer);
    box().replaceChildren(el('span', { text }), action || '');
    if (!action) {
      timer = setTimeout(() => box().replaceChildren(), 8000);
    }
  };
}
