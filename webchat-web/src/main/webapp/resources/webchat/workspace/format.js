/*
 * Formatting: clocks, times and dates in the agent's language, file sizes, accent-insensitive search.
 */
import * as shared from '../../../widget/shared.js';
import { lang } from './config.js';

const pad = (n) => String(n).padStart(2, '0');

// m:ss, or h:mm:ss past an hour.
export function clock(seconds) {
  const s = Math.max(0, Math.floor(Number(seconds) || 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? h + ':' + pad(m) + ':' + pad(s % 60) : m + ':' + pad(s % 60);
}

// Server times arrive as ISO strings or epoch milliseconds.
export function millis(value) {
  if (typeof value === 'number') {
    return value;
  }
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

export function timeOf(value) {
  const ms = millis(value);
  return ms == null ? '' : new Date(ms).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
}

export function dateTimeOf(value) {
  const ms = millis(value);
  return ms == null ? '' : new Date(ms).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

export function humanSize(bytes) {
  return shared.humanSize(bytes, lang);
}

// Case- and accent-insensitive, so that "jose" finds "José".
export const fold = (s) => String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
