/*
 * What the server says over the agent socket (protocol v1): one handler per frame type.
 */
import { desk, link } from './session.js';
import { renderState, setMyState } from './agentstate.js';
import { alertAgent } from './alerts.js';
import { onCallError, onCallSignal, onCallState } from './call.js';
import { cannedMode, refreshCanned, requestCanned } from './canned.js';
import { MAX_TEXT } from './config.js';
import { renderConversation, renderHeader, renderTyping, requestLoad, select } from './conversation.js';
import { historyOpen, renderHistory } from './history.js';
import { renderInbox, renderInboxSoon } from './inbox.js';
import { agentNameEl, qualityBox, transferDialog } from './layout.js';
import { endLocally, removeChat, reopen } from './lifecycle.js';
import { addMessage, markNotSent, unqueue } from './messages.js';
import { activeChats, chats, current, customerName, keyOf, me, offers, rememberEnded, upsertChat } from './model.js';
import { notice } from './notice.js';
import { expiryOf } from './offers.js';
import { onCustomer, onCustomerRating } from './presence.js';
import { onCampaignQueue, onQueues } from './queues.js';
import { renderConnection, resendPending, resumeFrom, send, signInAgain, signedOut } from './socket.js';
import { store } from './store.js';
import { hasText, t } from './texts.js';
import { renderTargets, transferKey } from './transfer.js';
import { renderQuality } from './wrapup.js';

// A message frame refused for good (issue 11, point 3): only 'retry' is sent again. A chat the server says has
// ended ends here too.
function notSent(f, code) {
  const chat = markNotSent(String(f.clientId), t(code === 'chat-ended' ? 'notSent.chatEnded'
    : code === 'too-long' ? 'notSent.tooLong' : 'notSent.refused', MAX_TEXT));
  if (!chat) {
    return false;
  }
  if (code === 'chat-ended' && !chat.ended) {
    endLocally(chat, {});
  }
  return true;
}

const chatOf = (f) => (f && f.interaction != null ? chats.get(keyOf(f.interaction)) || null : null);

