/*
 * The customers waiting (SUP-10) in the watched campaigns, longest first: place in its campaign's queue, name,
 * e-mail, campaign and the time waiting, ticking and coloured by the campaign's dropout threshold.
 */
import { el } from '../console/dom.js';
import { ticking } from './bands.js';
import { t } from './config.js';
import { onBoard } from './render.js';
import { now } from './state.js';

const body = document.getElementById('sup-waiting-body');
const empty = document.getElementById('sup-waiting-empty');
const more = document.getElementById('sup-waiting-more');

onBoard((frame) => {
  const campaigns = Array.isArray(frame.campaigns) ? frame.campaigns : [];
  const waiting = [];
  const cut = [];
  for (const c of campaigns) {
    const queue = Array.isArray(c.queue) ? c.queue : [];
    queue.forEach((w) => waiting.push(Object.assign({ campaignName: c.name }, w)));
    if (c.waiting && c.waiting.value > queue.length) {
      cut.push(t('waiting.more', queue.length, c.waiting.value, c.name));
    }
  }
  waiting.sort((a, b) => Date.parse(a.queuedAt) - Date.parse(b.queuedAt));
  const at = now();
  body.replaceChildren(...waiting.map((w) => el('tr', { 'data-interaction': Number(w.interaction) }, [
    el('td', { text: String(w.position) }),
    el('td', { text: w.name }),
    el('td', { text: w.email || '' }),
    el('td', { text: w.campaignName }),
    el('td', {}, ticking(w.queuedAt, w.yellowAt, w.redAt, at)),
  ])));
  empty.hidden = waiting.length > 0;
  more.textContent = cut.join(' ');
});
