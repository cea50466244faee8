/*
 * The agents table (SUP-01..09): each agent of the watched campaigns with its state icon (a phone on a call, the
 * break's own icon on a break), the channel of each active chat, its state, completed today, active n of its cap, the
 * time in its state (ticking), each active chat coloured by the Chat time bands at the instants the server gave, and
 * the alert of an agent idle too long.
 *
 * Rows are kept by agent (tr[data-agent=id], with data-state and data-login) and updated in place, so what another
 * module puts in a row's last cell (td.sup-actions: the supervisor's acts on the agent) stays, focus included.
 * Such a module registers agentActions.add((cell, agent, created) => ...): it is called for every row at each redraw,
 * with the agent as the board gives it (see org.webchat.chat's package-info), created true the first time.
 */
import { el } from '../console/dom.js';
import { ticking } from './bands.js';
import { t } from './config.js';
import { onBoard } from './render.js';
import { now } from './state.js';

const body = document.getElementById('sup-agents-body');
const empty = document.getElementById('sup-agents-empty');
const ICON = /^pi pi-[a-z0-9-]{1,40}$/;

/** Each channel's logo (SUP-02): a channel that comes adds its own. */
export const CHANNELS = { WEBCHAT: 'pi pi-comment' };

/** What other modules draw in each row's actions cell. */
export const agentActions = new Set();

function icon(name, label) {
  const node = el('i', { class: ICON.test(name) ? name : 'pi pi-user', 'aria-hidden': label ? null : 'true' });
  if (label) {
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', label);
    node.setAttribute('title', label);
  }
  return node;
}

function channelName(chat) {
  return t('channel.' + chat.channel);
}

function cells(a, at) {
  const chats = Array.isArray(a.chats) ? a.chats : [];
  const state = t('state.' + a.state) + (a.breakName ? ' (' + a.breakName + ')' : '');
  const time = [a.since ? ticking(a.since) : ''];
  if (a.idleAlertAt) {
    time.push(el('span', { class: 'sup-alert', 'data-alert-at': Date.parse(a.idleAlertAt), hidden: true },
      [icon('pi pi-bell'), el('span', { text: t('agents.idle') })]));
  }
  return [
    icon(a.icon, a.onCall ? t('agents.onCall') : a.breakName || t('state.' + a.state)),
    chats.map((c) => icon(CHANNELS[c.channel] || 'pi pi-comments', channelName(c))),
    el('span', { class: 'sup-state', text: state }),
    [el('span', { class: 'sup-agent-name', text: a.name }), el('span', { class: 'sup-agent-login', text: a.login })],
    String(a.completedToday || 0),
    a.cap != null ? t('agents.activeOf', a.active, a.cap) : String(a.active || 0),
    time,
    el('ul', { class: 'sup-chats' }, chats.map((c) => el('li', { title: c.customer },
      ticking(c.since, c.yellowAt, c.redAt, at)))),
  ];
}

function draw(a, at) {
  let row = body.querySelector('tr[data-agent="' + Number(a.id) + '"]');
  const created = !row;
  if (created) {
    row = el('tr', { 'data-agent': Number(a.id) }, [...Array(8)].map(() => el('td')));
    row.append(el('td', { class: 'sup-actions' }));
  }
  row.dataset.state = a.state;
  row.dataset.login = a.login;
  cells(a, at).forEach((content, i) => row.cells[i].replaceChildren(...[].concat(content)));
  for (const actions of agentActions) {
    actions(row.cells[8], a, created);
  }
  return row;
}

onBoard((frame) => {
  const agents = Array.isArray(frame.agents) ? frame.agents.filter((a) => a && a.id != null) : [];
  const at = now();
  const rows = agents.map((a) => draw(a, at));
  const keep = new Set(rows);
  for (const row of [...body.rows]) {
    if (!keep.has(row)) {
      row.remove();
    }
  }
  rows.forEach((row, i) => {
    if (body.rows[i] !== row) {
      body.insertBefore(row, body.rows[i] || null); // moved only when out of place: focus inside stays
    }
  });
  empty.hidden = agents.length > 0;
});
