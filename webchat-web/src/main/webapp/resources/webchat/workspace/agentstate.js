/*
 * The agent's state (AGT-07): available or one of the group's breaks, chosen in the top bar and confirmed
 * by the server; a break a supervisor put the agent on says who (SUP-14).
 */
import { desk, link } from './session.js';
import { root } from './config.js';
import { el } from './dom.js';
import { pausedByEl, stateDot, stateSelect } from './layout.js';
import { me } from './model.js';
import { notice } from './notice.js';
import { send } from './socket.js';
import { hasText, t } from './texts.js';

let pendingStateTimer = 0;

export function setMyState(state, breakName, pausedBy) {
  me.state = state || null;
  me.breakName = breakName || null;
  me.pausedBy = state === 'ON_BREAK' && pausedBy ? String(pausedBy) : null;
  desk.pendingState = null;
  clearTimeout(pendingStateTimer);
  renderState();
}

// Available, then each break; a state the agent cannot choose (busy, on a call, a supervisor's pause)
// shows as a disabled option, selected.
export function renderState() {
  const options = [el('option', { value: 'AVAILABLE', text: t('state.AVAILABLE') })];
  if (desk.breakTypes.length) {
    options.push(el('optgroup', { label: t('state.breaks') },
      desk.breakTypes.map((b) => el('option', { value: 'break:' + b.id, text: String(b.name || '') }))));
  }
  let value = '';
  if (me.state === 'AVAILABLE') {
    value = 'AVAILABLE';
  } else if (me.state === 'ON_BREAK') {
    const b = desk.breakTypes.find((x) => x.name === me.breakName);
    if (b) {
      value = 'break:' + b.id;
    } else {
      value = 'ON_BREAK';
      options.push(el('option', { value, disabled: true,
        text: me.breakName ? t('state.ON_BREAK.named', me.breakName) : t('state.ON_BREAK') }));
    }
  } else if (me.state) {
    value = me.state;
    options.push(el('option', { value, disabled: true,
      text: hasText('state.' + me.state) ? t('state.' + me.state) : me.state }));
  } else {
    options.unshift(el('option', { value, disabled: true, text: t('state.unknown') }));
  }
  stateSelect.replaceChildren(...options);
  stateSelect.value = desk.pendingState || value;
  stateSelect.disabled = !link.answered;
  root.dataset.agentState = me.state || '';
  stateDot.dataset.state = me.state || '';
  pausedByEl.textContent = me.pausedBy ? t('state.pausedBy', me.pausedBy) : '';
  pausedByEl.hidden = !me.pausedBy;
}

export function changeState() {
  const value = stateSelect.value;
  const b = desk.breakTypes.find((x) => 'break:' + x.id === value);
  const frame = value === 'AVAILABLE' ? { type: 'state' } : b ? { type: 'state', breakType: b.id } : null;
  if (!frame || !send(frame)) {
    if (frame) {
      notice(t('error.offline'));
    }
    renderState();
    return;
  }
  // Shown as chosen until the server's agent-state; back to what it says if it says nothing.
  desk.pendingState = value;
  clearTimeout(pendingStateTimer);
  pendingStateTimer = setTimeout(() => {
    desk.pendingState = null;
    renderState();
  }, 10000);
}
