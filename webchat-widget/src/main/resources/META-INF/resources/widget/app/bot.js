/*
 * A bot in the widget (BOT-01, BOT-02), imported by botting.js with the first bot line or bot state: a bot's line
 * under its name and picture, the buttons of its latest question (a click sends the label as the customer's answer,
 * the composer still takes a typed one), "Talk to a person" while a start bot that allows it talks, and the reason
 * of an end by the bot's timeout. Every text goes in as textContent.
 */
import './bot-texts.js';
import { chat } from './session.js';
import { composer, queueText, textIn } from './composer.js';
import { h } from './dom.js';
import { renderHeader } from './header.js';
import { sendInChat } from './socket.js';
import { t } from './texts.js';
import { list, nearBottom, notice, ownUrl, scrollDown } from './thread.js';
import { endedBox } from './views.js';

document.head.append(h('link', { rel: 'stylesheet', href: new URL('../bot.css', import.meta.url).href }));

const personBtn = h('button', { type: 'button', id: 'wc-person', class: 'wc-secondary', text: t('person'), onclick: askForPerson });
const bar = h('div', { class: 'wc-bot-bar', hidden: true }, personBtn);
composer.before(bar);
const endReason = h('p', { id: 'wc-end-reason', hidden: true });
endedBox.prepend(endReason);

let replies = null; // the buttons of the latest question, while it is the newest line and a bot talks
const asked = new WeakMap(); // a bot's line -> its question's options
const talks = () => chat.state === 'BOT' || chat.state === 'SURVEY';

// A newer line (the customer's answer, typed or clicked, or anything else) takes the buttons away.
new MutationObserver(() => {
  if (replies && replies.parentNode !== list.lastElementChild) {
    dropReplies();
  }
}).observe(list, { childList: true });

export function line(li, f) {
  chat.botName = String(f.name || '');
  chat.botPicture = ownUrl(f.picture);
  renderHeader();
  li.prepend(picture(chat.botName, chat.botPicture));
  const options = Array.isArray(f.options) ? f.options.filter((o) => typeof o === 'string' && o) : [];
  if (options.length) {
    asked.set(li, options);
    offerReplies();
  }
}

export function state(f) {
  if (talks()) {
    offerReplies(); // its lines may have come before the state that says a bot talks
  } else {
    dropReplies();
  }
  const stick = nearBottom(); // the person's bar takes room from the list: the newest line stays in sight
  bar.hidden = !(f.state === 'BOT' && f.person);
  if (stick) {
    scrollDown();
  }
  personBtn.disabled = false;
  endReason.hidden = !(f.state === 'ENDED' && f.endReason === 'BOT_TIMEOUT');
  endReason.textContent = endReason.hidden ? '' : t('botTimeout');
}

export function refused() {
  if (bar.contains(document.activeElement)) {
    textIn.focus();
  }
  bar.hidden = true;
  notice(t('noPerson'));
}

export function gone() {
  chat.botName = chat.botPicture = '';
  bar.hidden = endReason.hidden = true;
  dropReplies();
}

function askForPerson() {
  if (sendInChat({ type: 'person' })) {
    textIn.focus();
    personBtn.disabled = true; // until the hand-off's state, or the refusal
  }
}

function answer(label) {
  textIn.focus(); // the buttons go with the answer: the keyboard goes on in the composer
  queueText(label);
}

// The buttons go under the newest line only, when it is a bot's question and a bot talks.
function offerReplies() {
  const last = list.lastElementChild;
  const options = talks() && asked.get(last);
  if (options && !(replies && replies.parentNode === last)) {
    dropReplies();
    replies = h('div', { class: 'wc-replies', role: 'group', 'aria-label': t('botReplies'), onkeydown: arrows },
      ...options.map((label) => h('button', { type: 'button', class: 'wc-reply', text: label, onclick: () => answer(label) })));
    last.append(replies);
    scrollDown(); // the question was just asked: its buttons in sight
  }
}

function dropReplies() {
  if (replies) {
    if (replies.contains(document.activeElement)) {
      textIn.focus();
    }
    replies.remove();
    replies = null;
  }
}

// Arrow keys move between the buttons, as in a toolbar; Tab, Enter and Space work as on any button.
function arrows(e) {
  const buttons = [...e.currentTarget.children];
  const at = buttons.indexOf(document.activeElement);
  const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: -1 }[e.key];
  if (at >= 0 && to !== undefined) {
    e.preventDefault();
    buttons.at(to % buttons.length).focus();
  }
}

// The bot's picture (a url of this server's only), else its initial, as the header's avatar stands for the agent's.
function picture(name, src) {
  const initial = h('span', { class: 'wc-bot-pic', 'aria-hidden': 'true', text: (name.trim()[0] || '?').toUpperCase() });
  if (!src) {
    return initial;
  }
  const img = h('img', { class: 'wc-bot-pic', src, alt: '' });
  img.addEventListener('error', () => img.replaceWith(initial));
  return img;
}
