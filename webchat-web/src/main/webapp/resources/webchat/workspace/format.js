/*
 * Formatting: clocks, times and dates in the agent's language, file sizes, accent-insensitive search.
 */
import * as shared from '../../../widget/shared.js';
import { millis } from '../console/time.js';
import { lang } from './config.js';

export { clock, millis } from '../console/time.js';

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
