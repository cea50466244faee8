/*
 * The chat kept in localStorage: token, last seq, unsent messages (the outbox), shared by the site's tabs
 * (WID-09).
 */
import { KEY } from './config.js';

export let store = {}; // mirror of localStorage[KEY]: {token, lastSeq, outbox: [{clientId, text}], welcome}

export function readStore() {
  try {
    store = JSON.parse(localStorage.getItem(KEY)) || {};
  } catch (e) {
    // storage blocked (e.g. third-party iframe in private mode): the in-memory copy serves this tab
  }
  return store;
}

export function writeStore(patch) {
  readStore(); // another tab may have written since
  Object.assign(store, patch);
  try {
    localStorage.setItem(KEY, JSON.stringify(store));
  } catch (e) {
    // see readStore
  }
}

export function forget() {
  store = {};
  try {
    localStorage.removeItem(KEY);
  } catch (e) {
    // see readStore
  }
}

export const outbox = () => readStore().outbox || [];

/** Takes a message out of the outbox; says whether it was there. */
export function unqueue(clientId) {
  const left = outbox().filter((m) => m.clientId !== clientId);
  if (left.length === outbox().length) {
    return false;
  }
  writeStore({ outbox: left });
  return true;
}

export function newId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12)); // 12 bytes = 16 base64url characters
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}