export const handlers = {
  customer: onCustomer, // issue 11, point 19
  'customer-rating': onCustomerRating,
  queues: onQueues, // issue 11, point 18
  'campaign-queue': onCampaignQueue,
  'call-state': onCallState, // AV-01..03
  'call-signal': onCallSignal,

  hello(f) {
    const first = !link.everAnswered;
    link.everAnswered = true;
    link.attempt = 0;
    if (f.name) {
      me.name = String(f.name);
      agentNameEl.textContent = me.name;
    }
    desk.breakTypes = Array.isArray(f.breakTypes) ? f.breakTypes.filter((b) => b && b.id != null) : [];
    // Ringing offers follow the hello again; transfer offers run out by their own clock.
    for (const [key, o] of offers) {
      if (!o.transfer) {
        offers.delete(key);
      }
    }
    desk.acceptingKey = null;
    const listed = new Set();
    for (const c of Array.isArray(f.chats) ? f.chats : []) {
      if (c && c.interaction != null) {
        const chat = upsertChat(c);
        listed.add(chat.key);
        if (chat.ended) {
          reopen(chat); // came back to the agent (a returned transfer) while the page was away
        }
      }
    }
    for (const chat of activeChats()) {
      if (!listed.has(chat.key)) {
        endLocally(chat, {}); // ended while the connection was down
      }
    }
    if (first && desk.selectedKey == null && store.selected != null && chats.has(keyOf(store.selected))) {
      select(keyOf(store.selected)); // before answered: its replay goes out with the others below
    }
    link.answered = true;
    setMyState(f.state, f.breakName, f.pausedBy);
    for (const chat of activeChats()) {
      send({ type: 'resume', interaction: chat.id, lastSeq: resumeFrom(chat) });
    }
    const shown = current();
    if (shown && shown.ended) {
      requestLoad(shown);
    }
    if (shown && !shown.ended && shown.canned == null) {
      shown.cannedAskedAt = 0; // a new socket: the old question died with the old one
      requestCanned(shown);
    }
    resendPending();
    renderConnection();
    renderInbox();
    renderConversation(false);
  },

  pong() {
    link.pongSeen = true;
  },

  assigned(f) {
    if (f.interaction == null) {
      return;
    }
    const key = keyOf(f.interaction);
    const before = chats.get(key);
    const isNew = !before || before.ended;
    const chat = upsertChat(f);
    if (chat.ended) {
      reopen(chat);
    }
    offers.delete(key);
    if (isNew && !chat.loaded) {
      chat.loaded = true;
      send({ type: 'resume', interaction: chat.id, lastSeq: 0 }); // the customer's messages so far
    }
    const accepted = desk.acceptingKey === key;
    if (accepted) {
      desk.acceptingKey = null;
    } else if (isNew) {
      alertAgent(t('alert.assigned'), t('alert.body', customerName(chat), chat.campaignName || ''), key);
    }
    if (accepted || desk.selectedKey == null) {
      select(key);
    } else {
      renderInbox();
      if (key === desk.selectedKey) {
        renderConversation(false);
      }
    }
  },

  message(f) {
    const chat = chatOf(f);
    if (chat) {
      addMessage(chat, f);
    }
  },

  ack(f) {
    for (const chat of chats.values()) {
      const p = chat.pending.get(f.clientId);
      if (p) {
        addMessage(chat, { seq: f.seq, from: 'agent', name: me.name, text: p.text, clientId: f.clientId, at: p.at });
        return;
      }
      unqueue(chat, f.clientId);
    }
  },

  typing(f) {
    const chat = chatOf(f);
    if (!chat) {
      return;
    }
    chat.customerTyping = !!f.typing;
    clearTimeout(chat.typingTimer);
    if (chat.customerTyping) {
      chat.typingTimer = setTimeout(() => {
        chat.customerTyping = false; // a lost "false" must not leave it typing forever
        if (chat.key === desk.selectedKey) {
          renderTyping(chat);
        }
        renderInboxSoon();
      }, 6000);
    }
    if (chat.key === desk.selectedKey) {
      renderTyping(chat);
    }
    renderInboxSoon();
  },

  page(f) {
    const chat = chatOf(f);
    if (chat) {
      chat.pageUrl = f.url;
      if (chat.key === desk.selectedKey) {
        renderHeader(chat);
      }
    }
  },

  ended(f) {
    const chat = chatOf(f);
    if (chat && !chat.ended) {
      endLocally(chat, f);
    }
  },

  offer(f) {
    if (f.interaction == null) {
      return;
    }
    const key = keyOf(f.interaction);
    const chat = chats.get(key);
    if (chat && !chat.ended) {
      return; // already mine
    }
    const known = offers.has(key);
    offers.set(key, { key, id: f.interaction, campaign: f.campaign, campaignName: f.campaignName,
      customer: f.customer, expires: expiryOf(f), transfer: false });
    if (!known) {
      alertAgent(t('alert.offer'), t('alert.body', f.customer || t('customer.unknown'), f.campaignName || ''), key);
    }
    renderInbox();
  },

  'offer-closed'(f) {
    if (f.interaction != null && offers.delete(keyOf(f.interaction))) {
      renderInbox();
    }
  },

  'transfer-offer'(f) {
    if (f.interaction == null) {
      return;
    }
    const key = keyOf(f.interaction);
    const known = offers.has(key);
    offers.set(key, { key, id: f.interaction, campaignName: f.campaignName, customer: f.customer,
      fromName: f.fromName, note: typeof f.note === 'string' ? f.note : '', expires: expiryOf(f), transfer: true });
    if (!known) {
      alertAgent(t('alert.transfer', f.fromName || ''), t('alert.body', f.customer || t('customer.unknown'),
        f.campaignName || ''), key);
    }
    renderInbox();
  },

  transferred(f) {
    const chat = chatOf(f);
    if (chat && !chat.ended) {
      chat.transferred = true;
      endLocally(chat, { endReason: 'TRANSFERRED' });
    }
    if (chat && chat.transferred && f.takenBy) {
      chat.takenBy = String(f.takenBy); // who took over (issue 11, point 17)
      rememberEnded();
      if (chat.key === desk.selectedKey) {
        renderConversation(false);
      }
    }
  },

  'transfer-returned'(f) {
    const chat = chatOf(f);
    if (!chat) {
      notice(t('transfer.returnedUnknown'));
      return;
    }
    if (chat.ended) {
      reopen(chat);
    }
    chat.transferring = false;
    notice(t('transfer.returned', customerName(chat)));
    if (chat.key === desk.selectedKey) {
      renderConversation(false);
    }
    renderInbox();
  },

  'agent-state'(f) {
    const paused = f.state === 'ON_BREAK' && f.pausedBy && f.pausedBy !== me.pausedBy;
    setMyState(f.state, f.breakName, f.pausedBy);
    if (paused) {
      notice(t('state.pausedNotice', String(f.pausedBy), String(f.breakName || ''))); // SUP-14
    }
    if (f.state === 'LOGGED_OUT' && !signInAgain()) {
      signedOut(); // a supervisor logged the agent out (SUP-15): the login page, else a reload button
    }
  },

  history(f) {
    const chat = chatOf(f);
    if (chat) {
      chat.history = Array.isArray(f.items) ? f.items : [];
      if (historyOpen && chat.key === desk.selectedKey) {
        renderHistory();
      }
    }
  },

  canned(f) {
    const chat = chatOf(f);
    if (chat) {
      chat.canned = Array.isArray(f.responses) ? f.responses : [];
      if (cannedMode && chat.key === desk.selectedKey) {
        refreshCanned();
      }
    }
  },

  targets(f) {
    if (f.interaction != null && keyOf(f.interaction) === transferKey && transferDialog.open) {
      renderTargets(f);
    }
  },

  evaluated(f) {
    const chat = chatOf(f);
    if (chat) {
      chat.score = f.score == null ? null : f.score;
      chat.evaluated = true;
      chat.evaluating = null;
      rememberEnded();
      if (chat.key === desk.selectedKey) {
        const hadFocus = qualityBox.contains(document.activeElement);
        renderQuality(chat);
        const done = qualityBox.querySelector('#ws-quality-done');
        if (hadFocus && done) {
          done.focus();
        }
      }
      renderInbox();
    }
  },

  error(f) {
    const code = String(f.code || '');
    if (f.clientId != null && code !== 'retry' && notSent(f, code)) {
      return;
    }
    if (onCallError(f)) {
      return;
    }
    const chat = chatOf(f);
    const key = f.interaction != null ? keyOf(f.interaction) : null;
    if (code === 'retry') {
      setTimeout(resendPending, 1000);
      return;
    }
    if (code === 'not-yours') {
      if (chat && !chat.ended) {
        removeChat(chat);
      }
      return; // an ended chat whose replay was refused keeps its summary
    }
    if (code === 'offer-gone' || code === 'cannot-take') {
      if (key != null) {
        offers.delete(key);
        if (desk.acceptingKey === key) {
          desk.acceptingKey = null;
        }
      }
      notice(t('error.' + code));
      renderInbox();
      return;
    }
    if (code === 'unknown-break') {
      desk.pendingState = null;
      renderState();
    }
    if (chat) {
      // What was asked of this chat failed: let the agent try again.
      chat.transferring = false;
      chat.ending = false;
      if (chat.evaluating) {
        chat.evaluating = null;
      }
      if (chat.key === desk.selectedKey) {
        renderConversation(false);
      }
      renderInbox();
    }
    // The server's own words are English for the log; the agent reads its language.
    if (typeof f.message === 'string' && f.message) {
      console.warn('Webchat: ' + code + ': ' + f.message);
    }
    notice(code === 'too-long' ? t('error.tooLong', MAX_TEXT)
      : code && hasText('error.' + code) ? t('error.' + code) : t('error.refused'));
  },
};
