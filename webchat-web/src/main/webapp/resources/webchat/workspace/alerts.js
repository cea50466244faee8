/*
 * Alerts: a sound and, when the page is hidden, a browser notification, for offers, new messages and calls.
 */
import { cfg, lang } from './config.js';
import { select } from './conversation.js';
import { alertsPrompt, notifyBtn } from './layout.js';
import { chats } from './model.js';
import { notice } from './notice.js';
import { t } from './texts.js';

const NOTIFY_PREF = 'webchat.workspace.notifications';
let notifyOn = false;

export function readNotifyPref() {
  let pref = null;
  try {
    pref = localStorage.getItem(NOTIFY_PREF);
  } catch (e) {
    // no storage: off until clicked
  }
  notifyOn = 'Notification' in window && Notification.permission === 'granted' && pref !== 'off';
  renderNotify();
}

function writeNotifyPref() {
  try {
    localStorage.setItem(NOTIFY_PREF, notifyOn ? 'on' : 'off');
  } catch (e) {
    // see readNotifyPref
  }
}

function renderNotify() {
  notifyBtn.setAttribute('aria-pressed', String(notifyOn));
  notifyBtn.title = t(notifyOn ? 'notifications.on' : 'notifications.off');
}

// The browser is asked for permission on the agent's first click here, never before.
export async function toggleNotifications() {
  if (!('Notification' in window)) {
    notice(t('notifications.unsupported'));
    return;
  }
  if (notifyOn) {
    notifyOn = false;
  } else {
    let permission = Notification.permission;
    if (permission === 'default') {
      try {
        permission = await Notification.requestPermission();
      } catch (e) {
        permission = 'denied';
      }
    }
    notifyOn = permission === 'granted';
    if (!notifyOn) {
      notice(t('notifications.denied'));
    }
  }
  writeNotifyPref();
  renderNotify();
}

let audio = null;

// Browsers let a page make sound only after a gesture: the context is made (or woken) on the first one.
export function wakeAudio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context || cfg.sounds === false) {
    return;
  }
  try {
    audio = audio || new Context();
    if (audio.state === 'suspended') {
      audio.resume();
    }
  } catch (e) {
    audio = null;
  }
}

document.addEventListener('pointerdown', wakeAudio, true);
document.addEventListener('keydown', wakeAudio, true);

// Until the agent's first click or key (or a browser that lets the page sound at once), a prompt says that the
// first chat would arrive in silence (issue 11, point 16). It goes once that click is done, never between its
// press and its release: the page moving up under the pointer would lose the click.
let interacted = false;

export function renderAlertsPrompt() {
  alertsPrompt.hidden = cfg.sounds === false || interacted || !!(audio && audio.state === 'running');
}

function interactedNow() {
  if (!interacted) {
    interacted = true;
    renderAlertsPrompt();
  }
}

document.addEventListener('click', interactedNow, true);
document.addEventListener('keyup', interactedNow, true);

// The prompt's button: the click itself wakes the sound; notifications are asked for in the same gesture.
export async function enableAlerts() {
  wakeAudio();
  if ('Notification' in window && !notifyOn && Notification.permission !== 'denied') {
    await toggleNotifications();
  }
  renderAlertsPrompt();
}

// Two short rising tones.
function beep() {
  if (!audio || cfg.sounds === false || audio.state !== 'running') {
    return;
  }
  const now = audio.currentTime;
  [[0, 660], [0.16, 880]].forEach(([offset, frequency]) => {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + offset);
    gain.gain.exponentialRampToValueAtTime(0.2, now + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.14);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start(now + offset);
    osc.stop(now + offset + 0.15);
  });
}

export function alertAgent(title, body, key) {
  beep();
  notify(title, body, key);
}

// A browser notification, only while the page is hidden and the agent turned them on; a click shows the chat.
// requireInteraction keeps a ringing call's on screen until it is answered (tag: one per chat or call).
export function notify(title, body, key, requireInteraction) {
  if (!notifyOn || !document.hidden || !('Notification' in window) || Notification.permission !== 'granted') {
    return null;
  }
  try {
    const n = new Notification(title, { body, tag: 'webchat-' + key, lang, requireInteraction: !!requireInteraction });
    n.onclick = () => {
      window.focus();
      if (chats.has(key)) {
        select(key);
      }
      n.close();
    };
    return n;
  } catch (e) {
    return null; // some browsers allow notifications from a service worker only
  }
}
