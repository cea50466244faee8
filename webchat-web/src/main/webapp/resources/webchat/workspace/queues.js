/*
 * The queues of the agent's campaigns (issue 11, point 18): who waits and for how long, how many per campaign,
 * and, where the campaign's strategy lets agents choose (STR-04, ringall), a Take button per customer that sends
 * pick (answered like accept: the chat arrives as assigned, or error offer-gone / cannot-take).
 */
import { desk } from './session.js';
import { el } from './dom.js';
import { clock, millis } from './format.js';
import { inbox } from './layout.js';
import { keyOf } from './model.js';
import { send } from './socket.js';
import { t } from './texts.js';

const queues = new Map(); // campaign id -> QUEUE, as the server last told it

const title = el('h2', { id: 'ws-queues-title', class: 'ws-list-title', tabindex: '-1', text: t('queue.title') });
const body = el('div', { id: 'ws-queues-body' });
// Put at the end of the inbox the first time the server tells the queues.
const section = el('section', { id: 'ws-queues', class: 'ws-queues', 'aria-labelledby': 'ws-queues-title', hidden: true },
  [title, body]);

const waitOf = (w) => clock((Date.now() - (millis(w.arrivedAt) || Date.now())) / 1000);

function take(w) {
  const key = keyOf(w.interaction);
  if (!send({ type: 'pick', interaction: w.interaction })) {
    return;
  }
  desk.acceptingKey = key; // its assigned frame opens it, as an accepted offer does; an error clears it
  renderQueues();
}

function waitingItem(queue, w) {
  const who = String(w.customer || t('customer.unknown'));
  const campaignName = String(queue.campaignName || '');
  const taking = desk.acceptingKey === keyOf(w.interaction);
  return el('li', { class: 'ws-waiting', 'data-waiting': keyOf(w.interaction) }, [
    el('span', { class: 'ws-queue-position', text: t('queue.position', w.position) }),
    el('span', { class: 'ws-customer-name', text: who }),
    el('span', { class: 'ws-queue-wait', 'data-arrived': String(w.arrivedAt || ''), title: t('queue.wait', waitOf(w)),
      text: waitOf(w) }),
    queue.pickable && el('button', { type: 'button', class: 'ws-btn ws-take', disabled: taking,
      'aria-label': t('queue.takeLabel', who, campaignName), text: t('queue.take'), click: () => take(w) })]);
}

function campaignBlock(queue) {
  const waiting = Array.isArray(queue.waiting) ? queue.waiting.filter((w) => w && w.interaction != null) : [];
  const total = Math.max(Number(queue.total) || 0, waiting.length);
  const id = 'ws-queue-' + queue.campaign;
  return el('div', { class: 'ws-queue', 'data-campaign': String(queue.campaign) }, [
    el('h3', { id, class: 'ws-queue-title', text: t('queue.campaign', String(queue.campaignName || ''), total) }),
    waiting.length ? el('ul', { class: 'ws-list ws-queue-list', 'aria-labelledby': id }, waiting.map((w) => waitingItem(queue, w)))
      : el('p', { class: 'ws-muted', text: t('queue.none') }),
    total > waiting.length && el('p', { class: 'ws-queue-more', text: t('queue.more', total - waiting.length) })]);
}

// Rebuilt whole on each change, the focused Take button found again afterwards.
export function renderQueues() {
  if (!queues.size) {
    section.hidden = true;
    return;
  }
  if (!section.isConnected) {
    (inbox.querySelector('.ws-inbox-lists') || inbox).append(section);
  }
  const active = document.activeElement;
  const focused = active && section.contains(active) ? active.closest('[data-waiting]') : null;
  const list = [...queues.values()].sort((a, b) => String(a.campaignName).localeCompare(String(b.campaignName)));
  body.replaceChildren(...list.map(campaignBlock));
  section.hidden = false;
  if (focused) {
    const again = body.querySelector('[data-waiting="' + CSS.escape(focused.dataset.waiting) + '"] button:not([disabled])');
    (again || body.querySelector('.ws-take:not([disabled])') || title).focus();
  }
}

function remember(queue) {
  if (queue && queue.campaign != null) {
    queues.set(String(queue.campaign), queue);
  }
}

// The frames queues and campaign-queue (declared functions: frames.js names them while modules load).
export function onQueues(f) {
  queues.clear();
  (Array.isArray(f.campaigns) ? f.campaigns : []).forEach(remember);
  renderQueues();
}

export function onCampaignQueue(f) {
  remember(f);
  renderQueues();
}

// Each customer's wait ticks.
setInterval(() => {
  for (const span of body.querySelectorAll('.ws-queue-wait')) {
    const wait = waitOf({ arrivedAt: span.dataset.arrived });
    span.textContent = wait;
    span.title = t('queue.wait', wait);
  }
}, 1000);
