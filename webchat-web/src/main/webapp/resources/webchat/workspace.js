/*
 * Webchat agent workspace (AGT-01..09): inbox of offers and chats, the selected conversation, composer with
 * emoji, canned responses, files and audio messages, earlier conversations, transfer, end and wrap-up.
 *
 * One socket (/ws/agent, protocol v1) carries everything but uploads. Every visible text comes from the
 * page's "workspace-texts" JSON (bundle keys workspace.*); customer and agent texts only ever reach the page
 * through textContent. What the agent writes waits in a per-chat outbox (sessionStorage) until the server
 * acknowledges it, so neither a dropped network nor a reload loses a message.
 */
(function () {
  'use strict';

  function start() {
    const root = document.getElementById('workspace');
    if (!root || root.dataset.started) {
      return;
    }
    root.dataset.started = '1';

    // ---- Page data -------------------------------------------------------------------------------

    // The JSON blocks are data, never run. A writer that wraps script text in CDATA is tolerated.
    function readJson(id) {
      const node = document.getElementById(id);
      if (!node) {
        return {};
      }
      const raw = node.textContent.trim().replace(/^(\/\/\s*)?<!\[CDATA\[/, '').replace(/(\/\/\s*)?\]\]>$/, '');
      try {
        const value = JSON.parse(raw);
        return value && typeof value === 'object' ? value : {};
      } catch (e) {
        return {};
      }
    }

    const TEXTS = readJson('workspace-texts');
    const cfg = readJson('workspace-config');
    const lang = String(cfg.language || document.documentElement.lang || 'en');
    const SOCKET_PATH = root.dataset.socket || '/ws/agent';
    const UPLOAD_URL = root.dataset.upload || '/agent/api/attachments';

    // t('send') reads workspace.send; {0}, {1}... are replaced by the arguments. A missing key shows
    // itself, so that it is noticed rather than silently blank.
    function t(key, ...args) {
      const text = TEXTS['workspace.' + key];
      if (typeof text !== 'string') {
        return 'workspace.' + key;
      }
      return text.replace(/\{(\d+)\}/g, (whole, i) => (args[i] == null ? whole : String(args[i])));
    }

    function hasText(key) {
      return typeof TEXTS['workspace.' + key] === 'string';
    }

    // ---- Limits the server enforces too ----------------------------------------------------------

    const MAX_TEXT = 8000;
    const MAX_BYTES = 10 * 1024 * 1024;
    const MAX_AUDIO_SECONDS = 120;
    const ENDED_KEPT = 20;
    // Allowed files by name ending, with the content type the server expects for that ending. The
    // browser's own type is used when it is one of these; otherwise the ending decides (some systems
    // report .csv as a spreadsheet, or nothing at all).
    const FILE_TYPES = {
      '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
      '.webp': 'image/webp', '.pdf': 'application/pdf', '.txt': 'text/plain', '.log': 'text/plain',
      '.csv': 'text/csv', '.doc': 'application/msword',
      '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      '.xls': 'application/vnd.ms-excel',
      '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      '.odt': 'application/vnd.oasis.opendocument.text',
      '.ods': 'application/vnd.oasis.opendocument.spreadsheet', '.zip': 'application/zip',
    };
    const EMOJI = ('😀 😃 😄 😊 🙂 😉 😍 🤩 😎 🤔 😐 😅 😂 🙃 😌 😔 😢 😭 😮 😱 😡 🤗 🤝 🙏 '
      + '👍 👎 👌 👏 🙌 👋 💪 👀 ❤️ 💙 💯 ✨ 🔥 ⭐ 🎉 🎁 ☕ 📞 📧 📦 💳 🛒 🚚 🏠 '
      + '📅 ⏰ ✅ ❌ ❓ ❗ ⚠️ 💡 📎 🔒').split(' ');
    const EMOJI_COLUMNS = 8;

    // ---- DOM building: createElement and textContent only ----------------------------------------

    // el('button', {class: 'x', text: 'Hi', click: fn}, children): a string value is an attribute, a
    // function a listener, true an empty attribute; null/false/undefined are skipped.
    function el(tag, attrs, children) {
      const node = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs || {})) {
        if (value == null || value === false) {
          continue;
        }
        if (name === 'text') {
          node.textContent = String(value);
        } else if (typeof value === 'function') {
          node.addEventListener(name, value);
        } else {
          node.setAttribute(name, value === true ? '' : String(value));
        }
      }
      for (const child of [].concat(children == null ? [] : children)) {
        if (child != null && child !== false && child !== '') {
          node.append(child);
        }
      }
      return node;
    }

    // Line icons, drawn with strokes (24x24 grid).
    const ICONS = {
      more: 'M5 12h.01M12 12h.01M19 12h.01',
      send: 'M4 12l16-8-5 16-3-7zM12 13l8-9',
      emoji: 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0zM8.5 14.5c.9 1.2 2.1 1.8 3.5 1.8s2.6-.6 3.5-1.8M9 9.5h.01M15 9.5h.01',
      attach: 'M16.5 7.5l-7 7a1.8 1.8 0 0 0 2.5 2.5l7-7a3.6 3.6 0 0 0-5-5l-7 7a5.4 5.4 0 0 0 7.6 7.6l6-6',
      mic: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5.5 11.5a6.5 6.5 0 0 0 13 0M12 18v3',
      stop: 'M7 7h10v10H7z',
      trash: 'M4 7h16M9.5 7V4.5h5V7M6 7l1 13h10l1-13',
      close: 'M6 6l12 12M18 6L6 18',
      bell: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15zM10 20.5a2 2 0 0 0 4 0',
      back: 'M15 5l-7 7 7 7',
      canned: 'M5 6h14M5 11h9M5 16h6M16 14l4 4-4 4',
    };

    function icon(name) {
      return WebchatShared.icon(ICONS[name]);
    }

    function iconButton(id, label, name, onClick, extra) {
      return el('button', Object.assign({ type: 'button', id, class: 'ws-icon', 'aria-label': label, title: label,
        click: onClick }, extra || {}), icon(name));
    }

    // Customer text is never markup: plain text nodes, with http(s) addresses as links of their own.
    function linkify(text) {
      return WebchatShared.linkify(text);
    }

    // An address the server gave is used only when it is its own (same origin).
    function ownUrl(value) {
      try {
        const url = typeof value === 'string' && value ? new URL(value, location.href) : null;
        return url && url.origin === location.origin ? url.href : '';
      } catch (e) {
        return '';
      }
    }

    function webUrl(value) {
      try {
        const url = typeof value === 'string' && value ? new URL(value) : null;
        return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : '';
      } catch (e) {
        return '';
      }
    }

    // ---- Formatting ------------------------------------------------------------------------------

    const pad = (n) => String(n).padStart(2, '0');

    // m:ss, or h:mm:ss past an hour.
    function clock(seconds) {
      const s = Math.max(0, Math.floor(Number(seconds) || 0));
      const h = Math.floor(s / 3600);
      const m = Math.floor((s % 3600) / 60);
      return h ? h + ':' + pad(m) + ':' + pad(s % 60) : m + ':' + pad(s % 60);
    }

    // Server times arrive as ISO strings or epoch milliseconds.
    function millis(value) {
      if (typeof value === 'number') {
        return value;
      }
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      return Number.isNaN(ms) ? null : ms;
    }

    function timeOf(value) {
      const ms = millis(value);
      return ms == null ? '' : new Date(ms).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    }

    function dateTimeOf(value) {
      const ms = millis(value);
      return ms == null ? '' : new Date(ms).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
    }

    function humanSize(bytes) {
      return WebchatShared.humanSize(bytes, lang);
    }

    // Case- and accent-insensitive, so that "jose" finds "José".
    const fold = (s) => String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

    function newClientId() {
      const bytes = crypto.getRandomValues(new Uint8Array(12)); // 12 bytes: 16 base64url characters
      return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
    }

    const keyOf = (interaction) => String(interaction);

    // ---- Session storage: outbox, drafts, what was seen, recent ended chats ----------------------

    const STORE_KEY = 'webchat.workspace.' + (cfg.agentId == null ? '' : cfg.agentId);
    let store = { outbox: {}, drafts: {}, seen: {}, ended: [], selected: null };
    try {
      Object.assign(store, JSON.parse(sessionStorage.getItem(STORE_KEY)) || {});
    } catch (e) {
      // storage blocked or corrupt: this page keeps its own copy in memory
    }

    function save() {
      try {
        sessionStorage.setItem(STORE_KEY, JSON.stringify(store));
      } catch (e) {
        // see above
      }
    }

    let saveTimer = 0;

    function saveSoon() {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, 400);
    }

    window.addEventListener('pagehide', save);

    // ---- Model -----------------------------------------------------------------------------------

    const CHAT_FIELDS = ['campaign', 'campaignName', 'customer', 'email', 'phone', 'extra', 'pageUrl', 'language',
      'queuedAt', 'assignedAt', 'waitedSeconds', 'lastSeq'];
    const chats = new Map(); // key -> chat (active and recently ended)
    const offers = new Map(); // key -> offer or transfer offer ringing here
    let selectedKey = null;
    let me = { state: null, breakName: null, name: cfg.agentName || '' };
    let breakTypes = [];

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

    function upsertChat(f) {
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
      if (!chat.assignedAt) {
        chat.assignedAt = new Date().toISOString();
      }
      return chat;
    }

    const activeChats = () => [...chats.values()].filter((c) => !c.ended);

    // Ended chats survive a reload for their wrap-up (summary and quality form; their messages come back
    // from the server when asked).
    function rememberEnded() {
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

    // ---- Layout ------------------------------------------------------------------------------------

    const main = document.getElementById('content');
    if (main) {
      main.classList.add('ws-main'); // the console's page width is too narrow for three columns
    }

    // Top bar: state, connection, notifications.
    const stateSelect = el('select', { id: 'ws-state', disabled: true, change: changeState });
    const stateDot = el('span', { class: 'ws-state-dot', 'aria-hidden': 'true' });
    const agentNameEl = el('span', { id: 'ws-agent-name', class: 'ws-agent-name', text: me.name });
    const connectionEl = el('span', { id: 'ws-connection', class: 'ws-connection', role: 'status' });
    const notifyBtn = el('button', { type: 'button', id: 'ws-notify', class: 'ws-toggle', 'aria-pressed': 'false',
      click: toggleNotifications }, [icon('bell'), el('span', { text: t('notifications') })]);
    const topbar = el('div', { id: 'ws-topbar', class: 'ws-topbar' }, [
      el('div', { class: 'ws-me' }, [
        stateDot,
        el('label', { for: 'ws-state', class: 'ws-label', text: t('state.label') }),
        stateSelect, agentNameEl]),
      connectionEl, notifyBtn]);

    const noticeEl = el('div', { id: 'ws-notice', class: 'ws-notice', role: 'status', 'aria-live': 'polite' });

    // Left: the inbox (AGT-01).
    const searchIn = el('input', { id: 'ws-search', type: 'search', autocomplete: 'off',
      placeholder: t('search.placeholder'), 'aria-label': t('search.label'), input: renderInbox });
    const offersList = el('ul', { id: 'ws-offers', class: 'ws-list', 'aria-labelledby': 'ws-offers-title' });
    const chatsList = el('ul', { id: 'ws-chats', class: 'ws-list', 'aria-labelledby': 'ws-chats-title' });
    const endedList = el('ul', { id: 'ws-ended', class: 'ws-list', 'aria-labelledby': 'ws-ended-title' });
    const offersTitle = el('h2', { id: 'ws-offers-title', class: 'ws-list-title', text: t('inbox.offers') });
    const chatsTitle = el('h2', { id: 'ws-chats-title', class: 'ws-list-title', text: t('inbox.active') });
    const endedTitle = el('h2', { id: 'ws-ended-title', class: 'ws-list-title', text: t('inbox.ended') });
    const inboxEmpty = el('p', { id: 'ws-inbox-empty', class: 'ws-muted' });
    const inbox = el('nav', { id: 'ws-inbox', class: 'ws-inbox', 'aria-label': t('inbox.label') }, [
      el('div', { class: 'ws-search' }, searchIn),
      el('div', { class: 'ws-inbox-lists' }, [offersTitle, offersList, chatsTitle, chatsList, endedTitle, endedList,
        inboxEmpty])]);

    // Center: the conversation (AGT-02, 03, 09).
    const customerEl = el('h2', { id: 'ws-customer', class: 'ws-customer' });
    const campaignEl = el('p', { id: 'ws-campaign', class: 'ws-campaign' });
    const contactEl = el('dl', { id: 'ws-contact', class: 'ws-contact' });
    const moreBtn = iconButton('ws-more', t('more'), 'more', () => toggleMenu(menuEl.hidden),
      { 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'ws-more-menu' });
    const menuItem = (id, text, onClick) => el('li', { role: 'none' },
      el('button', { type: 'button', id, role: 'menuitem', tabindex: '-1', class: 'ws-menu-item', text, click: onClick }));
    const menuEl = el('ul', { id: 'ws-more-menu', class: 'ws-menu', role: 'menu', 'aria-label': t('more'), hidden: true,
      keydown: menuKey }, [
      menuItem('ws-more-history', t('history.open'), () => { toggleMenu(false); openHistory(); }),
      menuItem('ws-more-transfer', t('transfer.open'), () => { toggleMenu(false); openTransfer(); }),
      menuItem('ws-end', t('end'), () => { toggleMenu(false); askEnd(true); })]);
    const backBtn = iconButton('ws-back', t('back'), 'back', () => select(null));
    const header = el('header', { id: 'ws-header', class: 'ws-header' }, [
      backBtn,
      el('div', { class: 'ws-who' }, [customerEl, campaignEl, contactEl]),
      el('div', { class: 'ws-more-wrap' }, [moreBtn, menuEl])]);

    const endQuestion = el('span', { id: 'ws-end-question' });
    const endConfirm = el('div', { id: 'ws-end-confirm', class: 'ws-confirm', role: 'group',
      'aria-labelledby': 'ws-end-question', hidden: true, keydown: (e) => { if (e.key === 'Escape') cancelEnd(); } }, [
      endQuestion,
      el('button', { type: 'button', id: 'ws-end-yes', class: 'ws-btn ws-danger', text: t('end.yes'), click: endChat }),
      el('button', { type: 'button', id: 'ws-end-no', class: 'ws-btn', text: t('cancel'), click: cancelEnd })]);
    const transferPendingEl = el('p', { id: 'ws-transfer-pending', class: 'ws-banner', role: 'status', hidden: true });

    const waitedEl = el('p', { id: 'ws-waited', class: 'ws-waited' });
    let messagesEl = el('ol', { id: 'ws-messages', class: 'ws-messages', role: 'log', 'aria-live': 'polite',
      'aria-label': t('messages') });
    const endedNote = el('p', { id: 'ws-ended-note', class: 'ws-ended-note', hidden: true });
    const qualityBox = el('div', { id: 'ws-quality-box', class: 'ws-quality-box' });
    const thread = el('div', { id: 'ws-thread', class: 'ws-thread', tabindex: '-1' },
      [waitedEl, messagesEl, endedNote, qualityBox]);
    const typingEl = el('p', { id: 'ws-typing', class: 'ws-typing', hidden: true });
    // The wrapper is the live region: the line itself comes and goes.
    const typingWrap = el('div', { class: 'ws-typing-wrap', 'aria-live': 'polite' }, typingEl);

    // Composer (AGT-05).
    const textIn = el('textarea', { id: 'ws-text', rows: 2, maxlength: MAX_TEXT, placeholder: t('composer.placeholder'),
      'aria-label': t('composer.label'), 'aria-describedby': 'ws-composer-help',
      keydown: composerKey, input: composerInput, click: slashCheck,
      keyup: (e) => { if (/^(Arrow(Left|Right)|Home|End)$/.test(e.key)) slashCheck(); } });
    const emojiBtn = iconButton('ws-emoji', t('emoji'), 'emoji', () => toggleEmoji(emojiPanel.hidden),
      { 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': 'ws-emoji-panel' });
    const emojiPanel = el('div', { id: 'ws-emoji-panel', class: 'ws-popup ws-emoji-panel', role: 'dialog',
      'aria-label': t('emoji.panel'), hidden: true, keydown: emojiKey });
    const cannedBtn = iconButton('ws-canned', t('canned'), 'canned', () => (cannedMode ? closeCanned(true) : openCanned('button')),
      { 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': 'ws-canned-panel' });
    const cannedFilter = el('input', { id: 'ws-canned-filter', type: 'search', autocomplete: 'off',
      'aria-label': t('canned.filter'), placeholder: t('canned.filter'), 'aria-controls': 'ws-canned-list',
      'aria-autocomplete': 'list', input: () => refreshCanned(), keydown: cannedKey });
    const cannedList = el('ul', { id: 'ws-canned-list', class: 'ws-canned-list', role: 'listbox',
      'aria-label': t('canned.panel') });
    const cannedStatus = el('p', { id: 'ws-canned-status', class: 'ws-muted' });
    const cannedPanel = el('div', { id: 'ws-canned-panel', class: 'ws-popup ws-canned-panel', hidden: true },
      [cannedFilter, cannedList, cannedStatus]);
    const fileIn = el('input', { type: 'file', id: 'ws-file', hidden: true, tabindex: '-1', 'aria-label': t('attach'),
      accept: Object.keys(FILE_TYPES).concat([...new Set(Object.values(FILE_TYPES))]).join(','), change: pickedFile });
    const attachBtn = iconButton('ws-attach', t('attach'), 'attach', () => fileIn.click());
    attachBtn.title = t('attach') + ' · ' + t('attach.help', humanSize(MAX_BYTES));
    const recordBtn = iconButton('ws-record', t('record'), 'mic', startRecording);
    const sendBtn = el('button', { type: 'submit', id: 'ws-send', class: 'ws-btn ws-primary' },
      [icon('send'), el('span', { text: t('send') })]);
    const recTime = el('span', { class: 'ws-rec-time' });
    const recBar = el('div', { id: 'ws-recording', class: 'ws-recording', hidden: true }, [
      el('span', { class: 'ws-rec-dot', 'aria-hidden': 'true' }), el('span', { text: t('recording') }), recTime,
      iconButton('ws-record-cancel', t('record.cancel'), 'trash', () => stopRecording(false)),
      iconButton('ws-record-stop', t('record.stop'), 'stop', () => stopRecording(true))]);
    const tools = el('div', { class: 'ws-tools' }, [emojiBtn, cannedBtn, attachBtn, fileIn, recordBtn,
      el('span', { id: 'ws-composer-help', class: 'ws-hint', text: t('composer.help') }), sendBtn]);
    const composer = el('form', { id: 'ws-composer', class: 'ws-composer', 'aria-label': t('composer.label'),
      submit: (e) => { e.preventDefault(); sendText(); } }, [emojiPanel, cannedPanel, textIn, tools, recBar]);

    const emptyEl = el('div', { id: 'ws-empty', class: 'ws-empty' }, el('p', { text: t('conversation.empty') }));
    const chatView = el('div', { id: 'ws-chat-view', class: 'ws-chat-view', hidden: true },
      [header, endConfirm, transferPendingEl, thread, typingWrap, composer]);
    const conversation = el('section', { id: 'ws-conversation', class: 'ws-conversation',
      'aria-label': t('conversation.label') }, [emptyEl, chatView]);

    // Right: earlier conversations (AGT-06).
    const historyStatus = el('p', { id: 'ws-history-status', class: 'ws-muted', role: 'status' });
    const historyList = el('ul', { id: 'ws-history-list', class: 'ws-history-list' });
    const historyTitle = el('h2', { id: 'ws-history-title', text: t('history.title') });
    const historyPanel = el('aside', { id: 'ws-history', class: 'ws-history', 'aria-labelledby': 'ws-history-title',
      hidden: true, keydown: (e) => { if (e.key === 'Escape') closeHistory(); } }, [
      el('div', { class: 'ws-panel-head' }, [historyTitle,
        iconButton('ws-history-close', t('close'), 'close', closeHistory)]),
      historyStatus, historyList]);

    // Transfer dialog (AGT-08).
    const transferStatus = el('p', { id: 'ws-transfer-status', class: 'ws-muted', role: 'status' });
    const transferAgents = el('div', { id: 'ws-transfer-agents', class: 'ws-targets' });
    const transferCampaigns = el('div', { id: 'ws-transfer-campaigns', class: 'ws-targets' });
    const transferSend = el('button', { type: 'submit', id: 'ws-transfer-send', class: 'ws-btn ws-primary',
      text: t('transfer.send'), disabled: true });
    const transferDialog = el('dialog', { id: 'ws-transfer', class: 'ws-dialog', 'aria-labelledby': 'ws-transfer-title',
      cancel: (e) => { e.preventDefault(); closeTransfer(); } },
      el('form', { class: 'ws-dialog-form', submit: (e) => { e.preventDefault(); sendTransfer(); },
        change: () => { transferSend.disabled = !transferDialog.querySelector('input[name="ws-target"]:checked'); } }, [
        el('h2', { id: 'ws-transfer-title', text: t('transfer.title') }),
        transferStatus,
        el('fieldset', { class: 'ws-fieldset' }, [el('legend', { text: t('transfer.agents') }), transferAgents]),
        el('fieldset', { class: 'ws-fieldset' }, [el('legend', { text: t('transfer.campaigns') }), transferCampaigns]),
        el('div', { class: 'ws-actions' }, [
          el('button', { type: 'button', id: 'ws-transfer-cancel', class: 'ws-btn', text: t('cancel'),
            click: closeTransfer }),
          transferSend])]));

    root.textContent = ''; // the page's "loading" text
    root.classList.add('ws-root');
    root.append(topbar, noticeEl, el('div', { class: 'ws-body' }, [inbox, conversation, historyPanel]), transferDialog);

    const recordStopBtn = recBar.querySelector('#ws-record-stop');
    const endNoBtn = endConfirm.querySelector('#ws-end-no');

    const current = () => (selectedKey ? chats.get(selectedKey) || null : null);
    const customerName = (c) => (c && c.customer) || t('customer.unknown');

    // ---- Inbox (AGT-01) ----------------------------------------------------------------------------

    function matchesSearch(item) {
      const q = fold(searchIn.value.trim());
      return !q || fold(item.campaignName).includes(q) || fold(item.customer).includes(q);
    }

    function ageText(chat) {
      if (chat.ended) {
        return timeOf(chat.endedAt);
      }
      const since = millis(chat.assignedAt);
      return since == null ? '' : clock((Date.now() - since) / 1000);
    }

    function offerItem(o) {
      const who = o.customer || t('customer.unknown');
      const li = el('li', { class: 'ws-offer' + (o.transfer ? ' ws-transfer' : '') + (o.accepting ? ' ws-accepting' : ''),
        'data-interaction': o.key });
      li.append(
        el('span', { class: 'ws-sr', text: t(o.transfer ? 'offer.transfer' : 'offer.new') + ': ' }),
        el('div', { class: 'ws-item-main' }, [
          el('span', { class: 'ws-customer-name', text: who }),
          el('span', { class: 'ws-campaign-name', text: o.campaignName || '' }),
          o.transfer && el('span', { class: 'ws-from', text: t('offer.from', o.fromName || '') })]),
        el('span', { class: 'ws-countdown', title: t('offer.expires'), text: countdownText(o) }),
        el('div', { class: 'ws-offer-actions' }, [
          el('button', { type: 'button', class: 'ws-btn ws-primary ws-accept', disabled: !!o.accepting,
            'aria-label': t('offer.acceptLabel', who, o.campaignName || ''), text: t('offer.accept'),
            click: () => answerOffer(o.key, true) }),
          el('button', { type: 'button', class: 'ws-btn ws-decline', disabled: !!o.accepting,
            'aria-label': t('offer.declineLabel', who, o.campaignName || ''), text: t('offer.decline'),
            click: () => answerOffer(o.key, false) })]));
      return li;
    }

    function countdownText(o) {
      return o.expires == null ? '' : clock(Math.ceil((o.expires - Date.now()) / 1000));
    }

    function chatItem(c) {
      const selected = c.key === selectedKey;
      const classes = ['ws-chat'];
      if (c.ended) {
        classes.push('ws-ended');
      }
      if (c.transferred) {
        classes.push('ws-transferred');
      }
      if (selected) {
        classes.push('ws-selected');
      }
      const note = c.ended ? t(c.transferred ? 'inbox.transferred' : 'inbox.endedNote')
        : c.transferring ? t('inbox.transferring') : '';
      const li = el('li', { class: classes.join(' '), 'data-interaction': c.key,
        click: (e) => { if (!e.target.closest('button, a')) select(c.key); } });
      li.append(el('button', { type: 'button', class: 'ws-open', 'aria-current': selected ? 'true' : null,
        click: () => select(c.key) }, [
        el('span', { class: 'ws-customer-name', text: customerName(c) }),
        el('span', { class: 'ws-campaign-name', text: c.campaignName || '' }),
        !c.ended && c.customerTyping && el('span', { class: 'ws-item-typing', text: t('inbox.typing') }),
        note && el('span', { class: 'ws-note', text: note }),
        c.ended && c.quality && !c.evaluated && el('span', { class: 'ws-wrapup', text: t('inbox.wrapup') }),
        el('span', { class: 'ws-unread', hidden: !c.unread, 'aria-hidden': 'true', text: String(c.unread) }),
        c.unread > 0 && el('span', { class: 'ws-sr', text: ', ' + t('inbox.unread', c.unread) }),
        el('span', { class: 'ws-age', title: c.ended ? t('inbox.endedAt') : t('inbox.age'), text: ageText(c) })]));
      if (c.ended) {
        li.append(el('button', { type: 'button', class: 'ws-icon ws-dismiss', 'aria-label': t('inbox.dismiss', customerName(c)),
          title: t('inbox.dismiss', customerName(c)), click: () => dismiss(c.key) }, icon('close')));
      }
      return li;
    }

    // Rebuilt whole on each change (a handful of items); the focused control is found again afterwards.
    function renderInbox() {
      clearTimeout(inboxTimer);
      inboxTimer = 0;
      const active = document.activeElement;
      const focusLi = active && inbox.contains(active) ? active.closest('li[data-interaction]') : null;
      const focus = focusLi && { key: focusLi.dataset.interaction, offer: focusLi.classList.contains('ws-offer'),
        cls: [...active.classList].find((c) => c !== 'ws-btn' && c !== 'ws-primary' && c !== 'ws-icon') };

      const shownOffers = [...offers.values()].filter(matchesSearch)
        .sort((a, b) => (a.expires || Infinity) - (b.expires || Infinity));
      const all = [...chats.values()];
      const shownActive = all.filter((c) => !c.ended && matchesSearch(c))
        .sort((a, b) => (millis(a.assignedAt) || 0) - (millis(b.assignedAt) || 0));
      const shownEnded = all.filter((c) => c.ended && matchesSearch(c)).sort((a, b) => (b.endedAt || 0) - (a.endedAt || 0));
      offersList.replaceChildren(...shownOffers.map(offerItem));
      chatsList.replaceChildren(...shownActive.map(chatItem));
      endedList.replaceChildren(...shownEnded.map(chatItem));
      offersTitle.hidden = offersList.hidden = !shownOffers.length;
      chatsTitle.hidden = chatsList.hidden = !shownActive.length;
      endedTitle.hidden = endedList.hidden = !shownEnded.length;
      const nothing = !offers.size && !all.length;
      const none = !shownOffers.length && !shownActive.length && !shownEnded.length;
      inboxEmpty.hidden = !none;
      inboxEmpty.textContent = nothing ? t('inbox.none') : none ? t('inbox.noMatch') : '';

      if (focus) {
        const li = [...inbox.querySelectorAll('li[data-interaction]')].find((item) => item.dataset.interaction === focus.key
          && item.classList.contains('ws-offer') === focus.offer);
        const target = li && ((focus.cls && li.querySelector('.' + focus.cls + ':not([disabled])')) || li.querySelector('button:not([disabled])'));
        (target || inbox.querySelector('li button:not([disabled])') || searchIn).focus();
      }
      updateTitle();
    }

    let inboxTimer = 0;

    // Many frames in a row (a history replay) end in one rendering.
    function renderInboxSoon() {
      if (!inboxTimer) {
        inboxTimer = setTimeout(renderInbox, 60);
      }
    }

    const baseTitle = document.title;

    function updateTitle() {
      let count = offers.size;
      for (const c of chats.values()) {
        count += c.unread;
      }
      document.title = count ? '(' + count + ') ' + baseTitle : baseTitle;
    }

    function dismiss(key) {
      const chat = chats.get(key);
      if (!chat || !chat.ended) {
        return;
      }
      if (key === selectedKey) {
        select(null);
      }
      forgetChat(chat);
      rememberEnded();
      renderInbox();
    }

    function forgetChat(chat) {
      chats.delete(chat.key);
      delete store.outbox[chat.key];
      delete store.drafts[chat.key];
      delete store.seen[chat.key];
      save();
    }

    // Alt+Up / Alt+Down go to the previous / next chat from anywhere.
    document.addEventListener('keydown', (e) => {
      if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.ctrlKey || e.metaKey) {
        return;
      }
      const keys = [...inbox.querySelectorAll('li.ws-chat')].map((li) => li.dataset.interaction);
      if (!keys.length) {
        return;
      }
      e.preventDefault();
      const at = keys.indexOf(selectedKey);
      const next = e.key === 'ArrowDown' ? (at + 1) % keys.length : (at <= 0 ? keys.length : at) - 1;
      select(keys[next]);
      (textIn.hidden || composer.hidden ? thread : textIn).focus();
    });

    // ---- Selection and the conversation (AGT-02, 03, 09) ------------------------------------------

    function select(key) {
      if (key != null && !chats.has(key)) {
        key = null;
      }
      if (key === selectedKey) {
        return;
      }
      leaveChat();
      selectedKey = key;
      store.selected = key;
      saveSoon();
      root.classList.toggle('ws-has-selection', key != null);
      const chat = current();
      if (chat) {
        chat.unread = 0;
        markSeen(chat);
        requestLoad(chat);
        if (!chat.ended && chat.canned == null) {
          requestCanned(chat); // so that "/" lists them at once
        }
      }
      renderConversation(true);
      renderInbox();
      if (historyOpen) {
        if (chat) {
          loadHistory(chat);
        } else {
          closeHistory();
        }
      }
    }

    // What belongs to the chat being left: its draft is already kept; its scroll place and panels are not.
    function leaveChat() {
      const chat = current();
      if (!chat) {
        return;
      }
      chat.scroll = nearBottom() ? null : thread.scrollTop;
      stopTyping();
      closeCanned(false);
      toggleEmoji(false);
      toggleMenu(false);
      endConfirm.hidden = true;
      if (rec) {
        stopRecording(true); // recorded for that chat: it goes there
      }
    }

    function markSeen(chat) {
      if (chat.maxSeq > chat.seen) {
        chat.seen = chat.maxSeq;
        store.seen[chat.key] = chat.seen;
        saveSoon();
      }
    }

    // The selected chat's messages come from the socket: its whole history once per page load.
    function requestLoad(chat) {
      if (!chat.loaded && answered) {
        chat.loaded = true;
        send({ type: 'resume', interaction: chat.id, lastSeq: 0 });
      }
    }

    function renderConversation(rebuild) {
      const chat = current();
      emptyEl.hidden = !!chat;
      chatView.hidden = !chat;
      if (!chat) {
        return;
      }
      renderHeader(chat);
      const waited = chat.waitedSeconds;
      waitedEl.hidden = waited == null || Number.isNaN(Number(waited));
      waitedEl.textContent = waitedEl.hidden ? '' : t('waited', clock(waited));
      if (rebuild) {
        rebuildMessages(chat);
        textIn.value = chat.draft || '';
        endConfirm.hidden = true;
      }
      renderTyping(chat);
      renderEnded(chat);
      renderQuality(chat);
      transferPendingEl.hidden = !chat.transferring || chat.ended;
      transferPendingEl.textContent = transferPendingEl.hidden ? '' : t('transfer.pending', chat.transferTo || '');
      const hadFocus = composer.contains(document.activeElement);
      composer.hidden = chat.ended;
      if (chat.ended && hadFocus) {
        const form = qualityBox.querySelector('input, button, [tabindex]');
        (form || thread).focus(); // focus must not stay on a control that is now hidden
      }
      if (rebuild) {
        if (chat.scroll == null) {
          scrollDown();
        } else {
          thread.scrollTop = chat.scroll;
        }
      }
    }

    function renderHeader(chat) {
      customerEl.textContent = customerName(chat);
      campaignEl.textContent = chat.campaignName || '';
      const rows = [];
      const row = (id, label, value) => rows.push(el('div', { class: 'ws-contact-row' },
        [el('dt', { text: label }), el('dd', { id }, value)]));
      const email = String(chat.email || '');
      if (email) {
        row('ws-email', t('header.email'), /^[^@\s"<>]+@[^@\s"<>]+$/.test(email)
          ? el('a', { href: 'mailto:' + email, text: email }) : email);
      }
      const phone = String(chat.phone || '');
      if (phone) {
        row('ws-phone', t('header.phone'), /^\+?[\d\s().-]{3,30}$/.test(phone)
          ? el('a', { href: 'tel:' + phone.replace(/[^\d+]/g, ''), text: phone }) : phone);
      }
      if (chat.extra) {
        row('ws-extra', chat.extraLabel || t('header.extra'), String(chat.extra));
      }
      if (chat.language) {
        row('ws-language', t('header.language'), String(chat.language).toUpperCase());
      }
      const page = webUrl(chat.pageUrl);
      row('ws-page', t('header.page'), page
        ? el('a', { href: page, target: '_blank', rel: 'noopener noreferrer', title: page, text: page })
        : el('span', { class: 'ws-muted', text: t('header.pageUnknown') }));
      contactEl.replaceChildren(...rows);
    }

    function renderTyping(chat) {
      const on = !!chat.customerTyping && !chat.ended;
      typingEl.hidden = !on;
      typingEl.textContent = on ? t('typing', customerName(chat)) : '';
    }

    function renderEnded(chat) {
      endedNote.hidden = !chat.ended;
      if (chat.ended) {
        const reason = chat.endReason && hasText('ended.' + chat.endReason) ? 'ended.' + chat.endReason : 'ended.generic';
        endedNote.textContent = chat.transferred ? t('ended.transferred') : t(reason);
      } else {
        endedNote.textContent = '';
      }
    }

    const nearBottom = () => thread.scrollHeight - thread.scrollTop - thread.clientHeight < 60;
    const scrollDown = () => { thread.scrollTop = thread.scrollHeight; };

    // ---- Messages ----------------------------------------------------------------------------------

    const FROM = ['customer', 'agent', 'system', 'supervisor'];

    // state: 'sending' | 'stored' | 'failed' for the agent's own messages; readOnly for earlier conversations.
    function messageItem(chat, m, state, readOnly) {
      const from = state === 'sending' || state === 'failed' ? 'agent' : FROM.includes(m.from) ? m.from : 'system';
      const li = el('li', { class: 'ws-msg ws-from-' + from, 'data-seq': m.seq, 'data-client-id': readOnly ? null : m.clientId });
      const mine = from === 'agent' && (state === 'sending' || !m.name || m.name === me.name);
      if (from === 'customer') {
        li.append(el('span', { class: 'ws-sr', text: t('from.customer', customerName(chat)) + ' ' }));
      } else if (from === 'agent') {
        li.append(mine ? el('span', { class: 'ws-sr', text: t('from.you') + ' ' })
          : el('span', { class: 'ws-name', text: String(m.name) }));
      } else if (from === 'supervisor') {
        li.append(el('span', { class: 'ws-name', text: t('from.supervisor', m.name || '') }));
      }
      if (m.text) {
        li.append(el('div', { class: 'ws-text' }, linkify(String(m.text))));
      }
      if (m.attachment) {
        li.append(attachmentView(m.attachment));
      }
      if (m.upload) {
        li.append(el('div', { class: 'ws-text ws-file-name', text: m.name }),
          el('progress', { class: 'ws-progress', max: '1', value: String(m.progress || 0), 'aria-label': t('delivery.sending') }));
      }
      const meta = el('div', { class: 'ws-meta' });
      const time = timeOf(m.at);
      if (time) {
        meta.append(el('time', { datetime: typeof m.at === 'string' ? m.at : new Date(millis(m.at)).toISOString(), text: time }));
      }
      if (from === 'agent' && !readOnly) {
        const s = state || 'stored';
        li.dataset.state = s;
        meta.append(el('span', { class: 'ws-tick', role: 'img', 'aria-label': t('delivery.' + s),
          text: { sending: '✓', stored: '✓✓', failed: '!' }[s] }));
      }
      if (meta.firstChild) {
        li.append(meta);
      }
      return li;
    }

    // Audio plays in place, an image shows as a thumbnail link, any other file is a download link.
    function attachmentView(a) {
      const name = String(a.name || '');
      const url = ownUrl(a.url);
      if (!url) {
        return el('span', { class: 'ws-file', text: name });
      }
      if (a.kind === 'audio') {
        return el('audio', { class: 'ws-audio', controls: true, preload: 'none', src: url, 'aria-label': t('audio') });
      }
      if (/^image\//.test(String(a.type || ''))) {
        return el('a', { class: 'ws-thumb', href: url, target: '_blank', rel: 'noopener noreferrer' },
          el('img', { src: url, alt: name, loading: 'lazy' }));
      }
      return el('a', { class: 'ws-file', href: url, download: name, rel: 'noopener noreferrer' },
        [name, el('span', { class: 'ws-size', text: ' (' + humanSize(a.size) + ')' })]);
    }

    function rebuildMessages(chat) {
      // A new list replaces the old one: content present when a live region appears is not read out,
      // so switching chats does not make a screen reader recite a whole conversation.
      const list = messagesEl.cloneNode(false);
      const stored = [...chat.messages.values()].sort((a, b) => a.seq - b.seq);
      for (const m of stored) {
        list.append(messageItem(chat, m));
      }
      for (const p of chat.pending.values()) {
        list.append(messageItem(chat, p, p.failed ? 'failed' : 'sending'));
      }
      messagesEl.replaceWith(list);
      messagesEl = list;
    }

    // Keeps seq order; unconfirmed messages (no seq yet) stay at the bottom.
    function place(li) {
      const seq = Number(li.dataset.seq);
      const before = [...messagesEl.children].find((other) => other !== li
        && (other.dataset.seq ? Number(other.dataset.seq) > seq : true));
      messagesEl.insertBefore(li, before || null);
    }

    function pendingLi(clientId) {
      return [...messagesEl.children].find((li) => !li.dataset.seq && li.dataset.clientId === clientId) || null;
    }

    // Every stored message passes here once per seq, whether it came as a frame, an ack or an upload answer.
    function addMessage(chat, m) {
      const seq = Number(m.seq);
      const shown = chat.key === selectedKey;
      const stick = shown && nearBottom();
      let mine = false;
      if (m.clientId && chat.pending.has(m.clientId)) {
        chat.pending.delete(m.clientId);
        mine = true;
        if (shown) {
          const li = pendingLi(m.clientId);
          if (li) {
            li.remove();
          }
        }
      }
      if (m.clientId) {
        unqueue(chat, m.clientId);
      }
      if (!(seq > 0) || chat.messages.has(seq)) {
        return;
      }
      const msg = Object.assign({}, m, { seq });
      chat.messages.set(seq, msg);
      chat.maxSeq = Math.max(chat.maxSeq, seq);
      if (msg.from === 'customer') {
        chat.customerTyping = false;
      }
      if (shown) {
        place(messageItem(chat, msg));
        if (stick || mine) {
          scrollDown();
        }
        renderTyping(chat);
      }
      if (shown && !document.hidden) {
        markSeen(chat);
      } else if (msg.from === 'customer' && seq > chat.seen) {
        chat.unread++; // also on screen while the page is hidden: the tab's title counts it
      }
      renderInboxSoon();
    }

    function unqueue(chat, clientId) {
      const box = store.outbox[chat.key];
      if (!box) {
        return;
      }
      const left = box.filter((m) => m.clientId !== clientId);
      if (left.length !== box.length) {
        if (left.length) {
          store.outbox[chat.key] = left;
        } else {
          delete store.outbox[chat.key];
        }
        save();
      }
    }

    // Unsent messages of a chat that can take no more stay on screen, marked as not sent.
    function failPending(chat) {
      for (const p of chat.pending.values()) {
        p.failed = true;
        if (p.upload) {
          clearTimeout(p.timer);
          waitingUploads.delete(p);
          if (p.xhr) {
            p.xhr.abort();
          }
        }
      }
      delete store.outbox[chat.key];
      save();
    }

    let noticeTimer = 0;

    function notice(text, action) {
      clearTimeout(noticeTimer);
      noticeEl.replaceChildren(el('span', { text }), action || '');
      if (!action) {
        noticeTimer = setTimeout(() => noticeEl.replaceChildren(), 8000);
      }
    }

    // ---- Composer (AGT-05) -------------------------------------------------------------------------

    function sendText() {
      const chat = current();
      if (!chat || chat.ended) {
        return;
      }
      closeCanned(false);
      const text = textIn.value.trim();
      if (!text) {
        return;
      }
      if (text.length > MAX_TEXT) {
        notice(t('error.tooLong', MAX_TEXT));
        return;
      }
      textIn.value = '';
      chat.draft = '';
      delete store.drafts[chat.key];
      stopTyping();
      const m = { clientId: newClientId(), text, at: new Date().toISOString() };
      (store.outbox[chat.key] = store.outbox[chat.key] || []).push(m);
      save(); // before sending: a reload right now must still find it
      chat.pending.set(m.clientId, m);
      messagesEl.append(messageItem(chat, m, 'sending'));
      scrollDown();
      flushOutbox();
    }

    function composerKey(e) {
      if (cannedMode === 'slash' && cannedKey(e)) {
        return;
      }
      if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing) {
        e.preventDefault(); // Enter sends, Shift+Enter is a new line
        sendText();
      }
    }

    function composerInput(e) {
      const chat = current();
      if (!chat) {
        return;
      }
      chat.draft = textIn.value;
      if (chat.draft) {
        store.drafts[chat.key] = chat.draft;
      } else {
        delete store.drafts[chat.key];
      }
      saveSoon();
      if (e) {
        slashCheck();
      }
      typingActivity(chat);
    }

    // typing true at most every 3 s while the agent types; false after 4 s idle, on send or on leaving.
    let typingKey = null;
    let typingSentAt = 0;
    let typingIdle = 0;

    function typingActivity(chat) {
      if (!textIn.value || chat.ended) {
        stopTyping();
        return;
      }
      if (typingKey !== chat.key) {
        stopTyping();
      }
      const now = Date.now();
      if (now - typingSentAt >= 3000 && send({ type: 'typing', interaction: chat.id, typing: true }, true)) {
        typingSentAt = now;
        typingKey = chat.key;
      }
      clearTimeout(typingIdle);
      typingIdle = setTimeout(stopTyping, 4000);
    }

    function stopTyping() {
      clearTimeout(typingIdle);
      const chat = typingKey && chats.get(typingKey);
      typingKey = null;
      typingSentAt = 0;
      if (chat && !chat.ended) {
        send({ type: 'typing', interaction: chat.id, typing: false });
      }
    }

    // ---- Canned responses (MSG-07, ADV-16) ----------------------------------------------------------

    let cannedMode = null; // 'slash': typed "/" at the start of the text; 'button': opened with its button
    let cannedShown = [];
    let cannedIndex = -1;
    let cannedRange = null; // the text's selection when the button opened the list

    // Asked once; again only if no answer came within a few seconds (it may have been lost with a socket).
    function requestCanned(chat) {
      if (Date.now() - (chat.cannedAskedAt || 0) > 5000 && send({ type: 'canned', interaction: chat.id })) {
        chat.cannedAskedAt = Date.now();
      }
    }

    function slashCheck() {
      const chat = current();
      const value = textIn.value;
      const caret = textIn.selectionStart;
      const word = value.startsWith('/') && caret === textIn.selectionEnd ? value.slice(1, caret) : null;
      if (chat && !chat.ended && word != null && caret >= 1 && !/\s/.test(word)) {
        if (cannedMode !== 'slash') {
          openCanned('slash');
        } else {
          refreshCanned();
        }
      } else if (cannedMode === 'slash') {
        closeCanned(false);
      }
    }

    function openCanned(mode) {
      const chat = current();
      if (!chat || chat.ended) {
        return;
      }
      toggleEmoji(false);
      cannedMode = mode;
      cannedIndex = -1;
      cannedPanel.hidden = false;
      cannedBtn.setAttribute('aria-expanded', 'true');
      cannedFilter.hidden = mode !== 'button';
      cannedFilter.value = '';
      textIn.setAttribute('aria-controls', 'ws-canned-list');
      if (chat.canned == null) {
        requestCanned(chat);
      }
      if (mode === 'button') {
        cannedRange = [textIn.selectionStart, textIn.selectionEnd];
        cannedFilter.focus();
      }
      refreshCanned();
    }

    function closeCanned(focusBack) {
      if (!cannedMode) {
        return;
      }
      const was = cannedMode;
      cannedMode = null;
      cannedPanel.hidden = true;
      cannedBtn.setAttribute('aria-expanded', 'false');
      textIn.removeAttribute('aria-activedescendant');
      textIn.removeAttribute('aria-controls');
      cannedFilter.removeAttribute('aria-activedescendant');
      if (focusBack) {
        (was === 'button' ? cannedBtn : textIn).focus();
      }
    }

    function cannedQuery() {
      if (cannedMode === 'button') {
        return cannedFilter.value;
      }
      return textIn.value.startsWith('/') ? textIn.value.slice(1, textIn.selectionStart) : '';
    }

    // Shortcuts that start with what was typed come first, then any other response that contains it.
    function refreshCanned() {
      const chat = current();
      if (!cannedMode || !chat) {
        return;
      }
      if (!Array.isArray(chat.canned)) {
        cannedShown = [];
        cannedList.replaceChildren();
        cannedStatus.textContent = t('loading');
        updateCannedActive();
        return;
      }
      const q = fold(cannedQuery().trim());
      cannedShown = chat.canned
        .filter((r) => r && typeof r.text === 'string')
        .map((r) => {
          const shortcut = fold(r.shortcut);
          let rank = 1;
          if (q) {
            rank = shortcut.startsWith(q) ? 0
              : shortcut.includes(q) || fold(r.title).includes(q) || fold(r.text).includes(q) ? 1 : -1;
          }
          return { r, rank };
        })
        .filter((x) => x.rank >= 0)
        .sort((a, b) => a.rank - b.rank)
        .map((x) => x.r);
      cannedIndex = cannedShown.length ? Math.min(Math.max(cannedIndex, 0), cannedShown.length - 1) : -1;
      cannedList.replaceChildren(...cannedShown.map((r, i) => el('li', {
        id: 'ws-canned-' + i, class: 'ws-canned', role: 'option', 'aria-selected': String(i === cannedIndex),
        'data-shortcut': r.shortcut,
        mousedown: (e) => e.preventDefault(), // keeps the focus (and the caret) where it is
        click: () => chooseCanned(i),
      }, [
        el('span', { class: 'ws-canned-shortcut', text: '/' + (r.shortcut || '') }),
        el('span', { class: 'ws-canned-title', text: r.title || '' }),
        el('span', { class: 'ws-canned-preview', text: r.text })])));
      cannedStatus.textContent = cannedShown.length ? '' : t(chat.canned.length ? 'canned.noMatch' : 'canned.none');
      updateCannedActive();
    }

    function updateCannedActive() {
      const input = cannedMode === 'button' ? cannedFilter : textIn;
      [...cannedList.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === cannedIndex)));
      const active = cannedIndex >= 0 ? cannedList.children[cannedIndex] : null;
      if (active) {
        input.setAttribute('aria-activedescendant', active.id);
        active.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    // Returns whether the key was the list's.
    function cannedKey(e) {
      const n = cannedShown.length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (n) {
          cannedIndex = (cannedIndex + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
          updateCannedActive();
        }
        e.preventDefault();
        return true;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && !e.isComposing && n && cannedIndex >= 0) {
        e.preventDefault();
        chooseCanned(cannedIndex);
        return true;
      }
      if (e.key === 'Enter' && cannedMode === 'button') {
        e.preventDefault(); // the filter box never sends the form
        return true;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        closeCanned(true);
        return true;
      }
      return false;
    }

    function chooseCanned(i) {
      const r = cannedShown[i];
      if (!r || !current()) {
        return;
      }
      const text = String(r.text);
      if (cannedMode === 'slash') {
        textIn.setRangeText(text, 0, textIn.selectionStart, 'end'); // replaces "/shortcut"
      } else {
        const [from, to] = cannedRange || [textIn.value.length, textIn.value.length];
        textIn.setRangeText(text, Math.min(from, textIn.value.length), Math.min(to, textIn.value.length), 'end');
      }
      closeCanned(false);
      textIn.focus();
      composerInput();
    }

    // ---- Emoji -------------------------------------------------------------------------------------

    function toggleEmoji(open) {
      if (open && !current()) {
        return;
      }
      if (open && !emojiPanel.firstChild) {
        // The character is the label: screen readers name emoji themselves.
        emojiPanel.append(...EMOJI.map((ch) => el('button', { type: 'button', class: 'ws-emoji', text: ch,
          click: () => insertEmoji(ch) })));
      }
      emojiPanel.hidden = !open;
      emojiBtn.setAttribute('aria-expanded', String(open));
      if (open) {
        closeCanned(false);
        emojiPanel.firstChild.focus();
      }
    }

    function insertEmoji(ch) {
      textIn.setRangeText(ch, textIn.selectionStart, textIn.selectionEnd, 'end'); // at the caret
      composerInput();
    }

    function emojiKey(e) {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        toggleEmoji(false);
        emojiBtn.focus();
        return;
      }
      const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -EMOJI_COLUMNS, ArrowDown: EMOJI_COLUMNS }[e.key];
      const buttons = [...emojiPanel.children];
      const next = step && buttons[buttons.indexOf(document.activeElement) + step];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }

    // A click elsewhere closes the popups.
    document.addEventListener('click', (e) => {
      if (!emojiPanel.hidden && !emojiPanel.contains(e.target) && !emojiBtn.contains(e.target)) {
        toggleEmoji(false);
      }
      if (cannedMode === 'button' && !cannedPanel.contains(e.target) && !cannedBtn.contains(e.target)) {
        closeCanned(false);
      }
      if (!menuEl.hidden && !menuEl.contains(e.target) && !moreBtn.contains(e.target)) {
        toggleMenu(false);
      }
    });

    // ---- Files and audio messages -----------------------------------------------------------------

    const waitingUploads = new Set(); // uploads waiting for a retry after a network failure

    function pickedFile() {
      const file = fileIn.files && fileIn.files[0];
      fileIn.value = '';
      if (file) {
        upload(file, 'file', file.name, current());
      }
    }

    // The content type the server expects for the name's ending, or null when such files are not allowed.
    function fileType(name) {
      const ending = (/\.[^.]+$/.exec(name) || [''])[0].toLowerCase();
      return FILE_TYPES[ending] || null;
    }

    // Checked here first, so that the agent learns the limits before waiting for an upload.
    function upload(blob, kind, name, chat) {
      if (!chat || chat.ended) {
        notice(t('error.noChat'));
        return;
      }
      if (!blob.size) {
        notice(t('error.emptyFile'));
        return;
      }
      if (blob.size > MAX_BYTES) {
        notice(t('error.tooBig', humanSize(MAX_BYTES)));
        return;
      }
      const type = kind === 'audio' ? String(blob.type || 'audio/webm').split(';')[0] : fileType(name);
      if (!type) {
        notice(t('error.badType'));
        return;
      }
      const u = { clientId: newClientId(), upload: true, kind, name, blob, type, tries: 0, progress: 0,
        at: new Date().toISOString() };
      chat.pending.set(u.clientId, u);
      if (chat.key === selectedKey) {
        messagesEl.append(messageItem(chat, u, 'sending'));
        scrollDown();
      }
      tryUpload(chat, u);
    }

    // One try; every retry carries the same client id, so the server stores the file once.
    function tryUpload(chat, u) {
      if (chat.pending.get(u.clientId) !== u || u.failed) {
        return;
      }
      const xhr = new XMLHttpRequest();
      u.xhr = xhr;
      xhr.open('POST', UPLOAD_URL);
      xhr.setRequestHeader('X-Webchat-Interaction', String(chat.id));
      xhr.setRequestHeader('X-Webchat-Client-Id', u.clientId);
      xhr.setRequestHeader('X-Webchat-File-Name', encodeURIComponent(u.name));
      xhr.setRequestHeader('X-Webchat-Kind', u.kind);
      xhr.setRequestHeader('Content-Type', u.type);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) {
          u.progress = e.loaded / e.total;
          const li = chat.key === selectedKey && pendingLi(u.clientId);
          const bar = li && li.querySelector('progress');
          if (bar) {
            bar.value = u.progress;
          }
        }
      };
      xhr.onload = () => {
        if (chat.pending.get(u.clientId) !== u) {
          return; // the socket told of it first, or the chat is gone
        }
        let body = {};
        try {
          body = JSON.parse(xhr.responseText) || {};
        } catch (e) {
          // not JSON: the status decides
        }
        if (xhr.status === 200 && body.seq) {
          addMessage(chat, { seq: body.seq, from: 'agent', name: me.name, clientId: u.clientId,
            attachment: body.attachment, at: u.at });
        } else if (xhr.status >= 400 && xhr.status < 500) {
          dropPending(chat, u.clientId);
          notice(uploadError(body));
        } else {
          retryUpload(chat, u);
        }
      };
      xhr.onerror = () => retryUpload(chat, u);
      xhr.send(u.blob);
    }

    function uploadError(body) {
      if (body.code === 'too-big') {
        return t('error.tooBig', humanSize(MAX_BYTES));
      }
      if (body.code === 'bad-type') {
        return t('error.badType');
      }
      return typeof body.message === 'string' && body.message ? body.message : t('error.upload');
    }

    function retryUpload(chat, u) {
      if (chat.pending.get(u.clientId) !== u || u.failed) {
        return;
      }
      u.tries++;
      if (u.tries > 5) {
        dropPending(chat, u.clientId);
        notice(t('error.upload'));
        return;
      }
      u.progress = 0;
      waitingUploads.add(u);
      u.retry = () => {
        waitingUploads.delete(u);
        clearTimeout(u.timer);
        tryUpload(chat, u);
      };
      u.timer = setTimeout(u.retry, Math.min(30000, 1000 * 2 ** u.tries));
    }

    function dropPending(chat, clientId) {
      chat.pending.delete(clientId);
      const li = chat.key === selectedKey && pendingLi(clientId);
      if (li) {
        li.remove();
      }
    }

    let rec = null; // the recording in progress (the widget's shared.js), for rec.chat

    function startRecording() {
      const chat = current();
      if (rec || !chat || chat.ended) {
        return;
      }
      const recording = WebchatShared.record({
        maxSeconds: MAX_AUDIO_SECONDS,
        started: () => showRecording(true),
        tick: (text) => { recTime.textContent = text; },
        full: () => stopRecording(true),
        done: (blob, name) => upload(blob, 'audio', name, chat),
        fail: (why) => {
          if (rec === recording) {
            rec = null;
          }
          notice(t(why === 'microphone' ? 'error.microphone' : 'error.noAudio'));
        },
      });
      if (!recording) {
        notice(t('error.noAudio'));
        return;
      }
      rec = recording;
      rec.chat = chat;
    }

    function stopRecording(keep) {
      const recording = rec;
      rec = null;
      if (recording) {
        recording.stop(keep);
        showRecording(false);
      }
    }

    function showRecording(on) {
      const hadFocus = composer.contains(document.activeElement);
      textIn.hidden = on;
      tools.hidden = on;
      recBar.hidden = !on;
      if (on || hadFocus) {
        (on ? recordStopBtn : recordBtn).focus();
      }
    }

    // ---- Three-dots menu (AGT-06) and ending a chat (AGT-07) --------------------------------------

    function toggleMenu(open) {
      const chat = current();
      if (open && !chat) {
        return;
      }
      if (open) {
        const closed = chat.ended || chat.ending;
        menuEl.querySelector('#ws-more-transfer').disabled = closed || !!chat.transferring;
        menuEl.querySelector('#ws-end').disabled = closed;
      }
      const wasOpen = !menuEl.hidden;
      menuEl.hidden = !open;
      moreBtn.setAttribute('aria-expanded', String(open));
      if (open) {
        menuEl.querySelector('[role="menuitem"]:not([disabled])').focus();
      } else if (wasOpen && menuEl.contains(document.activeElement)) {
        moreBtn.focus();
      }
    }

    function menuKey(e) {
      const items = [...menuEl.querySelectorAll('[role="menuitem"]:not([disabled])')];
      const at = items.indexOf(document.activeElement);
      let next = null;
      if (e.key === 'ArrowDown') {
        next = items[(at + 1) % items.length];
      } else if (e.key === 'ArrowUp') {
        next = items[(at - 1 + items.length) % items.length];
      } else if (e.key === 'Home') {
        next = items[0];
      } else if (e.key === 'End') {
        next = items[items.length - 1];
      } else if (e.key === 'Escape' || e.key === 'Tab') {
        if (e.key === 'Escape') {
          e.preventDefault();
        }
        toggleMenu(false);
        return;
      }
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }

    function askEnd(ask) {
      const chat = current();
      if (!chat || chat.ended) {
        return;
      }
      endConfirm.hidden = !ask;
      if (ask) {
        endQuestion.textContent = t('end.question', customerName(chat));
        endNoBtn.focus();
      }
    }

    function cancelEnd() {
      endConfirm.hidden = true;
      moreBtn.focus();
    }

    function endChat() {
      const chat = current();
      endConfirm.hidden = true;
      if (!chat || chat.ended) {
        return;
      }
      chat.ending = true; // until the ended frame; sent again after a reconnect
      stopTyping();
      if (!send({ type: 'end', interaction: chat.id })) {
        notice(t('error.offlineLater'));
      }
      moreBtn.focus();
    }

    // ---- Earlier conversations (AGT-06) -----------------------------------------------------------

    let historyOpen = false;
    const historyExpanded = new Set();

    function openHistory() {
      const chat = current();
      if (!chat) {
        return;
      }
      historyOpen = true;
      historyPanel.hidden = false;
      root.classList.add('ws-history-open');
      loadHistory(chat);
      historyPanel.querySelector('#ws-history-close').focus();
    }

    function loadHistory(chat) {
      historyExpanded.clear();
      renderHistory();
      if (!send({ type: 'history', interaction: chat.id }) && chat.history == null) {
        historyStatus.textContent = t('error.offline');
      }
    }

    function closeHistory() {
      if (!historyOpen) {
        return;
      }
      const hadFocus = historyPanel.contains(document.activeElement);
      historyOpen = false;
      historyPanel.hidden = true;
      root.classList.remove('ws-history-open');
      if (hadFocus) {
        (chatView.hidden ? searchIn : moreBtn).focus();
      }
    }

    function renderHistory() {
      const chat = current();
      if (!chat || !Array.isArray(chat.history)) {
        historyList.replaceChildren();
        historyStatus.textContent = t('loading');
        return;
      }
      const items = chat.history.filter((item) => item && keyOf(item.interaction) !== chat.key);
      historyStatus.textContent = items.length ? '' : t('history.none');
      historyList.replaceChildren(...items.map((item, i) => {
        const key = keyOf(item.interaction);
        const open = historyExpanded.has(key);
        const body = el('ol', { id: 'ws-history-messages-' + i, class: 'ws-messages ws-history-messages', hidden: !open,
          'aria-label': t('history.messages', item.campaignName || '', dateTimeOf(item.createdAt)) });
        const fill = () => {
          const messages = (Array.isArray(item.messages) ? item.messages : []).slice()
            .sort((a, b) => (Number(a.seq) || 0) - (Number(b.seq) || 0));
          body.replaceChildren(...(messages.length ? messages.map((m) => messageItem(chat, m, null, true))
            : [el('li', { class: 'ws-muted', text: t('history.empty') })]));
        };
        if (open) {
          fill();
        }
        const toggle = el('button', { type: 'button', class: 'ws-history-toggle', 'aria-expanded': String(open),
          'aria-controls': body.id, click: () => {
            const opening = body.hidden;
            if (opening && !body.firstChild) {
              fill();
            }
            body.hidden = !opening;
            toggle.setAttribute('aria-expanded', String(opening));
            if (opening) {
              historyExpanded.add(key);
            } else {
              historyExpanded.delete(key);
            }
          } }, [
          el('span', { class: 'ws-history-campaign', text: item.campaignName || '' }),
          el('time', { class: 'ws-history-date', datetime: typeof item.createdAt === 'string' ? item.createdAt : null,
            text: dateTimeOf(item.createdAt) })]);
        return el('li', { class: 'ws-history-item', 'data-interaction': key }, [toggle, body]);
      }));
    }

    // ---- Transfer (AGT-08) -------------------------------------------------------------------------

    let transferKey = null;
    const transferTargets = new Map(); // radio value -> {frame fields, name}

    function openTransfer() {
      const chat = current();
      if (!chat || chat.ended) {
        return;
      }
      transferKey = chat.key;
      transferTargets.clear();
      transferAgents.replaceChildren();
      transferCampaigns.replaceChildren();
      transferSend.disabled = true;
      transferStatus.textContent = send({ type: 'targets', interaction: chat.id }) ? t('loading') : t('error.offline');
      if (typeof transferDialog.showModal === 'function') {
        transferDialog.showModal();
      } else {
        transferDialog.setAttribute('open', '');
      }
      transferDialog.querySelector('#ws-transfer-cancel').focus();
    }

    function renderTargets(f) {
      transferTargets.clear();
      const target = (kind, id, name, extra) => {
        const value = kind + ':' + transferTargets.size;
        transferTargets.set(value, { field: kind, id, name });
        const input = el('input', { type: 'radio', name: 'ws-target', value, id: 'ws-target-' + transferTargets.size,
          disabled: extra && extra.disabled });
        return el('label', Object.assign({ class: 'ws-target ws-target-' + kind, for: input.id }, extra && extra.attrs),
          [input, el('span', { class: 'ws-target-name', text: name }), extra && extra.state]);
      };
      const agents = (Array.isArray(f.agents) ? f.agents : []).filter((a) => a && String(a.id) !== String(cfg.agentId));
      const campaigns = Array.isArray(f.campaigns) ? f.campaigns : [];
      transferAgents.replaceChildren(...(agents.length ? agents.map((a) => target('agent', a.id, String(a.name || ''), {
        attrs: { 'data-agent': a.id, 'data-state': a.state || '' },
        disabled: a.state === 'LOGGED_OUT',
        state: el('span', { class: 'ws-target-state', 'data-state': a.state || '',
          text: hasText('state.' + a.state) ? t('state.' + a.state) : String(a.state || '') }) }))
        : [el('p', { class: 'ws-muted', text: t('transfer.noAgents') })]));
      transferCampaigns.replaceChildren(...(campaigns.length ? campaigns.map((c) => target('campaign', c.id,
        String(c.name || ''), { attrs: { 'data-campaign': c.id } }))
        : [el('p', { class: 'ws-muted', text: t('transfer.noCampaigns') })]));
      transferStatus.textContent = '';
      transferSend.disabled = true;
      const first = transferDialog.querySelector('input[name="ws-target"]:not([disabled])');
      if (first && document.activeElement === transferDialog.querySelector('#ws-transfer-cancel')) {
        first.focus();
      }
    }

    function sendTransfer() {
      const chosen = transferDialog.querySelector('input[name="ws-target"]:checked');
      const target = chosen && transferTargets.get(chosen.value);
      const chat = transferKey && chats.get(transferKey);
      if (!target || !chat || chat.ended) {
        return;
      }
      if (!send({ type: 'transfer', interaction: chat.id, [target.field]: target.id })) {
        transferStatus.textContent = t('error.offline');
        return;
      }
      chat.transferring = true; // until transferred, transfer-returned or an error
      chat.transferTo = target.name;
      closeTransfer();
      renderConversation(false);
      renderInbox();
    }

    function closeTransfer() {
      transferKey = null;
      if (transferDialog.open) {
        if (typeof transferDialog.close === 'function') {
          transferDialog.close();
        } else {
          transferDialog.removeAttribute('open');
        }
        if (!chatView.hidden) {
          moreBtn.focus();
        }
      }
    }

    // ---- Wrap-up: the campaign's quality model (AGT-07, ADV-02) -----------------------------------

    function renderQuality(chat) {
      const hadFocus = qualityBox.contains(document.activeElement);
      const focusedId = hadFocus ? document.activeElement.id : '';
      qualityBox.replaceChildren();
      const model = chat.ended && chat.quality;
      if (!model) {
        return;
      }
      if (chat.evaluated) {
        const done = el('p', { id: 'ws-quality-done', class: 'ws-done', role: 'status', tabindex: '-1',
          text: chat.score == null ? t('quality.doneNoScore') : t('quality.done', formatScore(chat.score)) });
        qualityBox.append(done);
        if (hadFocus) {
          done.focus();
        }
        return;
      }
      const questions = Array.isArray(model.questions) ? model.questions : [];
      const form = el('form', { id: 'ws-quality', class: 'ws-quality', novalidate: true, 'aria-labelledby': 'ws-quality-title',
        submit: (e) => { e.preventDefault(); sendEvaluation(chat, form); },
        change: (e) => {
          const fieldset = e.target.closest('.ws-question');
          if (fieldset && e.target.checked) {
            chat.answers[fieldset.dataset.question] = Number(e.target.value);
            fieldset.classList.remove('ws-missing');
            fieldset.querySelector('.ws-error').textContent = '';
          }
        } });
      form.append(el('h3', { id: 'ws-quality-title', text: t('quality.title', model.name || '') }),
        el('p', { class: 'ws-muted', text: t('quality.intro') }));
      questions.forEach((q, i) => {
        const qid = keyOf(q.id);
        let min = Math.round(Number(q.scaleMin));
        let max = Math.round(Number(q.scaleMax));
        if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) {
          min = 0;
          max = 0;
        }
        max = Math.min(max, min + 100);
        const scale = el('div', { class: 'ws-scale' });
        for (let v = min; v <= max; v++) {
          const id = 'ws-q-' + i + '-' + v;
          scale.append(el('span', { class: 'ws-scale-value' }, [
            el('input', { type: 'radio', id, name: 'ws-q-' + i, value: String(v), required: true,
              checked: chat.answers[qid] === v }),
            el('label', { for: id, text: String(v) })]));
        }
        form.append(el('fieldset', { class: 'ws-question', 'data-question': qid, 'aria-describedby': 'ws-q-error-' + i }, [
          el('legend', { text: (i + 1) + '. ' + String(q.text || '') }),
          scale,
          el('p', { id: 'ws-q-error-' + i, class: 'ws-error' })]));
      });
      form.append(el('p', { id: 'ws-quality-error', class: 'ws-error', role: 'alert' }),
        el('button', { type: 'submit', id: 'ws-quality-send', class: 'ws-btn ws-primary', text: t('quality.send'),
          disabled: !!chat.evaluating }));
      qualityBox.append(form);
      const again = focusedId && document.getElementById(focusedId);
      if (again) {
        again.focus(); // a re-rendering (a reconnect, a frame) must not pull the agent out of the form
      }
    }

    function formatScore(score) {
      const n = Number(score);
      return Number.isFinite(n) ? n.toLocaleString(lang, { maximumFractionDigits: 2 }) : String(score);
    }

    // Every question must be answered: the missing ones are named, and the first gets the focus.
    function sendEvaluation(chat, form) {
      const questions = Array.isArray(chat.quality.questions) ? chat.quality.questions : [];
      const fieldsets = [...form.querySelectorAll('.ws-question')];
      const missing = [];
      questions.forEach((q, i) => {
        const answered = chat.answers[keyOf(q.id)] != null;
        fieldsets[i].classList.toggle('ws-missing', !answered);
        fieldsets[i].querySelector('.ws-error').textContent = answered ? '' : t('quality.choose');
        if (!answered) {
          missing.push(i);
        }
      });
      const summary = form.querySelector('#ws-quality-error');
      if (missing.length) {
        summary.textContent = t('quality.missing', missing.map((i) => i + 1).join(', '));
        fieldsets[missing[0]].querySelector('input').focus();
        return;
      }
      summary.textContent = '';
      chat.evaluating = { type: 'evaluate', interaction: chat.id,
        answers: questions.map((q) => ({ question: q.id, value: chat.answers[keyOf(q.id)] })) };
      form.querySelector('#ws-quality-send').disabled = true;
      if (!send(chat.evaluating)) {
        summary.textContent = t('error.offlineLater'); // sent again once connected
      }
    }

    // ---- The agent's state (AGT-07) -----------------------------------------------------------------

    let pendingState = null;
    let pendingStateTimer = 0;

    function setMyState(state, breakName) {
      me.state = state || null;
      me.breakName = breakName || null;
      pendingState = null;
      clearTimeout(pendingStateTimer);
      renderState();
    }

    // Available, then each break; a state the agent cannot choose (busy, on a call, a supervisor's pause)
    // shows as a disabled option, selected.
    function renderState() {
      const options = [el('option', { value: 'AVAILABLE', text: t('state.AVAILABLE') })];
      if (breakTypes.length) {
        options.push(el('optgroup', { label: t('state.breaks') },
          breakTypes.map((b) => el('option', { value: 'break:' + b.id, text: String(b.name || '') }))));
      }
      let value = '';
      if (me.state === 'AVAILABLE') {
        value = 'AVAILABLE';
      } else if (me.state === 'ON_BREAK') {
        const b = breakTypes.find((x) => x.name === me.breakName);
        if (b) {
          value = 'break:' + b.id;
        } else {
          value = 'ON_BREAK';
          options.push(el('option', { value, disabled: true,
            text: me.breakName ? t('state.ON_BREAK.named', me.breakName) : t('state.ON_BREAK') }));
        }
      } else if (me.state) {
        value = me.state;
        options.push(el('option', { value, disabled: true,
          text: hasText('state.' + me.state) ? t('state.' + me.state) : me.state }));
      } else {
        options.unshift(el('option', { value, disabled: true, text: t('state.unknown') }));
      }
      stateSelect.replaceChildren(...options);
      stateSelect.value = pendingState || value;
      stateSelect.disabled = !answered;
      root.dataset.agentState = me.state || '';
      stateDot.dataset.state = me.state || '';
    }

    function changeState() {
      const value = stateSelect.value;
      const b = breakTypes.find((x) => 'break:' + x.id === value);
      const frame = value === 'AVAILABLE' ? { type: 'state' } : b ? { type: 'state', breakType: b.id } : null;
      if (!frame || !send(frame)) {
        if (frame) {
          notice(t('error.offline'));
        }
        renderState();
        return;
      }
      // Shown as chosen until the server's agent-state; back to what it says if it says nothing.
      pendingState = value;
      clearTimeout(pendingStateTimer);
      pendingStateTimer = setTimeout(() => {
        pendingState = null;
        renderState();
      }, 10000);
    }

    // ---- Alerts: a sound and, when the page is hidden, a browser notification ------------------------

    const NOTIFY_PREF = 'webchat.workspace.notifications';
    let notifyOn = false;

    function readNotifyPref() {
      let pref = null;
      try {
        pref = localStorage.getItem(NOTIFY_PREF);
      } catch (e) {
        // no storage: off until clicked
      }
      notifyOn = 'Notification' in window && Notification.permission === 'granted' && pref !== 'off';
      renderNotify();
    }

    function writeNotifyPref() {
      try {
        localStorage.setItem(NOTIFY_PREF, notifyOn ? 'on' : 'off');
      } catch (e) {
        // see readNotifyPref
      }
    }

    function renderNotify() {
      notifyBtn.setAttribute('aria-pressed', String(notifyOn));
      notifyBtn.title = t(notifyOn ? 'notifications.on' : 'notifications.off');
    }

    // The browser is asked for permission on the agent's first click here, never before.
    async function toggleNotifications() {
      if (!('Notification' in window)) {
        notice(t('notifications.unsupported'));
        return;
      }
      if (notifyOn) {
        notifyOn = false;
      } else {
        let permission = Notification.permission;
        if (permission === 'default') {
          try {
            permission = await Notification.requestPermission();
          } catch (e) {
            permission = 'denied';
          }
        }
        notifyOn = permission === 'granted';
        if (!notifyOn) {
          notice(t('notifications.denied'));
        }
      }
      writeNotifyPref();
      renderNotify();
    }

    let audio = null;

    // Browsers let a page make sound only after a gesture: the context is made (or woken) on the first one.
    function wakeAudio() {
      const Context = window.AudioContext || window.webkitAudioContext;
      if (!Context || cfg.sounds === false) {
        return;
      }
      try {
        audio = audio || new Context();
        if (audio.state === 'suspended') {
          audio.resume();
        }
      } catch (e) {
        audio = null;
      }
    }

    document.addEventListener('pointerdown', wakeAudio, true);
    document.addEventListener('keydown', wakeAudio, true);

    // Two short rising tones.
    function beep() {
      if (!audio || cfg.sounds === false || audio.state !== 'running') {
        return;
      }
      const now = audio.currentTime;
      [[0, 660], [0.16, 880]].forEach(([offset, frequency]) => {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.type = 'sine';
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, now + offset);
        gain.gain.exponentialRampToValueAtTime(0.2, now + offset + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.14);
        osc.connect(gain);
        gain.connect(audio.destination);
        osc.start(now + offset);
        osc.stop(now + offset + 0.15);
      });
    }

    function alertAgent(title, body, key) {
      beep();
      if (!notifyOn || !document.hidden || !('Notification' in window) || Notification.permission !== 'granted') {
        return;
      }
      try {
        const n = new Notification(title, { body, tag: 'webchat-' + key, lang });
        n.onclick = () => {
          window.focus();
          if (chats.has(key)) {
            select(key);
          }
          n.close();
        };
      } catch (e) {
        // some browsers allow notifications from a service worker only
      }
    }

    // ---- Offers (STR-04 ringall) and transfer offers ------------------------------------------------

    let acceptingKey = null;

    // Server clocks and ours may differ; an offer that carries the server's "now" is timed from arrival.
    function expiryOf(f) {
      const expires = millis(f.expiresAt);
      const now = millis(f.now);
      return expires != null && now != null ? Date.now() + (expires - now) : expires;
    }

    function answerOffer(key, accept) {
      const o = offers.get(key);
      if (!o) {
        return;
      }
      const type = (accept ? 'accept' : 'decline') + (o.transfer ? '-transfer' : '');
      if (!send({ type, interaction: o.id })) {
        notice(t('error.offline'));
        return;
      }
      if (accept) {
        o.accepting = true; // until assigned, offer-closed or an error
        acceptingKey = key;
      } else {
        offers.delete(key);
      }
      renderInbox();
    }

    // ---- Chats that end, leave or come back --------------------------------------------------------

    function endLocally(chat, f) {
      chat.ended = true;
      chat.ending = false;
      chat.transferring = false;
      chat.endReason = f.endReason || null;
      chat.endedAt = Date.now();
      chat.quality = f.quality && typeof f.quality === 'object' ? f.quality : null;
      chat.customerTyping = false;
      chat.draft = '';
      delete store.drafts[chat.key];
      failPending(chat);
      if (typingKey === chat.key) {
        typingKey = null; // no typing=false into a closed chat
        clearTimeout(typingIdle);
      }
      if (rec && rec.chat === chat) {
        stopRecording(false);
      }
      if (transferKey === chat.key) {
        closeTransfer();
      }
      const ended = [...chats.values()].filter((c) => c.ended).sort((a, b) => b.endedAt - a.endedAt);
      for (const old of ended.slice(ENDED_KEPT)) {
        if (old.key !== selectedKey) {
          forgetChat(old);
        }
      }
      rememberEnded();
      if (chat.key === selectedKey) {
        endConfirm.hidden = true;
        toggleMenu(false);
        closeCanned(false);
        toggleEmoji(false);
        for (const li of messagesEl.querySelectorAll('li.ws-msg[data-state="sending"]')) {
          li.dataset.state = 'failed';
          const tick = li.querySelector('.ws-tick');
          tick.textContent = '!';
          tick.setAttribute('aria-label', t('delivery.failed'));
        }
        renderConversation(false);
      }
      renderInbox();
    }

    function reopen(chat) {
      Object.assign(chat, { ended: false, endReason: null, endedAt: null, quality: null, score: null, evaluated: false,
        transferred: false, transferring: false, evaluating: null, restored: false, answers: {} });
      // What could not be sent while the chat was away goes out now; a failed upload is left to the agent.
      const again = [];
      for (const [clientId, p] of chat.pending) {
        if (p.upload) {
          chat.pending.delete(clientId);
        } else {
          p.failed = false;
          again.push({ clientId, text: p.text, at: p.at });
        }
      }
      if (again.length) {
        store.outbox[chat.key] = again;
      }
      rememberEnded();
      flushOutbox();
    }

    function removeChat(chat) {
      if (chat.key === selectedKey) {
        select(null);
      }
      forgetChat(chat);
      rememberEnded();
      renderInbox();
    }

    // ---- Socket ------------------------------------------------------------------------------------

    let ws = null;
    let answered = false; // this socket's hello has come
    let everAnswered = false;
    let attempt = 0;
    let reconnectTimer = 0;
    let offline = navigator.onLine === false;
    let stopped = false; // signed out: no more reconnecting
    let openedAt = 0;
    let lastFrameAt = 0;
    let lastPingAt = 0;
    let pongSeen = false;
    let probing = false;
    const sentHere = new Set(); // outbox entries already sent on this socket
    const queue = []; // frames waiting for the rate budget
    let budget = 20;
    let budgetAt = Date.now();
    let drainTimer = 0;

    function connect() {
      clearTimeout(reconnectTimer);
      if (ws || stopped || offline) {
        renderConnection();
        return;
      }
      let socket;
      try {
        socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + SOCKET_PATH);
      } catch (e) {
        scheduleReconnect();
        return;
      }
      ws = socket;
      answered = false;
      pongSeen = false;
      openedAt = lastFrameAt = lastPingAt = Date.now();
      socket.onmessage = (e) => {
        if (ws !== socket) {
          return;
        }
        lastFrameAt = Date.now();
        let frame;
        try {
          frame = JSON.parse(e.data);
        } catch (err) {
          return;
        }
        const handle = frame && typeof frame.type === 'string'
          && Object.prototype.hasOwnProperty.call(handlers, frame.type) && handlers[frame.type];
        if (handle) {
          handle(frame);
        }
      };
      socket.onclose = (e) => {
        if (ws !== socket) {
          return;
        }
        // 1008: the agent must sign in again (signed out, disabled, or its access changed). Reloading shows the
        // login page; at most once a minute, so that a refusal the page cannot cure does not loop.
        const lastReload = Number(sessionStorage.getItem('webchat.signInReload') || 0);
        if (e.code === 1008 && Date.now() - lastReload > 60000) {
          sessionStorage.setItem('webchat.signInReload', String(Date.now()));
          stopped = true;
          location.reload();
          return;
        }
        closed();
      };
      renderConnection();
    }

    function closed() {
      ws = null;
      answered = false;
      sentHere.clear();
      queue.length = 0;
      clearTimeout(drainTimer);
      scheduleReconnect();
      renderConnection();
      renderState();
    }

    function scheduleReconnect() {
      if (stopped || offline) {
        return;
      }
      // 0.5 s doubling to 10 s, with jitter so that a restarted server is not hit by every agent at once.
      const delay = Math.min(10000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt++;
      clearTimeout(reconnectTimer);
      reconnectTimer = setTimeout(connect, delay);
      if (attempt === 3 || attempt % 10 === 0) {
        probeSession();
      }
    }

    // A socket that keeps failing may mean that the session is over: then this page's address answers with
    // a redirect, a refusal or the sign-in form instead of the workspace.
    function probeSession() {
      if (probing || !window.fetch) {
        return;
      }
      probing = true;
      fetch(location.href, { method: 'GET', credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
        .then(async (r) => {
          if (r.type === 'opaqueredirect' || r.status === 401 || r.status === 403
            || (r.ok && !(await r.text()).includes('id="workspace"'))) {
            signedOut();
          }
        })
        .catch(() => { /* the network: reconnecting says enough */ })
        .finally(() => { probing = false; });
    }

    function signedOut() {
      stopped = true;
      clearTimeout(reconnectTimer);
      drop();
      renderConnection();
      notice(t('signedOut'), el('button', { type: 'button', id: 'ws-reload', class: 'ws-btn', text: t('reload'),
        click: () => location.reload() }));
    }

    // Closes at once, without waiting for a dead network's closing handshake.
    function drop() {
      if (ws) {
        const socket = ws;
        socket.onclose = socket.onmessage = null;
        try {
          socket.close();
        } catch (e) {
          // already closing
        }
        closed();
      }
    }

    // The server takes 30 frames at once, then 5 a second: past a burst, frames wait their turn here.
    // A droppable frame (typing, ping) is not worth waiting for and is dropped instead.
    function send(frame, droppable) {
      if (!ws || ws.readyState !== WebSocket.OPEN || !answered) {
        return false;
      }
      const now = Date.now();
      budget = Math.min(20, budget + (now - budgetAt) / 250);
      budgetAt = now;
      if (queue.length || budget < 1) {
        if (droppable) {
          return false;
        }
        queue.push(frame);
        clearTimeout(drainTimer);
        drainTimer = setTimeout(drain, 260);
        return true;
      }
      budget--;
      ws.send(JSON.stringify(frame));
      return true;
    }

    function drain() {
      const waiting = queue.splice(0);
      for (const frame of waiting) {
        send(frame); // in order: once one waits again, the rest queue behind it
      }
    }

    function flushOutbox() {
      if (!answered) {
        return;
      }
      for (const chat of chats.values()) {
        if (chat.ended) {
          continue;
        }
        for (const m of store.outbox[chat.key] || []) {
          if (!sentHere.has(m.clientId)) {
            sentHere.add(m.clientId);
            send({ type: 'message', interaction: chat.id, clientId: m.clientId, text: m.text });
          }
        }
      }
    }

    // Everything not yet confirmed, again: the server stores a clientId once, so nothing doubles.
    function resendPending() {
      sentHere.clear();
      flushOutbox();
      for (const chat of chats.values()) {
        if (chat.ending && !chat.ended) {
          send({ type: 'end', interaction: chat.id });
        }
        if (chat.evaluating && chat.ended) {
          send(chat.evaluating);
        }
      }
    }

    // Where a chat's replay starts after a (re)connect: after the last message held; for a chat not yet
    // opened since the page loaded, after what the agent had seen (the rest counts as unread), or from the
    // start when it is the one on screen or was never seen.
    function resumeFrom(chat) {
      if (chat.loaded) {
        return chat.maxSeq;
      }
      if (chat.key === selectedKey || !chat.seen) {
        chat.loaded = true;
        return 0;
      }
      return chat.seen;
    }

    setInterval(() => {
      const now = Date.now();
      if (!ws) {
        return;
      }
      if (!answered && now - openedAt > 15000) {
        drop(); // no hello: this socket is stuck
      } else if (pongSeen && now - lastFrameAt > 60000) {
        drop(); // silent for a minute although the server answers pings: the connection is dead
      } else if (answered && now - lastPingAt >= 25000) {
        lastPingAt = now;
        send({ type: 'ping' }, true);
      }
    }, 5000);

    function renderConnection() {
      const s = stopped ? 'signedOut' : offline ? 'offline' : answered ? 'connected'
        : everAnswered || attempt > 0 ? 'reconnecting' : 'connecting';
      if (connectionEl.dataset.state !== s) {
        connectionEl.dataset.state = s;
        connectionEl.textContent = t('connection.' + s); // only on change: a status is read out each time
      }
      root.classList.toggle('ws-disconnected', s !== 'connected');
    }

    window.addEventListener('offline', () => {
      offline = true;
      drop(); // at once: the indicator says so, and new messages wait in the outbox
      renderConnection();
    });

    window.addEventListener('online', () => {
      offline = false;
      attempt = 0;
      connect();
      for (const u of [...waitingUploads]) {
        u.retry(); // the network is back: no need to wait for the backoff
      }
    });

    // ---- Server frames -----------------------------------------------------------------------------

    const chatOf = (f) => (f && f.interaction != null ? chats.get(keyOf(f.interaction)) || null : null);

    const handlers = {
      hello(f) {
        const first = !everAnswered;
        everAnswered = true;
        attempt = 0;
        if (f.name) {
          me.name = String(f.name);
          agentNameEl.textContent = me.name;
        }
        breakTypes = Array.isArray(f.breakTypes) ? f.breakTypes.filter((b) => b && b.id != null) : [];
        // Ringing offers follow the hello again; transfer offers run out by their own clock.
        for (const [key, o] of offers) {
          if (!o.transfer) {
            offers.delete(key);
          }
        }
        acceptingKey = null;
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
        if (first && selectedKey == null && store.selected != null && chats.has(keyOf(store.selected))) {
          select(keyOf(store.selected)); // before answered: its replay goes out with the others below
        }
        answered = true;
        setMyState(f.state, f.breakName);
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
        pongSeen = true;
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
        const accepted = acceptingKey === key;
        if (accepted) {
          acceptingKey = null;
        } else if (isNew) {
          alertAgent(t('alert.assigned'), t('alert.body', customerName(chat), chat.campaignName || ''), key);
        }
        if (accepted || selectedKey == null) {
          select(key);
        } else {
          renderInbox();
          if (key === selectedKey) {
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
            if (chat.key === selectedKey) {
              renderTyping(chat);
            }
            renderInboxSoon();
          }, 6000);
        }
        if (chat.key === selectedKey) {
          renderTyping(chat);
        }
        renderInboxSoon();
      },

      page(f) {
        const chat = chatOf(f);
        if (chat) {
          chat.pageUrl = f.url;
          if (chat.key === selectedKey) {
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
          fromName: f.fromName, expires: expiryOf(f), transfer: true });
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
        if (chat.key === selectedKey) {
          renderConversation(false);
        }
        renderInbox();
      },

      'agent-state'(f) {
        setMyState(f.state, f.breakName);
        if (f.state === 'LOGGED_OUT') {
          signedOut(); // a supervisor logged the agent out (SUP-15)
        }
      },

      history(f) {
        const chat = chatOf(f);
        if (chat) {
          chat.history = Array.isArray(f.items) ? f.items : [];
          if (historyOpen && chat.key === selectedKey) {
            renderHistory();
          }
        }
      },

      canned(f) {
        const chat = chatOf(f);
        if (chat) {
          chat.canned = Array.isArray(f.responses) ? f.responses : [];
          if (cannedMode && chat.key === selectedKey) {
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
          if (chat.key === selectedKey) {
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
            if (acceptingKey === key) {
              acceptingKey = null;
            }
          }
          notice(t('error.' + code));
          renderInbox();
          return;
        }
        if (code === 'unknown-break') {
          pendingState = null;
          renderState();
        }
        if (chat) {
          // What was asked of this chat failed: let the agent try again.
          chat.transferring = false;
          chat.ending = false;
          if (chat.evaluating) {
            chat.evaluating = null;
          }
          if (chat.key === selectedKey) {
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

    // ---- Clock: offer countdowns and chat ages -----------------------------------------------------

    setInterval(() => {
      const now = Date.now();
      let gone = false;
      for (const [key, o] of offers) {
        if (o.expires != null && now > o.expires + (o.accepting ? 20000 : 5000)) {
          offers.delete(key); // lapsed: the server's offer-closed went missing
          gone = true;
        }
      }
      if (gone) {
        renderInbox();
        return;
      }
      for (const li of offersList.children) {
        const o = offers.get(li.dataset.interaction);
        const countdown = o && li.querySelector('.ws-countdown');
        if (countdown) {
          countdown.textContent = countdownText(o);
        }
      }
      for (const li of chatsList.children) {
        const chat = chats.get(li.dataset.interaction);
        const age = chat && li.querySelector('.ws-age');
        if (age) {
          age.textContent = ageText(chat);
        }
      }
    }, 1000);

    // ---- Start ---------------------------------------------------------------------------------------

    // The workspace fills the window below the console's header.
    function fit() {
      root.style.setProperty('--ws-top', Math.max(0, root.getBoundingClientRect().top + window.scrollY) + 'px');
    }

    window.addEventListener('resize', fit);
    document.addEventListener('visibilitychange', () => {
      const chat = current();
      if (!document.hidden && chat && chat.unread) {
        chat.unread = 0;
        markSeen(chat);
        renderInbox();
      }
    });
    fit();
    readNotifyPref();
    renderState();
    renderConnection();
    renderInbox();
    renderConversation(true);
    if (store.selected != null && chats.has(keyOf(store.selected)) && chats.get(keyOf(store.selected)).ended) {
      select(keyOf(store.selected)); // an ended chat's wrap-up is there at once; live ones after the hello
    }
    connect();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
