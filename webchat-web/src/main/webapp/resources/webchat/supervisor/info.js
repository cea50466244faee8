/*
 * The agent's information (SUP-13) in a dialog: login, group, state now (with the break and who paused it), its
 * campaigns with penalties, today's figures and today's state history. Asked with the supervisor's time zone, which
 * starts its day.
 */
import { el } from '../console/dom.js';
import { lang, t } from './config.js';
import { openDialog } from './dialog.js';
import { handlers } from './frames.js';
import { send } from './socket.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function showInfo(agent) {
  send(zone ? { type: 'info', agent, zone } : { type: 'info', agent });
}

function at(instant) {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? '' : time.format(new Date(ms));
}

function state(s) {
  return t('info.state.' + s.state) + (s.breakName ? ' (' + s.breakName + ')' : '');
}

function pair(label, value) {
  return [el('dt', { text: label }), el('dd', { text: value == null || value === '' ? '—' : String(value) })];
}

handlers.info = (f) => {
  const today = f.today || {};
  const avg = Number.isFinite(today.averageChatSeconds) ? Math.round(today.averageChatSeconds / 60) + ' min' : null;
  const now = state(f) + (f.pausedBy ? ' · ' + t('info.pausedBy', f.pausedBy) : '') + (f.since ? ' · ' + at(f.since) : '');
  const campaigns = (Array.isArray(f.campaigns) ? f.campaigns : []).map((c) => el('tr', {}, [
    el('td', { text: c.name }), el('td', { text: String(c.penalty) })]));
  const history = (Array.isArray(today.states) ? today.states : []).map((s) => el('li', {
    text: at(s.from) + '–' + (s.to ? at(s.to) : t('info.now')) + ': ' + state(s)
      + (s.changedBy ? ' · ' + t('info.pausedBy', s.changedBy) : ''),
  }));
  openDialog(t('info.title', f.name), [
    el('dl', { class: 'sup-info' }, [...pair(t('info.login'), f.login), ...pair(t('info.group'), f.group),
      ...pair(t('info.stateNow'), now), ...pair(t('info.completed'), today.completed),
      ...pair(t('info.averageChatTime'), avg)]),
    el('h3', { class: 'sup-subheading', text: t('info.campaigns') }),
    el('table', { class: 'sup-table' }, [el('thead', {}, el('tr', {}, [
      el('th', { scope: 'col', text: t('info.campaign') }), el('th', { scope: 'col', text: t('info.penalty') })])),
    el('tbody', {}, campaigns)]),
    el('h3', { class: 'sup-subheading', text: t('info.history') }),
    el('ul', { class: 'sup-history' }, history),
  ]);
};
