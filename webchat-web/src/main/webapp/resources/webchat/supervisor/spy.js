/*
 * Spy (SUP-11), whisper and barge-in (issue 12, point 5) in the side panel: the spied agent's chats, each with its
 * history and then its messages both ways live (a whisper marked as such), and for the chosen chat a box that
 * whispers to the agent only, or, after Barge in, writes to the customer too (who reads the supervisor's name).
 * Closing the panel stops the spy (unspy); a chat the agent takes later comes as spied-chat.
 */
import { el } from '../console/dom.js';
import { lang, t } from './config.js';
import { handlers } from './frames.js';
import { openSide } from './side.js';
import { send } from './socket.js';

const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
let spied = null; // {agent, name, chats: Map interaction -> {info, seqs:Set, log, tab, barged, ended}, selected, ...}
let sent = 0;

export function spy(agent, name) {
  const mine = { agent, name, chats: new Map(), selected: null };
  const tabs = el('div', { class: 'sup-spy-chats', role: 'group', 'aria-label': t('spy.chats') });
  const logs = el('div', { class: 'sup-spy-logs' });
  const text = el('textarea', { id: 'sup-spy-text', rows: 3, maxlength: 8000 });
  const write = el('button', { type: 'button', id: 'sup-spy-send', class: 'sup-btn', text: t('spy.whisper'),
    click: () => post(text) });
  const barge = el('button', { type: 'button', id: 'sup-spy-barge', class: 'sup-btn', text: t('spy.barge'),
    click: () => mine.selected && send({ type: 'barge', interaction: mine.selected }) });
  const box = el('div', { class: 'sup-spy-box', hidden: true }, [
    el('label', { for: 'sup-spy-text', id: 'sup-spy-label', text: t('spy.whisperLabel') }), text,
    el('div', { class: 'sup-spy-buttons' }, [write, barge])]);
  Object.assign(mine, { tabs, logs, box, write, barge, label: box.firstChild });
  // First: the spy the panel showed before ends (its unspy goes out before this spy).
  openSide(t('spy.title', name), [el('p', { class: 'sup-muted', id: 'sup-spy-empty', text: t('spy.none') }), tabs,
    logs, box], () => {
    send({ type: 'unspy', agent });
    if (spied === mine) {
      spied = null;
    }
  });
  spied = mine;
  send({ type: 'spy', agent });
}

function post(text) {
  const chat = spied && spied.chats.get(spied.selected);
  const words = text.value.trim();
  if (!chat || !words || chat.ended) {
    return;
  }
  send({ type: chat.barged ? 'barge-message' : 'whisper', interaction: spied.selected,
    clientId: 'sup-' + Date.now().toString(36) + '-' + ++sent, text: words });
  text.value = '';
}

function select(interaction) {
  spied.selected = interaction;
  for (const [id, chat] of spied.chats) {
    chat.tab.setAttribute('aria-pressed', String(id === interaction));
    chat.log.hidden = id !== interaction;
  }
  const chat = spied.chats.get(interaction);
  spied.box.hidden = !chat || chat.ended;
  if (chat) {
    spied.label.textContent = t(chat.barged ? 'spy.bargeLabel' : 'spy.whisperLabel', chat.info.customer);
    spied.write.textContent = t(chat.barged ? 'spy.send' : 'spy.whisper');
    spied.barge.hidden = chat.barged;
  }
}

function sender(m, chat) {
  if (m.from === 'customer') {
    return chat.info.customer;
  }
  return m.name || t('spy.from.' + m.from);
}

function show(m) {
  const chat = spied && spied.chats.get(Number(m.interaction));
  if (!chat || chat.seqs.has(m.seq)) {
    return; // a message both in the history and live comes once
  }
  chat.seqs.add(m.seq);
  const ms = Date.parse(m.at);
  const item = el('li', { class: 'sup-msg sup-msg-' + String(m.from).replace(/[^a-z]/g, '') + (m.internal ? ' sup-whisper' : ''),
    'data-seq': Number(m.seq) }, [
    el('span', { class: 'sup-msg-who', text: sender(m, chat) + (m.internal ? ' · ' + t('spy.whispered') : '') }),
    el('span', { class: 'sup-msg-at', text: Number.isNaN(ms) ? '' : time.format(new Date(ms)) }),
    el('p', { class: 'sup-msg-text', text: m.text || (m.attachment ? t('spy.attachment') : '') })]);
  chat.list.append(item);
  chat.log.scrollTop = chat.log.scrollHeight;
}

function addChat(c) {
  if (!spied || Number(c.agent || spied.agent) !== spied.agent) {
    return;
  }
  const interaction = Number(c.interaction);
  let chat = spied.chats.get(interaction);
  if (!chat) {
    chat = { info: c, seqs: new Set(), barged: false, ended: false,
      list: el('ol', { class: 'sup-spy-list' }),
      log: el('div', { class: 'sup-spy-log', role: 'log', 'aria-label': t('spy.log', c.customer), tabindex: 0 }),
      tab: el('button', { type: 'button', class: 'sup-btn sup-spy-tab', 'data-interaction': interaction,
        text: c.customer, click: () => select(interaction) }) };
    chat.log.append(chat.list);
    spied.chats.set(interaction, chat);
    spied.tabs.append(chat.tab);
    spied.logs.append(chat.log);
  }
  (Array.isArray(c.messages) ? c.messages : []).forEach(show);
  document.getElementById('sup-spy-empty').hidden = true;
  if (!spied.selected) {
    select(interaction);
  } else {
    select(spied.selected);
  }
}

handlers.spy = (f) => {
  if (spied && Number(f.agent) === spied.agent) {
    (Array.isArray(f.chats) ? f.chats : []).forEach(addChat);
  }
};
handlers['spied-chat'] = addChat;
handlers.message = show;
handlers.ack = () => {}; // the message itself comes back live, as the agent reads it

handlers['spied-state'] = (f) => {
  const chat = spied && spied.chats.get(Number(f.interaction));
  if (chat && f.state !== 'ASSIGNED') {
    chat.ended = true; // ended, or gone back to the queue: nothing more to write in it from here
    chat.tab.textContent = t(f.state === 'QUEUED' ? 'spy.requeued' : 'spy.closed', chat.info.customer);
    select(spied.selected);
  }
};

// The supervisor joined the chat (done {act: barge}): the box writes to the customer from now on.
export function barged(interaction) {
  const chat = spied && spied.chats.get(interaction);
  if (chat) {
    chat.barged = true;
    select(spied.selected);
  }
}
