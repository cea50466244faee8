/*
 * The bot card (issue 15, point 5; BOT-01): what the chat's start bot did before the agent took it. Its name,
 * whether it handed the chat over and why (its summary, the reason when its flow did not choose to), and the
 * variables it collected: every value is text, never markup. The card opens the conversation, above the bot's
 * lines; the header names the bot with a button that brings the card into view, wherever the thread is scrolled.
 */
import { el } from './dom.js';
import { botEl } from './layout.js';
import { botName } from './messages.js';
import { hasText, t } from './texts.js';

const botOf = (chat) => (chat.bot && typeof chat.bot === 'object' ? chat.bot : null);

// The header's mention of the bot (null: no bot talked in the chat).
export function botLink(chat) {
  const bot = botOf(chat);
  return bot && el('button', { type: 'button', id: 'ws-bot-show', class: 'ws-link', title: t('bot.show'),
    'aria-controls': 'ws-bot', text: bot.name ? String(bot.name) : t('bot.unnamed'), click: showCard });
}

function showCard() {
  botEl.scrollIntoView({ block: 'start' });
  botEl.focus();
}

export function renderBot(chat) {
  const bot = botOf(chat);
  botEl.hidden = !bot;
  if (!bot) {
    botEl.replaceChildren();
    return;
  }
  const outcome = 'bot.outcome.' + bot.outcome;
  const variables = Array.isArray(bot.variables) ? bot.variables.filter((v) => v && v.name != null) : [];
  botEl.replaceChildren(...[
    el('h3', { id: 'ws-bot-title', class: 'ws-bot-title', text: botName(bot.name) }),
    hasText(outcome) && el('p', { id: 'ws-bot-outcome', class: 'ws-bot-outcome', text: t(outcome) }),
    bot.summary && labelled('ws-bot-summary', t('bot.summary'), String(bot.summary)),
    bot.reason && labelled('ws-bot-reason', t('bot.reason'), String(bot.reason)),
    el('h4', { class: 'ws-bot-subtitle', text: t('bot.variables') }),
    variables.length
      ? el('dl', { id: 'ws-bot-variables', class: 'ws-bot-variables' },
        variables.map((v) => el('div', { class: 'ws-bot-variable' },
          [el('dt', { text: String(v.name) }), el('dd', { text: String(v.value == null ? '' : v.value) })])))
      : el('p', { class: 'ws-muted', text: t('bot.noVariables') }),
  ].filter(Boolean));
}

function labelled(id, label, text) {
  return el('p', { id, class: 'ws-bot-line' }, [el('span', { class: 'ws-bot-label', text: label + ': ' }), el('span', { text })]);
}
