/*
 * The workspace's texts (bundle keys workspace.*) in the agent's language.
 */
import { TEXTS } from './config.js';

// t('send') reads workspace.send; {0}, {1}... are replaced by the arguments. A missing key shows
// itself, so that it is noticed rather than silently blank.
export function t(key, ...args) {
  const text = TEXTS['workspace.' + key];
  if (typeof text !== 'string') {
    return 'workspace.' + key;
  }
  return text.replace(/\{(\d+)\}/g, (whole, i) => (args[i] == null ? whole : String(args[i])));
}

export function hasText(key) {
  return typeof TEXTS['workspace.' + key] === 'string';
}
