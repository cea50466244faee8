/*
 * What each watched campaign's start bot did today (issue 15, point 5): the chats it talks in now, those it resolved
 * itself, those it handed off to a person, and both together; their sum when several campaigns have a bot. The
 * counting rule is the server's (BotFigures); campaigns without a bot are left out, and the panel hides when none has.
 */
import { el } from '../console/dom.js';
import { lang, t } from './config.js';
import { onBoard } from './render.js';

const panel = document.getElementById('sup-bots');
const body = document.getElementById('sup-bots-body');
const number = new Intl.NumberFormat(lang);
const FIGURES = ['talking', 'resolved', 'handedOff', 'handled']; // the table's columns, in order

function row(name, bots, attrs) {
  return el('tr', attrs, [el('th', { scope: 'row', text: name }), ...FIGURES.map((figure) =>
    el('td', { 'data-figure': figure, text: number.format(Number(bots[figure]) || 0) }))]);
}

onBoard((frame) => {
  const withBots = (Array.isArray(frame.campaigns) ? frame.campaigns : []).filter((c) => c.bots);
  const rows = withBots.map((c) => row(c.name, c.bots, { 'data-campaign': c.id }));
  if (withBots.length > 1 && frame.total && frame.total.bots) {
    rows.push(row(t('figures.total'), frame.total.bots, { class: 'sup-total', 'data-campaign': 'total' }));
  }
  body.replaceChildren(...rows);
  panel.hidden = rows.length === 0;
});
