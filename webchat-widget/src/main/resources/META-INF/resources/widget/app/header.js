/*
 * The header: who the customer talks to (the agent's name and picture, ADV-09, or the bot's, BOT-01) and the
 * connection or queue status, announced only when it changes.
 */
import { chat, link } from './session.js';
import { callButtons, renderCallButtons } from './calling.js';
import { cfg, host } from './config.js';
import { h, icon, iconButton } from './dom.js';
import { toHost } from './host.js';
import { t } from './texts.js';

let pictureSrc; // the picture shown, set only when it changes

// Header: who the customer talks to, and the connection / queue status.
const avatar = h('span', { class: 'wc-avatar', 'aria-hidden': 'true' }, icon('person'));
const picture = h('img', { id: 'wc-agent-picture', alt: '', hidden: true });
picture.addEventListener('error', () => {
  picture.hidden = true;
  avatar.hidden = false;
});
const agentNameEl = h('strong', { id: 'wc-agent-name' });
const statusEl = h('p', { id: 'wc-status', 'aria-live': 'polite' });
export const header = h('header', { class: 'wc-header' }, avatar, picture,
  h('div', { class: 'wc-who' }, agentNameEl, statusEl), callButtons,
  host && iconButton('wc-close', t('close'), 'down', () => toHost('close-request')));

// A bot talks: the start bot before the queue, or the end bot's survey (BOT-01, BOT-02).
const talksNow = () => chat.state === 'BOT' || chat.state === 'SURVEY';

export function renderHeader() {
  const assigned = chat.state === 'ASSIGNED' || (chat.state === 'ENDED' && chat.agentName);
  const bot = talksNow();
  const name = bot ? chat.botName || t('bot') : assigned ? chat.agentName || t('chat') : cfg.campaignName || t('chat');
  agentNameEl.textContent = name;
  renderCallButtons();
  picture.alt = name;
  const src = (bot ? chat.botPicture : assigned && chat.agentPicture) || cfg.image || '';
  if (src !== pictureSrc) {
    pictureSrc = src;
    picture.hidden = !src;
    avatar.hidden = !!src;
    if (src) {
      picture.src = src;
    }
  }
}

export function renderStatus() {
  let s = '';
  if (link.wanted && !link.answered) {
    s = link.offline || link.attempt > 0 ? t('reconnecting') : t('connecting');
  } else if (chat.state === 'QUEUED' || chat.state === 'OFFERED') {
    s = chat.position ? t('queue', { n: chat.position }) : t('waiting');
  } else if (chat.state === 'ASSIGNED') {
    s = t('connected');
  } else if (talksNow()) {
    s = t(chat.state === 'BOT' ? 'botTalking' : 'survey');
  } else if (chat.state === 'ENDED') {
    s = t('ended');
  }
  if (statusEl.textContent !== s) {
    statusEl.textContent = s; // only real changes, so that screen readers are not spammed
  }
}
