/*
 * The emoji picker of the composer: arrow keys move in its grid, Escape closes it.
 */
import { closeCanned } from './canned.js';
import { composerInput } from './composer.js';
import { el } from './dom.js';
import { emojiBtn, emojiPanel, textIn } from './layout.js';
import { current } from './model.js';

const EMOJI = ('😀 😃 😄 😊 🙂 😉 😍 🤩 😎 🤔 😐 😅 😂 🙃 😌 😔 😢 😭 😮 😱 😡 🤗 🤝 🙏 '
  + '👍 👎 👌 👏 🙌 👋 💪 👀 ❤️ 💙 💯 ✨ 🔥 ⭐ 🎉 🎁 ☕ 📞 📧 📦 💳 🛒 🚚 🏠 '
  + '📅 ⏰ ✅ ❌ ❓ ❗ ⚠️ 💡 📎 🔒').split(' ');
const EMOJI_COLUMNS = 8;

export function toggleEmoji(open) {
  if (open && !current()) {
    return;
  }
  if (open && !emojiPanel.firstChild) {
    // The character is the label: screen readers name emoji themselves.
    emojiPanel.append(...EMOJI.map((ch) => el('button', { type: 'button', class: 'ws-emoji', text: ch,
      click: () => insertEmoji(ch) })));
  }
  emojiPanel.hidden = !open;
  emojiBtn.setAttribute('aria-expanded', String(open));
  if (open) {
    closeCanned(false);
    emojiPanel.firstChild.focus();
  }
}

function insertEmoji(ch) {
  textIn.setRangeText(ch, textIn.selectionStart, textIn.selectionEnd, 'end'); // at the caret
  composerInput();
}

export function emojiKey(e) {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    toggleEmoji(false);
    emojiBtn.focus();
    return;
  }
  const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -EMOJI_COLUMNS, ArrowDown: EMOJI_COLUMNS }[e.key];
  const buttons = [...emojiPanel.children];
  const next = step && buttons[buttons.indexOf(document.activeElement) + step];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
