/*
 * Calls (WID-07): the header's call buttons, and call frames handed to app/call.js, loaded at the first call.
 */
import { chat } from './session.js';
import { iconButton } from './dom.js';
import { t } from './texts.js';

let ui = null;
const load = () => (ui = ui || import('./call.js'));
const start = (kind) => () => load().then((m) => m.start(kind));

export const calling = { on: false }; // a call rings or is up (call.js)
export const callButtons = document.createElement('div');
callButtons.className = 'wc-call-btns';
callButtons.append(iconButton('wc-call-audio', t('callAudio'), 'phone', start('audio')),
  iconButton('wc-call-video', t('callVideo'), 'video', start('video')));

// With an agent attending and ADV-12 on only.
export function renderCallButtons() {
  callButtons.hidden = !(chat.calls && chat.state === 'ASSIGNED' && !calling.on);
}

export function callFrame(f) {
  load().then((m) => m.frame(f));
}

// A call's error: without call.js loaded there is no call to be about.
export function callError(f) {
  if (!ui || !/^(calls-off|no-agent|call-busy|call-gone|not-yours)$/.test(f.code)) {
    return false;
  }
  callFrame(f);
  return true;
}

// The socket or the chat went: so does a call.
export function callGone() {
  ui && ui.then((m) => m.gone());
}
