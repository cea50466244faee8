/*
 * The workspace's skeleton: top bar, inbox, conversation, composer, history panel, transfer dialog. Each
 * part's module fills and drives it; this module only builds the elements and puts them on the page.
 */
import { changeState } from './agentstate.js';
import { enableAlerts, toggleNotifications } from './alerts.js';
import { cannedKey, cannedMode, closeCanned, openCanned, refreshCanned, slashCheck } from './canned.js';
import { composerInput, composerKey, sendText } from './composer.js';
import { FILE_TYPES, MAX_BYTES, MAX_TEXT, TRANSFER_NOTE_MAX, root } from './config.js';
import { select } from './conversation.js';
import { messagesEl } from './messages.js';
import { el, icon, iconButton } from './dom.js';
import { emojiKey, toggleEmoji } from './emoji.js';
import { askEnd, cancelEnd, endChat, menuKey, toggleMenu } from './ending.js';
import { pickedFile, startRecording, stopRecording } from './files.js';
import { humanSize } from './format.js';
import { closeHistory, openHistory } from './history.js';
import { renderInbox } from './inbox.js';
import { me } from './model.js';
import { t } from './texts.js';
import { closeTransfer, openTransfer, sendTransfer } from './transfer.js';

const main = document.getElementById('content');
if (main) {
  main.classList.add('ws-main'); // the console's page width is too narrow for three columns
}

// Top bar: state, connection, notifications.
export const stateSelect = el('select', { id: 'ws-state', disabled: true, change: changeState });
export const stateDot = el('span', { class: 'ws-state-dot', 'aria-hidden': 'true' });
export const agentNameEl = el('span', { id: 'ws-agent-name', class: 'ws-agent-name', text: me.name });
// Who put the agent on its break (SUP-14), beside the state while it lasts.
export const pausedByEl = el('span', { id: 'ws-paused-by', class: 'ws-paused-by', hidden: true });
export const connectionEl = el('span', { id: 'ws-connection', class: 'ws-connection', role: 'status' });
export const notifyBtn = el('button', { type: 'button', id: 'ws-notify', class: 'ws-toggle', 'aria-pressed': 'false',
  click: toggleNotifications }, [icon('bell'), el('span', { text: t('notifications') })]);
const topbar = el('div', { id: 'ws-topbar', class: 'ws-topbar' }, [
  el('div', { class: 'ws-me' }, [
    stateDot,
    el('label', { for: 'ws-state', class: 'ws-label', text: t('state.label') }),
    stateSelect, pausedByEl, agentNameEl]),
  connectionEl, notifyBtn]);

// Until the agent's first click or key the browser keeps the page silent: this says so (issue 11, point 16).
export const alertsPrompt = el('div', { id: 'ws-alerts-prompt', class: 'ws-banner ws-alerts-prompt', role: 'region',
  'aria-labelledby': 'ws-alerts-text', hidden: true }, [
  el('span', { id: 'ws-alerts-text', text: t('alerts.prompt') }),
  el('button', { type: 'button', id: 'ws-alerts-enable', class: 'ws-btn ws-primary', text: t('alerts.enable'),
    click: enableAlerts })]);

export const noticeEl = el('div', { id: 'ws-notice', class: 'ws-notice', role: 'status', 'aria-live': 'polite' });

// Left: the inbox (AGT-01).
export const searchIn = el('input', { id: 'ws-search', type: 'search', autocomplete: 'off',
  placeholder: t('search.placeholder'), 'aria-label': t('search.label'), input: renderInbox });
