/*
 * What the server says over the chat socket (protocol v1): one handler per frame type.
 */
import { chat, intents, link } from './session.js';
import { botError, botLine, botState } from './botting.js';
import { callError, callFrame } from './calling.js';
import { queueText } from './composer.js';
import { cfg } from './config.js';
import { setError } from './dom.js';
import { renderStatus } from './header.js';
import { reportPage, toHost } from './host.js';
import { offlineBtn, offlineForm, offlineIn, offlineInfo, offlineSent, offlineView, showUnavailable } from './offline.js';
import { emailIn, firstIn, formError, phoneIn, startBtn } from './prechat.js';
import { ratedEl, ratingForm } from './rating.js';
import { closeSoon, drop, resendPending, send, stopSocket } from './socket.js';
import { forget, unqueue, writeStore } from './store.js';
import { t } from './texts.js';
import { buildMessage, markNotSent, nearBottom, noteSeq, notice, pending, place, renderWelcome, scrollDown, settle, shown, typingEl } from './thread.js';
import { applyState, chatView, clearChat, show, showForm, view } from './views.js';

let typingTimer = 0;

// A message frame refused for good (issue 11, point 3): only 'retry' is sent again. The reason is the widget's
// own text, in the customer's language; a chat that has ended shows as ended.
function notSent(f) {
  const reason = t({ 'chat-ended': 'notSentEnded', 'too-long': 'notSentTooLong' }[f.code] || 'notSentRefused');
  if (intents.offlinePending && f.clientId === intents.offlinePending.clientId) {
    intents.offlinePending = null;
    offlineBtn.disabled = false;
    setError(offlineIn, reason);
    offlineIn.focus();
    return true;
  }
  if (!markNotSent(f.clientId, reason)) {
    return false;
  }
  if (f.code === 'chat-ended' && chat.state !== 'ENDED') {
    handlers.state({ state: 'ENDED' });
  }
  return true;
}

