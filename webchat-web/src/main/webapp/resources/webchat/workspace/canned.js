/*
 * Canned responses (MSG-07, ADV-16): the campaign's list, opened with "/" at the start of the text or with
 * its button, filtered as the agent types, inserted with Enter or a click.
 */
import { composerInput } from './composer.js';
import { el } from './dom.js';
import { toggleEmoji } from './emoji.js';
import { fold } from './format.js';
import { cannedBtn, cannedFilter, cannedList, cannedPanel, cannedStatus, textIn } from './layout.js';
import { current } from './model.js';
import { send } from './socket.js';
import { t } from './texts.js';

export let cannedMode = null; // 'slash': typed "/" at the start of the text; 'button': opened with its button
let cannedShown = [];
let cannedIndex = -1;
let cannedRange = null; // the text's selection when the button opened the list

// Asked once; again only if no answer came within a few seconds (it may have been lost with a socket).
export function requestCanned(chat) {
  if (Date.now() - (chat.cannedAskedAt || 0) > 5000 && send({ type: 'canned', interaction: chat.id })) {
    chat.cannedAskedAt = Date.now();
  }
}

export function slashCheck() {
  const chat = current();
  const value = textIn.value;
  const caret = textIn.selectionStart;
  const word = value.startsWith('/') && caret === textIn.selectionEnd ? value.slice(1, caret) : null;
  if (chat && !chat.ended && word != null && caret >= 1 && !/\s/.test(word)) {
    if (cannedMode !== 'slash') {
      openCanned('slash');
    } else {
      refreshCanned();
    }
  } else if (cannedMode === 'slash') {
    closeCanned(false);
  }
}

export function openCanned(mode) {
  const chat = current();
  if (!chat || chat.ended) {
    return;
  }
  toggleEmoji(false);
  cannedMode = mode;
  cannedIndex = -1;
  cannedPanel.hidden = false;
  cannedBtn.setAttribute('aria-expanded', 'true');
  cannedFilter.hidden = mode !== 'button';
  cannedFilter.value = '';
  textIn.setAttribute('aria-controls', 'ws-canned-list');
  if (chat.canned == null) {
    requestCanned(chat);
  }
  if (mode === 'button') {
    cannedRange = [textIn.selectionStart, textIn.selectionEnd];
    cannedFilter.focus();
  }
  refreshCanned();
}

export function closeCanned(focusBack) {
  if (!cannedMode) {
    return;
  }
  const was = cannedMode;
  cannedMode = null;
  cannedPanel.hidden = true;
  cannedBtn.setAttribute('aria-expanded', 'false');
  textIn.removeAttribute('aria-activedescendant');
  textIn.removeAttribute('aria-controls');
  cannedFilter.removeAttribute('aria-activedescendant');
  if (focusBack) {
    (was === 'button' ? cannedBtn : textIn).focus();
  }
}

function cannedQuery() {
  if (cannedMode === 'button') {
    return cannedFilter.value;
  }
  return textIn.value.startsWith('/') ? textIn.value.slice(1, textIn.selectionStart) : '';
}

// A shortcut is typed after one "/": an administrator may have written it with its slash ("/bye"), and it
// still shows and matches as /bye, never //bye (issue 11, point 13).
function shortcutOf(r) {
  return String(r.shortcut || '').replace(/^\/+/, '');
}

// Shortcuts that start with what was typed come first, then any other response that contains it.
export function refreshCanned() {
  const chat = current();
  if (!cannedMode || !chat) {
    return;
  }
  if (!Array.isArray(chat.canned)) {
    cannedShown = [];
    cannedList.replaceChildren();
    cannedStatus.textContent = t('loading');
    updateCannedActive();
    return;
  }
  const q = fold(cannedQuery().trim()).replace(/^\/+/, '');
  cannedShown = chat.canned
    .filter((r) => r && typeof r.text === 'string')
    .map((r) => {
      const shortcut = fold(shortcutOf(r));
      let rank = 1;
      if (q) {
        rank = shortcut.startsWith(q) ? 0
          : shortcut.includes(q) || fold(r.title).includes(q) || fold(r.text).includes(q) ? 1 : -1;
      }
      return { r, rank };
    })
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.r);
  cannedIndex = cannedShown.length ? Math.min(Math.max(cannedIndex, 0), cannedShown.length - 1) : -1;
  cannedList.replaceChildren(...cannedShown.map((r, i) => el('li', {
    id: 'ws-canned-' + i, class: 'ws-canned', role: 'option', 'aria-selected': String(i === cannedIndex),
    'data-shortcut': shortcutOf(r),
    mousedown: (e) => e.preventDefault(), // keeps the focus (and the caret) where it is
    click: () => chooseCanned(i),
  }, [
    el('span', { class: 'ws-canned-shortcut', text: '/' + shortcutOf(r) }),
    el('span', { class: 'ws-canned-title', text: r.title || '' }),
    el('span', { class: 'ws-canned-preview', text: r.text })])));
  cannedStatus.textContent = cannedShown.length ? '' : t(chat.canned.length ? 'canned.noMatch' : 'canned.none');
  updateCannedActive();
}

function updateCannedActive() {
  const input = cannedMode === 'button' ? cannedFilter : textIn;
  [...cannedList.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === cannedIndex)));
  const active = cannedIndex >= 0 ? cannedList.children[cannedIndex] : null;
  if (active) {
    input.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

// Returns whether the key was the list's.
export function cannedKey(e) {
  const n = cannedShown.length;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (n) {
      cannedIndex = (cannedIndex + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      updateCannedActive();
    }
    e.preventDefault();
    return true;
  }
  if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && !e.isComposing && n && cannedIndex >= 0) {
    e.preventDefault();
    chooseCanned(cannedIndex);
    return true;
  }
  if (e.key === 'Enter' && cannedMode === 'button') {
    e.preventDefault(); // the filter box never sends the form
    return true;
  }
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    closeCanned(true);
    return true;
  }
  return false;
}

function chooseCanned(i) {
  const r = cannedShown[i];
  if (!r || !current()) {
    return;
  }
  const text = String(r.text);
  if (cannedMode === 'slash') {
    textIn.setRangeText(text, 0, textIn.selectionStart, 'end'); // replaces "/shortcut"
  } else {
    const [from, to] = cannedRange || [textIn.value.length, textIn.value.length];
    textIn.setRangeText(text, Math.min(from, textIn.value.length), Math.min(to, textIn.value.length), 'end');
  }
  closeCanned(false);
  textIn.focus();
  composerInput();
}
