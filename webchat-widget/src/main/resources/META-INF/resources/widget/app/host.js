/*
 * The loader bridge: messages to and from the host page's loader.js over postMessage, only with the host
 * origin the widget page was opened for (WID-10).
 */
import { chat, intents } from './session.js';
import { composer, textIn } from './composer.js';
import { host } from './config.js';
import { endChat } from './ending.js';
import { emailIn, firstIn, nameIn, phoneIn, prechat, submitForm } from './prechat.js';
import { sendInChat } from './socket.js';
import { chatView, newBtn, view } from './views.js';

let hostState = null;

export function toHost(type, data) {
  if (type === 'state') {
    if (data.state === hostState) {
      return; // a reconnect's welcome repeats the state: the host hears of changes only
    }
    hostState = data.state;
  }
  if (host) {
    window.parent.postMessage(Object.assign({ webchat: 1, type }, data), host);
  }
}

function focusView() {
  const target = view === chatView ? (composer.hidden ? newBtn : textIn) : view && view.querySelector('input, textarea, button');
  if (target) {
    target.focus();
  }
}

export function reportPage() {
  if (intents.pageUrl !== intents.reportedUrl && chat.state !== 'ENDED' && sendInChat({ type: 'page', url: intents.pageUrl.slice(0, 2000) })) {
    intents.reportedUrl = intents.pageUrl;
  }
}

export function fromHost(e) {
  if (!host || e.origin !== host || e.source !== window.parent || !e.data || e.data.webchat !== 1) {
    return;
  }
  const m = e.data;
  switch (m.type) {
    case 'open':
      chat.isOpen = true;
      chat.unread = 0;
      toHost('unread', { count: 0 });
      if (m.focus) {
        focusView();
      }
      break;
    case 'close':
      chat.isOpen = false;
      break;
    case 'start':
      toHost('open-request'); // the customer should see the chat start, or the form's errors
      if (view === prechat && m.data) {
        [['name', nameIn], ['email', emailIn], ['phone', phoneIn], ['message', firstIn]].forEach(([k, input]) => {
          if (typeof m.data[k] === 'string') {
            input.value = m.data[k];
          }
        });
        submitForm();
      }
      break;
    case 'end':
      if (chat.state && chat.state !== 'ENDED') {
        endChat();
      }
      break;
    case 'page':
      if (typeof m.url === 'string' && /^https?:\/\//i.test(m.url)) {
        intents.pageUrl = m.url;
        reportPage();
      }
      break;
  }
}
