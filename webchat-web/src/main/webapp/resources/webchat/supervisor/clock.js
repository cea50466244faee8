/*
 * The board's clocks tick each second in the browser, by the server's clock: how long each customer has waited, each
 * chat lasted, each agent been in its state; each wait's and chat's colour at the instants the server gave; an
 * agent's idle alert from the instant it is raised (SUP-07..10).
 */
import { clock } from '../console/time.js';
import { colourAt, paint } from './bands.js';
import { root } from './config.js';
import { now } from './state.js';

export function tick() {
  const at = now();
  for (const node of root.querySelectorAll('[data-since]')) {
    const value = node.querySelector('.sup-value') || node;
    const text = clock((at - Number(node.dataset.since)) / 1000);
    if (value.textContent !== text) {
      value.textContent = text;
    }
    if (node.dataset.yellowAt) {
      paint(node, colourAt(at, Number(node.dataset.yellowAt), Number(node.dataset.redAt)));
    }
  }
  for (const node of root.querySelectorAll('[data-alert-at]')) {
    const raised = at >= Number(node.dataset.alertAt);
    if (node.hidden === raised) {
      node.hidden = !raised;
    }
  }
}

setInterval(tick, 1000);
