/*
 * The campaigns' figures (SUP-16): one row per watched campaign, coloured by its thresholds, and their sum when
 * there are several. Now: waiting, longest wait (ticking), active; today and the last 30 minutes: service levels,
 * completed, abandoned, missed, average wait and chat time.
 */
import { el } from '../console/dom.js';
import { clock } from '../console/time.js';
import { band, none, ticking } from './bands.js';
import { lang, t } from './config.js';
import { onBoard } from './render.js';
import { now } from './state.js';

const body = document.getElementById('sup-figures-body');
const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

// A figure with or without its colour (sums have none).
function shown(figure, text) {
  return figure.colour ? band(figure.colour, text) : el('span', { text });
}

function percent(figure) {
  return figure ? shown(figure, number.format(figure.value) + ' %') : none();
}

function seconds(figure) {
  return figure ? shown(figure, clock(figure.seconds)) : none();
}

function count(value) {
  return el('span', { text: number.format(Number(value) || 0) });
}

function figuresRow(name, current, today, recent, attrs) {
  const cells = [...current,
    percent(today.serviceLevel), percent(today.serviceLevelWithAbandoned), count(today.completed),
    count(today.abandoned), seconds(today.averageWait), seconds(today.averageChatTime),
    percent(recent.serviceLevel), percent(recent.serviceLevelWithAbandoned), count(recent.abandoned),
    count(recent.missed)];
  return el('tr', attrs, [el('th', { scope: 'row', text: name }), ...cells.map((cell) => el('td', {}, cell))]);
}

function campaignRow(c, at) {
  const longest = c.longestWait ? ticking(c.longestWait.since, c.longestWait.yellowAt, c.longestWait.redAt, at) : none();
  return figuresRow(c.name, [shown(c.waiting, number.format(c.waiting.value)), longest, count(c.active)],
    c.today || {}, c.recent || {}, { 'data-campaign': c.id });
}

function totalRow(total) {
  const longest = total.longestWaitSince ? ticking(total.longestWaitSince) : none();
  return figuresRow(t('figures.total'), [count(total.waiting), longest, count(total.active)], total.today || {},
    total.recent || {}, { class: 'sup-total', 'data-campaign': 'total' });
}

onBoard((frame) => {
  const campaigns = Array.isArray(frame.campaigns) ? frame.campaigns : [];
  const at = now();
  const rows = campaigns.map((c) => campaignRow(c, at));
  if (campaigns.length > 1 && frame.total) {
    rows.push(totalRow(frame.total));
  }
  body.replaceChildren(...rows);
});
