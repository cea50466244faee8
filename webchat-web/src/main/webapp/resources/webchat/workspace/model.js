/*
 * The model: the chats held here (active and recently ended) and what the server said about each.
 */
import { desk } from './session.js';
import { ENDED_KEPT, cfg } from './config.js';
import { save, store } from './store.js';
import { t } from './texts.js';

export function newClientId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12)); // 12 bytes: 16 base64url characters
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

export const keyOf = (interaction) => String(interaction);

const CHAT_FIELDS = ['campaign', 'campaignName', 'customer', 'email', 'phone', 'extra', 'extraLabel', 'pageUrl', 'language',
  'queuedAt', 'assignedAt', 'waitedSeconds', 'lastSeq', 'transfer', 'customerRating',
  'takenBy', 'calls', 'bot'];
export const chats = new Map(); // key -> chat (active and recently ended)
export const offers = new Map(); // key -> offer or transfer offer ringing here
export let me = { state: null, breakName: null, pausedBy: null, name: cfg.agentName || '' };

function newChat(interaction) {
  const key = keyOf(interaction);
  return {
    key, id: interaction, messages: new Map(), pending: new Map(), unread: 0, maxSeq: 0,
    seen: Number(store.seen[key]) || 0, loaded: false, ended: false, draft: store.drafts[key] || '',
    customerTyping: false, canned: null, history: null, answers: {}, scroll: null,
  };
}

// A chat met again after a reload gets back what was still unsent.
function restorePending(chat) {
  for (const m of store.outbox[chat.key] || []) {
    chat.pending.set(m.clientId, m);
  }
}

export function upsertChat(f) {
  const key = keyOf(f.interaction);
  let chat = chats.get(key);
  if (!chat) {
    chat = newChat(f.interaction);
    chats.set(key, chat);
    restorePending(chat);
  }
  for (const field of CHAT_FIELDS) {
    if (f[field] !== undefined) {
      chat[field] = f[field];
    }
  }
  if (f.customer !== undefined) {
    chat.customerGoneSince = f.customerGoneSince || null; // a CHAT without it: the customer is there (issue 11, point 19)
  }
  if (!chat.assignedAt) {
    chat.assignedAt = new Date().toISOString();
  }
  return chat;
}

export const activeChats = () => [...chats.values()].filter((c) => !c.ended);

// Ended chats survive a reload for their wrap-up (summary and quality form; their messages come back
// from the server when asked).
export function rememberEnded() {
  store.ended = [...chats.values()].filter((c) => c.ended)
    .sort((a, b) => (b.endedAt || 0) - (a.endedAt || 0)).slice(0, ENDED_KEPT)
    .map((c) => {
      const copy = { interaction: c.id, endReason: c.endReason, transferred: !!c.transferred, endedAt: c.endedAt,
        quality: c.quality || null, evaluated: !!c.evaluated, score: c.score == null ? null : c.score };
      for (const field of CHAT_FIELDS) {
        copy[field] = c[field];
      }
      return copy;
    });
  save();
}

for (const saved of store.ended || []) {
  const chat = upsertChat(saved);
  Object.assign(chat, { ended: true, endReason: saved.endReason, transferred: saved.transferred,
    endedAt: saved.endedAt, quality: saved.quality, evaluated: !!saved.evaluated, score: saved.score, restored: true });
}

export const current = () => (desk.selectedKey ? chats.get(desk.selectedKey) || null : null);
export const customerName = (c) => (c && c.customer) || t('customer.unknown');