export const handlers = {
  welcome(f) {
    link.answered = true;
    link.attempt = 0;
    if (f.state === 'OFFLINE') {
      return; // the offline message's own interaction; its ack confirms it
    }
    intents.offlinePending = null; // the campaign opened meanwhile: the message starts the chat instead
    if (f.token !== chat.token) {
      if (chat.token) {
        clearChat(); // the server could not resume the old chat and opened a new one
      }
      chat.token = f.token;
      writeStore({ token: chat.token, lastSeq: 0, welcome: f.text || '' });
    }
    intents.starting = false;
    startBtn.disabled = false;
    chat.position = f.position || 0;
    if (f.state === 'ASSIGNED') {
      chat.agentName = f.agentName || '';
      chat.agentPicture = f.agentPicture || '';
    }
    chat.calls = !!f.calls;
    chat.canRate = !!f.feedback;
    chat.hasRated = f.state === 'ENDED' && !f.feedback;
    if (view !== chatView) {
      show(chatView);
    }
    renderWelcome();
    applyState(f.state);
    botState(f);
    if (intents.firstMessage) {
      queueText(intents.firstMessage);
      intents.firstMessage = firstIn.value = '';
    }
    resendPending();
    if (intents.pageUrl !== intents.reportedUrl) {
      reportPage(); // the loader's report came after the hello had gone
    }
  },

  refused(f) {
    link.answered = true;
    intents.starting = false;
    startBtn.disabled = false;
    renderStatus(); // answered: no longer connecting
    if (chat.token) {
      forget(); // the stored chat no longer exists
      clearChat();
    }
    if (f.reason === 'out-of-hours' && f.offlineMessage) {
      offlineInfo.textContent = f.text || t('out-of-hours');
      if (view !== offlineView) {
        offlineIn.value = offlineIn.value || intents.firstMessage;
        show(offlineView);
        toHost('state', { state: 'offline' });
      }
      offlineBtn.disabled = !!intents.offlinePending;
      if (intents.offlinePending) {
        send(Object.assign({ type: 'message' }, intents.offlinePending)); // typed before the socket dropped
      }
      return;
    }
    stopSocket();
    intents.offlinePending = null; // no longer out of hours: the form is there again, the text in it
    if (f.reason === 'email-required' || f.reason === 'phone-field-required') {
      showForm();
      const input = f.reason === 'email-required' ? emailIn : phoneIn;
      setError(input, f.reason === 'email-required' ? t('emailRequired') : t('fieldRequired'));
      input.focus();
    } else {
      showUnavailable(f.text, f.reason);
    }
  },

  message(f) {
    const seq = Number(f.seq);
    if (!(seq > 0) || shown.has(seq)) {
      return; // each seq once: history replays and multi-tab echoes are dropped here
    }
    const stick = nearBottom();
    const li = buildMessage(f, 'stored');
    const mine = f.clientId && pending.get(f.clientId);
    if (mine) {
      pending.delete(f.clientId);
      mine.remove();
    }
    if (f.clientId) {
      unqueue(f.clientId);
    }
    shown.set(seq, li);
    place(li);
    if (f.from === 'bot') {
      botLine(li, f);
    }
    if (stick || mine) {
      scrollDown();
    }
    noteSeq(seq);
    if (seq > chat.seenSeq) {
      chat.seenSeq = seq;
      if (f.from === 'agent') {
        typingEl.hidden = true;
      }
      if (f.from !== 'customer') {
        toHost('message', { from: f.from, text: f.text || (f.attachment && f.attachment.name) || '' });
      }
      if (['agent', 'supervisor', 'bot'].includes(f.from) && !chat.isOpen) {
        chat.unread++;
        toHost('unread', { count: chat.unread });
      }
    }
  },

  ack(f) {
    if (intents.offlinePending && f.clientId === intents.offlinePending.clientId) {
      intents.offlinePending = null;
      intents.firstMessage = firstIn.value = '';
      stopSocket();
      offlineForm.hidden = true;
      offlineSent.hidden = false;
      offlineSent.focus();
      toHost('state', { state: 'offline-sent' });
      return;
    }
    unqueue(f.clientId);
    const li = pending.get(f.clientId);
    if (li) {
      settle(li, Number(f.seq));
    }
    noteSeq(Number(f.seq));
  },

  state(f) {
    if (typeof f.calls === 'boolean') {
      chat.calls = f.calls;
    }
    if (f.state === 'ASSIGNED') {
      chat.agentName = f.agentName || '';
      chat.agentPicture = f.agentPicture || '';
    }
    if (f.state === 'ENDED' && chat.state !== 'ENDED') {
      chat.canRate = !!cfg.feedback && !chat.hasRated;
    }
    applyState(f.state);
    botState(f);
  },

  queue(f) {
    chat.position = Number(f.position) || 0;
    renderStatus();
  },

  typing(f) {
    clearTimeout(typingTimer);
    typingEl.hidden = !f.typing;
    if (f.typing) {
      typingEl.textContent = t('typing', { name: chat.agentName || t('agent') });
      typingTimer = setTimeout(() => { typingEl.hidden = true; }, 6000);
    }
  },

  rated() {
    chat.hasRated = true;
    chat.canRate = false;
    intents.ratingPending = null;
    ratingForm.hidden = true;
    ratedEl.hidden = false;
    ratedEl.focus();
    closeSoon();
  },

  'call-state': callFrame,
  'call-signal': callFrame,

  error(f) {
    if ((typeof f.clientId === 'string' && f.code !== 'retry' && notSent(f)) || callError(f) || botError(f)) {
      return;
    }
    if (f.code === 'retry') {
      if (link.answered) {
        setTimeout(resendPending, 1000);
      } else {
        drop(); // the hello itself failed: reconnect with backoff
      }
    } else if (!link.answered) {
      // The hello was refused as malformed: a new chat goes back to the form, a resumed one starts over.
      stopSocket();
      if (!intents.starting) {
        forget();
        clearChat();
      }
      showForm();
      if (f.code === 'bad-email') {
        setError(emailIn, t('emailInvalid'));
      } else {
        formError.textContent = t('startFailed');
      }
    } else {
      if (f.code === 'no-feedback') {
        intents.ratingPending = null;
        ratingForm.hidden = true;
      }
      notice(f.message || '');
    }
  },
};
