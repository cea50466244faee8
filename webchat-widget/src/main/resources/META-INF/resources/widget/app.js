/*
 * Webchat app: the customer's chat inside the widget's iframe (or opened directly as a page).
 * Pre-chat form, offline message, queue, conversation, rating (WID-02..09). Talks to the server over
 * the chat socket (protocol v1) and to the host page's loader over postMessage. Texts from customers
 * and agents only ever reach the page through textContent.
 *
 * Native modules, one concern each, in app/ (no build step): config and texts, dom helpers, the header,
 * the views (prechat, offline, thread, composer, emoji, attachments, ending, rating) and the switching
 * between them (views), the resilience of the chat (store: the outbox kept in localStorage; socket:
 * reconnecting and resending; frames: what the server says) and the loader bridge (host). This module
 * puts them on the page and starts.
 */
// views.js first: its chat view is built from the other modules' elements, which must exist by then.
import { clearChat, offerChat, resume, views } from './app/views.js';
import { chat, link } from './app/session.js';
import { retrying, tryUpload } from './app/attachments.js';
import { KEY, cfg, lang } from './app/config.js';
import { header, renderHeader } from './app/header.js';
import { fromHost, toHost } from './app/host.js';
import { showUnavailable } from './app/offline.js';
import { emailIn, firstIn, nameIn, phoneIn } from './app/prechat.js';
import { connect, drop, stopSocket } from './app/socket.js';
import { readStore, store } from './app/store.js';
import { t } from './app/texts.js';

function init() {
  const root = document.documentElement;
  root.lang = lang;
  document.title = cfg.campaignName || t('chat');
  let color = String(cfg.color || '');
  if (/^#[0-9a-f]{3}$/i.test(color)) {
    color = '#' + color[1] + color[1] + color[2] + color[2] + color[3] + color[3];
  }
  if (/^#[0-9a-f]{6}$/i.test(color)) {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(color.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    root.style.setProperty('--wc-color', color);
    // WCAG: black or white text, whichever contrasts more with the campaign colour
    root.style.setProperty('--wc-on-color', (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) ? '#000' : '#fff');
  }

  const prefill = cfg.prefill || {};
  nameIn.value = prefill.name || '';
  emailIn.value = prefill.email || '';
  phoneIn.value = prefill.phone || '';
  firstIn.value = prefill.message || '';

  document.getElementById('webchat').append(header, ...views);
  renderHeader();

  window.addEventListener('message', fromHost);
  window.addEventListener('offline', () => {
    link.offline = true;
    document.body.classList.add('wc-offline');
    drop(); // at once: the customer sees "Reconnecting…" and new messages wait in the outbox
  });
  window.addEventListener('online', () => {
    link.offline = false;
    document.body.classList.remove('wc-offline');
    link.attempt = 0;
    connect();
    for (const u of retrying.values()) {
      clearTimeout(u.timer); // the network is back: no need to wait for the backoff
      retrying.delete(u.id);
      tryUpload(u);
    }
  });
  // Another tab of the site started, replaced or cleared the chat: follow it.
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY && e.key !== null) {
      return;
    }
    if ((readStore().token || null) !== chat.token && cfg.enabled) {
      stopSocket();
      clearChat();
      if (store.token) {
        resume();
      } else {
        offerChat();
      }
    }
  });
  document.body.classList.toggle('wc-offline', link.offline);

  if (!cfg.enabled) {
    showUnavailable(null, 'campaign-disabled');
  } else if (readStore().token) {
    resume();
  } else {
    offerChat();
  }
  toHost('ready');
}

init();
