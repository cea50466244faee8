/*
 * Building elements: never innerHTML, every text goes in as textContent; labelled fields with their error line.
 */
import * as shared from '../shared.js';
import { t } from './texts.js';

export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) {
      continue;
    }
    if (k === 'text') {
      el.textContent = v;
    } else if (k.startsWith('on')) {
      el.addEventListener(k.slice(2), v);
    } else {
      el.setAttribute(k, v === true ? '' : v);
    }
  }
  el.append(...kids.filter((kid) => kid != null && kid !== false && kid !== ''));
  return el;
}

const ICONS = {
  down: 'M6 9l6 6 6-6',
  send: 'M3 11l18-8-8 18-2-8z',
  end: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
  emoji: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 14c1 1.5 2.3 2 4 2s3-.5 4-2M9 9.5h.01M15 9.5h.01',
  attach: 'M20 11.5l-7.8 7.8a5 5 0 0 1-7-7l8.4-8.4a3.3 3.3 0 0 1 4.7 4.7l-8.4 8.4a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8',
  mic: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3',
  stop: 'M7 7h10v10H7z',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c1-4 4.5-6 8-6s7 2 8 6',
  phone: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z',
  video: 'M3 6h12v12H3zM15 10l6-3v10l-6-3',
};

export function icon(name) {
  return shared.icon(ICONS[name]);
}

export function iconButton(id, label, name, onclick) {
  return h('button', { type: 'button', id, class: 'wc-icon', 'aria-label': label, title: label, onclick }, icon(name));
}

// A labelled input with its own error line, tied together for assistive technology.
export function field(input, label, required, withError) {
  input.required = !!required;
  const error = withError && h('p', { id: input.id + '-error', class: 'wc-error', 'aria-live': 'polite' });
  if (error) {
    input.setAttribute('aria-describedby', error.id);
  }
  return h('div', { class: 'wc-field' },
    h('label', { for: input.id }, label, !required && h('span', { class: 'wc-opt', text: ' ' + t('optional') })),
    input, error);
}

export function setError(input, message) {
  document.getElementById(input.id + '-error').textContent = message;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
  } else {
    input.removeAttribute('aria-invalid');
  }
}
