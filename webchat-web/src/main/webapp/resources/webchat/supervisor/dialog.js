/*
 * A modal dialog of the supervisor's acts (pause, log out, info): openDialog(title, content, actions) shows a native
 * <dialog> with a Close button; Escape or Close removes it and the focus goes back where it was.
 */
import { el } from '../console/dom.js';
import { root, t } from './config.js';

let count = 0;

// actions: buttons placed before Close. Returns close().
export function openDialog(title, content, actions) {
  const id = 'sup-dialog-title-' + ++count;
  const back = document.activeElement;
  const dialog = el('dialog', { class: 'sup-dialog', 'aria-labelledby': id }, [
    el('h2', { id, class: 'sup-heading', text: title }),
    el('div', { class: 'sup-dialog-body' }, content),
  ]);
  const close = () => {
    if (dialog.open) {
      dialog.close();
    }
  };
  dialog.append(el('div', { class: 'sup-dialog-actions' }, [].concat(actions || [],
    el('button', { type: 'button', class: 'sup-btn', text: t('side.close'), click: close }))));
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (back && back.isConnected) {
      back.focus();
    }
  });
  root.append(dialog);
  dialog.showModal();
  return close;
}
