/*
 * How the board draws a value coloured by its thresholds: a chip tinted green, yellow or red, with the colour's icon
 * and its meaning in words (never colour alone). A wait or a chat that ticks carries the server's instants: green
 * until yellowAt, yellow until redAt, red after (the rule stays on the server).
 */
import { el } from '../console/dom.js';
import { millis } from '../console/time.js';
import { t } from './config.js';

const ICONS = { GREEN: 'pi pi-check-circle', YELLOW: 'pi pi-exclamation-triangle', RED: 'pi pi-times-circle' };

// The colour at the instant at (epoch ms) of something green until yellowAt, yellow until redAt.
export function colourAt(at, yellowAt, redAt) {
  return at < yellowAt ? 'GREEN' : at < redAt ? 'YELLOW' : 'RED';
}

// A value in its colour's chip.
export function band(colour, text, attrs) {
  const node = el('span', Object.assign({ class: 'sup-band' }, attrs || {}), [
    el('i', { 'aria-hidden': 'true' }), el('span', { class: 'sup-sr' }), el('span', { class: 'sup-value', text })]);
  paint(node, colour);
  return node;
}

// Gives a chip its colour (only when it changes: a screen reader hears the change once).
export function paint(node, colour) {
  if (node.dataset.colour === colour || !ICONS[colour]) {
    return;
  }
  node.dataset.colour = colour;
  node.firstChild.className = ICONS[colour];
  node.children[1].textContent = t('colour.' + colour) + ': ';
}

// A clock that ticks from since (an ISO instant): coloured by the instants yellowAt and redAt when given.
export function ticking(since, yellowAt, redAt, at) {
  const attrs = { 'data-since': millis(since) };
  if (yellowAt && redAt) {
    const y = millis(yellowAt);
    const r = millis(redAt);
    return band(colourAt(at, y, r), '', Object.assign(attrs, { 'data-yellow-at': y, 'data-red-at': r }));
  }
  return el('span', attrs, el('span', { class: 'sup-value' }));
}

// No figure yet: a dash, read out as words.
export function none() {
  return el('span', { class: 'sup-none' }, [el('span', { 'aria-hidden': 'true', text: '—' }),
    el('span', { class: 'sup-sr', text: t('figures.none') })]);
}
