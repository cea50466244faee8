/*
 * The campaign picker: one, several or all the campaigns of the supervisor's group. The pick is kept in this browser
 * and watched again after every reconnection; all of them ([]) also takes campaigns created later.
 */
import { el } from '../console/dom.js';
import { t } from './config.js';
import { send } from './socket.js';
import { board, pick, picked } from './state.js';

const picker = document.getElementById('sup-picker');
let timer = 0;

// The picked campaigns that are still the group's; [] (all) when none is left.
function watched() {
  const ids = new Set(board.campaigns.map((c) => c.id));
  return picked().filter((id) => ids.has(id));
}

// Asks for the board of the picked campaigns.
export function watch() {
  send({ type: 'watch', campaigns: watched() });
}

function changed(e) {
  const boxes = [...picker.querySelectorAll('input[data-campaign]')];
  if (e.target.id === 'sup-pick-all') {
    boxes.forEach((box) => { box.checked = true; });
  } else if (!boxes.some((box) => box.checked)) {
    e.target.checked = true; // at least one: none at all would be an empty board
  }
  const ids = boxes.filter((box) => box.checked).map((box) => Number(box.dataset.campaign));
  pick(ids.length === boxes.length ? [] : ids);
  renderPicker();
  clearTimeout(timer);
  timer = setTimeout(watch, 250); // a few clicks in a row make one request
}

export function renderPicker() {
  const ids = watched();
  const all = ids.length === 0;
  const legend = el('legend', { text: t('campaigns') });
  if (!board.campaigns.length) {
    picker.replaceChildren(legend, el('span', { class: 'sup-muted', text: t('campaigns.none') }));
    return;
  }
  const allBox = el('input', { type: 'checkbox', id: 'sup-pick-all', checked: all, disabled: all, change: changed });
  picker.replaceChildren(legend,
    el('label', { class: 'sup-all', for: 'sup-pick-all' }, [allBox, el('span', { text: t('campaigns.all') })]),
    ...board.campaigns.map((c) => el('label', { for: 'sup-pick-' + c.id }, [
      el('input', { type: 'checkbox', id: 'sup-pick-' + c.id, 'data-campaign': c.id, checked: all || ids.includes(c.id),
        change: changed }),
      el('span', { text: c.name })])));
}
