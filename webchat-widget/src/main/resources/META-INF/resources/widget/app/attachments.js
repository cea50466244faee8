/*
 * Files and audio messages (WID-06): checked here against the campaign's limits, uploaded over HTTP with
 * the same client id on every retry (so the server stores each once), recorded with shared.js.
 */
import * as shared from '../shared.js';
import { chat } from './session.js';
import { composer, textIn, tools } from './composer.js';
import { cfg } from './config.js';
import { h, iconButton } from './dom.js';
import { handlers } from './frames.js';
import { newId } from './store.js';
import { t } from './texts.js';
import { addPending, humanSize, notice, pending } from './thread.js';

const upload = cfg.upload || {};
export const attachHelp = t('attachHelp', { size: humanSize(upload.maxBytes), types: (upload.extensions || []).join(' ') });
export const fileIn = h('input', { type: 'file', id: 'wc-file', hidden: true, tabindex: -1, 'aria-label': t('attach'),
  accept: (upload.types || []).concat(upload.extensions || []).join(','), onchange: pickedFile });
export const attachBtn = iconButton('wc-attach', t('attach'), 'attach', () => fileIn.click());
attachBtn.title = t('attach') + '. ' + attachHelp;
attachBtn.setAttribute('aria-describedby', 'wc-attach-help');
export const recordBtn = iconButton('wc-record', t('record'), 'mic', startRecording);
const recTime = h('span', { class: 'wc-rec-time' });
export const recBar = h('div', { id: 'wc-recording', class: 'wc-recording', hidden: true },
  h('span', { class: 'wc-rec-dot', 'aria-hidden': 'true' }), h('span', { text: t('recording') }), recTime,
  iconButton('wc-record-cancel', t('cancelRecord'), 'trash', () => stopRecording(false)),
  iconButton('wc-record-stop', t('stopRecord'), 'stop', () => stopRecording(true)));

export const retrying = new Map(); // clientId -> upload waiting to be retried after a network failure

function pickedFile() {
  const file = fileIn.files[0];
  fileIn.value = '';
  if (file) {
    sendFile(file, 'file', file.name);
  }
}

function allowedType(file) {
  const ext = (/\.[^.]+$/.exec(file.name) || [''])[0].toLowerCase();
  return (upload.types || []).includes(file.type) || (upload.extensions || []).includes(ext);
}

// Checked here first, so that the customer learns the limits before waiting for an upload.
function sendFile(blob, kind, name) {
  if (!chat.token) {
    notice(t('noChat'));
  } else if (upload.maxBytes && blob.size > upload.maxBytes) {
    notice(t('tooBig', { size: humanSize(upload.maxBytes) }));
  } else if (kind === 'file' && !allowedType(blob)) {
    notice(t('badType'));
  } else {
    const u = { id: newId(), blob, kind, name, tries: 0 };
    u.li = addPending(u.id, name);
    u.bar = h('progress', { class: 'wc-progress', max: 1, value: 0, 'aria-label': t('sending') });
    u.li.querySelector('.wc-text').after(u.bar);
    tryUpload(u);
  }
}

// One try; the same client id on every retry, so the server stores the file once.
export function tryUpload(u) {
  if (pending.get(u.id) !== u.li) {
    return; // delivered over the socket meanwhile, or the chat was cleared
  }
  const xhr = new XMLHttpRequest();
  xhr.open('POST', upload.url);
  xhr.setRequestHeader('X-Webchat-Token', chat.token);
  xhr.setRequestHeader('X-Webchat-Client-Id', u.id);
  xhr.setRequestHeader('X-Webchat-File-Name', encodeURIComponent(u.name));
  xhr.setRequestHeader('X-Webchat-Kind', u.kind);
  xhr.setRequestHeader('Content-Type', u.blob.type || 'application/octet-stream');
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) {
      u.bar.value = e.loaded / e.total;
    }
  };
  xhr.onload = () => {
    if (pending.get(u.id) !== u.li) {
      return;
    }
    let body = {};
    try {
      body = JSON.parse(xhr.responseText) || {};
    } catch (e) {
      // not JSON: judged by the status alone
    }
    if (xhr.status === 200 && body.seq) {
      handlers.message({ seq: body.seq, clientId: body.clientId || u.id, from: 'customer',
        attachment: body.attachment, at: new Date().toISOString() });
    } else if (xhr.status >= 400 && xhr.status < 500) {
      pending.delete(u.id);
      u.li.remove();
      const size = humanSize(upload.maxBytes);
      notice({ 'too-big': t('tooBig', { size }), 'bad-type': t('badType'), 'no-chat': t('noChat') }[body.code]
        || t('uploadFailed'));
    } else {
      retry(u);
    }
  };
  xhr.onerror = () => retry(u);
  xhr.send(u.blob);
}

function retry(u) {
  if (pending.get(u.id) !== u.li) {
    return;
  }
  if (++u.tries > 5) {
    pending.delete(u.id);
    u.li.remove();
    notice(t('uploadFailed'));
    return;
  }
  u.bar.value = 0;
  u.timer = setTimeout(() => {
    retrying.delete(u.id);
    tryUpload(u);
  }, Math.min(30000, 1000 * 2 ** u.tries));
  retrying.set(u.id, u);
}

let rec = null; // the recording in progress (shared.js)

function startRecording() {
  if (rec) {
    return;
  }
  const max = (cfg.audio && cfg.audio.maxSeconds) || 120;
  rec = shared.record({
    maxSeconds: max,
    started: () => showRecording(true),
    tick: (text) => { recTime.textContent = text; },
    full: () => stopRecording(true),
    done: (blob, name) => sendFile(blob, 'audio', name),
    fail: (why) => {
      rec = null;
      notice(t(why === 'microphone' ? 'micDenied' : 'noAudio'));
    },
  });
  if (!rec) {
    notice(t('noAudio'));
  }
}

export function stopRecording(keep) {
  const current = rec;
  rec = null;
  if (current) {
    current.stop(keep);
    showRecording(false);
  }
}

function showRecording(on) {
  const hadFocus = composer.contains(document.activeElement);
  textIn.hidden = on;
  tools.hidden = on;
  recBar.hidden = !on;
  if (hadFocus || on) {
    (on ? document.getElementById('wc-record-stop') : recordBtn).focus();
  }
}