export const offersList = el('ul', { id: 'ws-offers', class: 'ws-list', 'aria-labelledby': 'ws-offers-title' });
export const chatsList = el('ul', { id: 'ws-chats', class: 'ws-list', 'aria-labelledby': 'ws-chats-title' });
export const endedList = el('ul', { id: 'ws-ended', class: 'ws-list', 'aria-labelledby': 'ws-ended-title' });
export const offersTitle = el('h2', { id: 'ws-offers-title', class: 'ws-list-title', text: t('inbox.offers') });
export const chatsTitle = el('h2', { id: 'ws-chats-title', class: 'ws-list-title', text: t('inbox.active') });
export const endedTitle = el('h2', { id: 'ws-ended-title', class: 'ws-list-title', text: t('inbox.ended') });
export const inboxEmpty = el('p', { id: 'ws-inbox-empty', class: 'ws-muted' });
export const inbox = el('nav', { id: 'ws-inbox', class: 'ws-inbox', 'aria-label': t('inbox.label') }, [
  el('div', { class: 'ws-search' }, searchIn),
  el('div', { class: 'ws-inbox-lists' }, [offersTitle, offersList, chatsTitle, chatsList, endedTitle, endedList,
    inboxEmpty])]);

// Center: the conversation (AGT-02, 03, 09).
export const customerEl = el('h2', { id: 'ws-customer', class: 'ws-customer' });
export const campaignEl = el('p', { id: 'ws-campaign', class: 'ws-campaign' });
export const contactEl = el('dl', { id: 'ws-contact', class: 'ws-contact' });
export const moreBtn = iconButton('ws-more', t('more'), 'more', () => toggleMenu(menuEl.hidden),
  { 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'ws-more-menu' });
const menuItem = (id, text, onClick) => el('li', { role: 'none' },
  el('button', { type: 'button', id, role: 'menuitem', tabindex: '-1', class: 'ws-menu-item', text, click: onClick }));
export const menuEl = el('ul', { id: 'ws-more-menu', class: 'ws-menu', role: 'menu', 'aria-label': t('more'), hidden: true,
  keydown: menuKey }, [
  menuItem('ws-more-history', t('history.open'), () => { toggleMenu(false); openHistory(); }),
  menuItem('ws-more-transfer', t('transfer.open'), () => { toggleMenu(false); openTransfer(); }),
  menuItem('ws-end', t('end'), () => { toggleMenu(false); askEnd(true); })]);
const backBtn = iconButton('ws-back', t('back'), 'back', () => select(null));
const header = el('header', { id: 'ws-header', class: 'ws-header' }, [
  backBtn,
  el('div', { class: 'ws-who' }, [customerEl, campaignEl, contactEl]),
  el('div', { class: 'ws-more-wrap' }, [moreBtn, menuEl])]);

export const endQuestion = el('span', { id: 'ws-end-question' });
export const endConfirm = el('div', { id: 'ws-end-confirm', class: 'ws-confirm', role: 'group',
  'aria-labelledby': 'ws-end-question', hidden: true, keydown: (e) => { if (e.key === 'Escape') cancelEnd(); } }, [
  endQuestion,
  el('button', { type: 'button', id: 'ws-end-yes', class: 'ws-btn ws-danger', text: t('end.yes'), click: endChat }),
  el('button', { type: 'button', id: 'ws-end-no', class: 'ws-btn', text: t('cancel'), click: cancelEnd })]);
export const transferPendingEl = el('p', { id: 'ws-transfer-pending', class: 'ws-banner', role: 'status', hidden: true });

export const waitedEl = el('p', { id: 'ws-waited', class: 'ws-waited' });
// Who handed the chat on, with their note: only agents see it (issue 11, point 17).
export const handoverEl = el('div', { id: 'ws-handover', class: 'ws-handover', hidden: true });
// What the chat's start bot did before the agent took it (issue 15, point 5): only for chats a bot talked in.
export const botEl = el('section', { id: 'ws-bot', class: 'ws-bot', 'aria-labelledby': 'ws-bot-title', tabindex: '-1',
  hidden: true });
