/*
 * Session storage: the outbox, drafts, what was seen and the recent ended chats survive a reload.
 */
import { cfg } from './config.js';

const STORE_KEY = 'webchat.workspace.' + (cfg.agentId == null ? '' : cfg.agentId);
export let store = { outbox: {}, drafts: {}, seen: {}, ended: [], selected: null };
try {
  Object.assign(store, JSON.parse(sessionStorage.getItem(STORE_KEY)) || {});
} catch (e) {
  // storage blocked or corrupt: this page keeps its own copy in memory
}

export function save() {
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(store));
  } catch (e) {
    // see above
  }
}

let saveTimer = 0;

export function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 400);
}

window.addEventListener('pagehide', save);
