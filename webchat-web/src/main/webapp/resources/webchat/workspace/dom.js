/*
 * Building elements with createElement and textContent only; line icons; customer text with its links;
 * addresses accepted only when they are the server's own.
 */
import * as shared from '../../../widget/shared.js';
import { el } from '../console/dom.js';

export { el };

// Line icons, drawn with strokes (24x24 grid).
const ICONS = {
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  send: 'M4 12l16-8-5 16-3-7zM12 13l8-9',
  emoji: 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0zM8.5 14.5c.9 1.2 2.1 1.8 3.5 1.8s2.6-.6 3.5-1.8M9 9.5h.01M15 9.5h.01',
  attach: 'M16.5 7.5l-7 7a1.8 1.8 0 0 0 2.5 2.5l7-7a3.6 3.6 0 0 0-5-5l-7 7a5.4 5.4 0 0 0 7.6 7.6l6-6',
  mic: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5.5 11.5a6.5 6.5 0 0 0 13 0M12 18v3',
  stop: 'M7 7h10v10H7z',
  trash: 'M4 7h16M9.5 7V4.5h5V7M6 7l1 13h10l1-13',
  close: 'M6 6l12 12M18 6L6 18',
  bell: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15zM10 20.5a2 2 0 0 0 4 0',
  back: 'M15 5l-7 7 7 7',
  canned: 'M5 6h14M5 11h9M5 16h6M16 14l4 4-4 4',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  video: 'M3 7h12v10H3zM15 10.5l6-3.5v10l-6-3.5',
  hangup: 'M3 15.5c5-4.7 13-4.7 18 0l-2.5 2.5-3.5-2v-2.5a10 10 0 0 0-6 0V16l-3.5 2z',
};

export function icon(name) {
  return shared.icon(ICONS[name]);
}

export function iconButton(id, label, name, onClick, extra) {
  return el('button', Object.assign({ type: 'button', id, class: 'ws-icon', 'aria-label': label, title: label,
    click: onClick }, extra || {}), icon(name));
}

// Customer text is never markup: plain text nodes, with http(s) addresses as links of their own.
export function linkify(text) {
  return shared.linkify(text);
}

// An address the server gave is used only when it is its own (same origin).
export function ownUrl(value) {
  try {
    const url = typeof value === 'string' && value ? new URL(value, location.href) : null;
    return url && url.origin === location.origin ? url.href : '';
  } catch (e) {
    return '';
  }
}

export function webUrl(value) {
  try {
    const url = typeof value === 'string' && value ? new URL(value) : null;
    return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : '';
  } catch (e) {
    return '';
  }
}