export const endedNote = el('p', { id: 'ws-ended-note', class: 'ws-ended-note', hidden: true });
export const qualityBox = el('div', { id: 'ws-quality-box', class: 'ws-quality-box' });
// Focusable: the messages scroll, and a keyboard must be able to scroll them (a call's pane leaves them little room).
export const thread = el('div', { id: 'ws-thread', class: 'ws-thread', tabindex: '0' },
  [waitedEl, handoverEl, botEl, messagesEl, endedNote, qualityBox]);
export const typingEl = el('p', { id: 'ws-typing', class: 'ws-typing', hidden: true });
// The wrapper is the live region: the line itself comes and goes.
const typingWrap = el('div', { class: 'ws-typing-wrap', 'aria-live': 'polite' }, typingEl);

// Composer (AGT-05).
export const textIn = el('textarea', { id: 'ws-text', rows: 2, maxlength: MAX_TEXT, placeholder: t('composer.placeholder'),
  'aria-label': t('composer.label'), 'aria-describedby': 'ws-composer-help',
  keydown: composerKey, input: composerInput, click: slashCheck,
  keyup: (e) => { if (/^(Arrow(Left|Right)|Home|End)$/.test(e.key)) slashCheck(); } });
export const emojiBtn = iconButton('ws-emoji', t('emoji'), 'emoji', () => toggleEmoji(emojiPanel.hidden),
  { 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': 'ws-emoji-panel' });
export const emojiPanel = el('div', { id: 'ws-emoji-panel', class: 'ws-popup ws-emoji-panel', role: 'dialog',
  'aria-label': t('emoji.panel'), hidden: true, keydown: emojiKey });
export const cannedBtn = iconButton('ws-canned', t('canned'), 'canned', () => (cannedMode ? closeCanned(true) : openCanned('button')),
  { 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': 'ws-canned-panel' });
export const cannedFilter = el('input', { id: 'ws-canned-filter', type: 'search', autocomplete: 'off',
  'aria-label': t('canned.filter'), placeholder: t('canned.filter'), 'aria-controls': 'ws-canned-list',
  'aria-autocomplete': 'list', input: () => refreshCanned(), keydown: cannedKey });
export const cannedList = el('ul', { id: 'ws-canned-list', class: 'ws-canned-list', role: 'listbox',
  'aria-label': t('canned.panel') });
export const cannedStatus = el('p', { id: 'ws-canned-status', class: 'ws-muted' });
export const cannedPanel = el('div', { id: 'ws-canned-panel', class: 'ws-popup ws-canned-panel', hidden: true },
  [cannedFilter, cannedList, cannedStatus]);
export const fileIn = el('input', { type: 'file', id: 'ws-file', hidden: true, tabindex: '-1', 'aria-label': t('attach'),
  accept: Object.keys(FILE_TYPES).concat([...new Set(Object.values(FILE_TYPES))]).join(','), change: pickedFile });
const attachBtn = iconButton('ws-attach', t('attach'), 'attach', () => fileIn.click());
attachBtn.title = t('attach') + ' · ' + t('attach.help', humanSize(MAX_BYTES));
export const recordBtn = iconButton('ws-record', t('record'), 'mic', startRecording);
const sendBtn = el('button', { type: 'submit', id: 'ws-send', class: 'ws-btn ws-primary' },
  [icon('send'), el('span', { text: t('send') })]);
export const recTime = el('span', { class: 'ws-rec-time' });
export const recBar = el('div', { id: 'ws-recording', class: 'ws-recording', hidden: true }, [
  el('span', { class: 'ws-rec-dot', 'aria-hidden': 'true' }), el('span', { text: t('recording') }), recTime,
  iconButton('ws-record-cancel', t('record.cancel'), 'trash', () => stopRecording(false)),
  iconButton('ws-record-stop', t('record.stop'), 'stop', () => stopRecording(true))]);
export const tools = el('div', { class: 'ws-tools' }, [emojiBtn, cannedBtn, attachBtn, fileIn, recordBtn,
  el('span', { id: 'ws-composer-help', class: 'ws-hint', text: t('composer.help') }), sendBtn]);
export const composer = el('form', { id: 'ws-composer', class: 'ws-composer', 'aria-label': t('composer.label'),
  submit: (e) => { e.preventDefault(); sendText(); } }, [emojiPanel, cannedPanel, textIn, tools, recBar]);

export const emptyEl = el('div', { id: 'ws-empty', class: 'ws-empty' }, el('p', { text: t('conversation.empty') }));
export const chatView = el('div', { id: 'ws-chat-view', class: 'ws-chat-view', hidden: true },
  [header, endConfirm, transferPendingEl, thread, typingWrap, composer]);
const conversation = el('section', { id: 'ws-conversation', class: 'ws-conversation',
  'aria-label': t('conversation.label') }, [emptyEl, chatView]);

// Right: earlier conversations (AGT-06).
export const historyStatus = el('p', { id: 'ws-history-status', class: 'ws-muted', role: 'status' });
export const historyList = el('ul', { id: 'ws-history-list', class: 'ws-history-list' });
const historyTitle = el('h2', { id: 'ws-history-title', text: t('history.title') });
export const historyPanel = el('aside', { id: 'ws-history', class: 'ws-history', 'aria-labelledby': 'ws-history-title',
  hidden: true, keydown: (e) => { if (e.key === 'Escape') closeHistory(); } }, [
  el('div', { class: 'ws-panel-head' }, [historyTitle,
    iconButton('ws-history-close', t('close'), 'close', closeHistory)]),
  historyStatus, historyList]);

// Transfer dialog (AGT-08).
export const transferStatus = el('p', { id: 'ws-transfer-status', class: 'ws-muted', role: 'status' });
export const transferAgents = el('div', { id: 'ws-transfer-agents', class: 'ws-targets' });
export const transferCampaigns = el('div', { id: 'ws-transfer-campaigns', class: 'ws-targets' });
export const transferNote = el('textarea', { id: 'ws-transfer-note', class: 'ws-transfer-note-input', rows: 3,
  maxlength: TRANSFER_NOTE_MAX, 'aria-describedby': 'ws-transfer-note-help' });
export const transferSend = el('button', { type: 'submit', id: 'ws-transfer-send', class: 'ws-btn ws-primary',
  text: t('transfer.send'), disabled: true });
export const transferDialog = el('dialog', { id: 'ws-transfer', class: 'ws-dialog', 'aria-labelledby': 'ws-transfer-title',
  cancel: (e) => { e.preventDefault(); closeTransfer(); } },
  el('form', { class: 'ws-dialog-form', submit: (e) => { e.preventDefault(); sendTransfer(); },
    change: () => { transferSend.disabled = !transferDialog.querySelector('input[name="ws-target"]:checked'); } }, [
    el('h2', { id: 'ws-transfer-title', text: t('transfer.title') }),
    transferStatus,
    el('fieldset', { class: 'ws-fieldset' }, [el('legend', { text: t('transfer.agents') }), transferAgents]),
    el('fieldset', { class: 'ws-fieldset' }, [el('legend', { text: t('transfer.campaigns') }), transferCampaigns]),
    el('div', { class: 'ws-field' }, [el('label', { for: 'ws-transfer-note', text: t('transfer.note') }), transferNote,
      el('p', { id: 'ws-transfer-note-help', class: 'ws-hint', text: t('transfer.noteHelp', TRANSFER_NOTE_MAX) })]),
    el('div', { class: 'ws-actions' }, [
      el('button', { type: 'button', id: 'ws-transfer-cancel', class: 'ws-btn', text: t('cancel'),
        click: closeTransfer }),
      transferSend])]));

root.textContent = ''; // the page's "loading" text
root.classList.add('ws-root');
root.append(topbar, alertsPrompt, noticeEl, el('div', { class: 'ws-body' }, [inbox, conversation, historyPanel]), transferDialog);

export const recordStopBtn = recBar.querySelector('#ws-record-stop');
export const endNoBtn = endConfirm.querySelector('#ws-end-no');
