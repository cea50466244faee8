/*
 * Files and audio messages (AGT-05): checked here against the limits, uploaded over HTTP with the same
 * client id on every retry, recorded with the widget's shared.js.
 */
import * as shared from '../../../widget/shared.js';
import { desk } from './session.js';
import { FILE_TYPES, MAX_AUDIO_SECONDS, MAX_BYTES, UPLOAD_URL } from './config.js';
import { scrollDown } from './conversation.js';
import { humanSize } from './format.js';
import { composer, fileIn, recBar, recTime, recordBtn, recordStopBtn, textIn, tools } from './layout.js';
import { messagesEl } from './messages.js';
import { addMessage, messageItem, pendingLi } from './messages.js';
import { current, me, newClientId } from './model.js';
import { notice } from './notice.js';
import { t } from './texts.js';

export const waitingUploads = new Set(); // uploads waiting for a retry after a network failure

export function pickedFile() {
  const file = fileIn.files && fileIn.files[0];
  fileIn.value = '';
  if (file) {
    upload(file, 'file', file.name, current());
  }
}

// The content type the server expects for the name's ending, or null when such files are not allowed.
function fileType(name) {
  const ending = (/\.[^.]+$/.exec(name) || [''])[0].toLowerCase();
  return FILE_TYPES[ending] || null;
}

// Checked here first, so that the agent learns the limits before waiting for an upload.
function upload(blob, kind, name, chat) {
  if (!chat || chat.ended) {
    notice(t('error.noChat'));
    return;
  }
  if (!blob.size) {
    notice(t('error.emptyFile'));
    return;
  }
  if (blob.size > MAX_BYTES) {
    notice(t('error.tooBig', humanSize(MAX_BYTES)));
    return;
  }
  const type = kind === 'audio' ? String(blob.type || 'audio/webm').split(';')[0] : fileType(name);
  if (!type) {
    notice(t('error.badType'));
    return;
  }
  const u = { clientId: newClientId(), upload: true, kind, name, blob, type, tries: 0, progress: 0,
    at: new Date().toISOString() };
  chat.pending.set(u.clientId, u);
  if (chat.key === desk.selectedKey) {
    messagesEl.append(messageItem(chat, u, 'sending'));
    scrollDown();
  }
  tryUpload(chat, u);
}

// One try; every retry carries the same client id, so the server stores the file once.
function tryUpload(chat, u) {
  if (chat.pending.get(u.clientId) !== u || u.failed) {
    return;
  }
  const xhr = new XMLHttpRequest();
  u.xhr = xhr;
  xhr.open('POST', UPLOAD_URL);
  xhr.setRequestHeader('X-Webchat-Interaction', String(chat.id));
  xhr.setRequestHeader('X-Webchat-Client-Id', u.clientId);
  xhr.setRequestHeader('X-Webchat-File-Name', encodeURIComponent(u.name));
  xhr.setRequestHeader('X-Webchat-Kind', u.kind);
  xhr.setRequestHeader('Content-Type', u.type);
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) {
      u.progress = e.loaded / e.total;
      const li = chat.key === desk.selectedKey && pendingLi(u.clientId);
      const bar = li && li.querySelector('progress');
      if (bar) {
        bar.value = u.progress;
      }
    }
  };
  xhr.onload = () => {
    if (chat.pending.get(u.clientId) !== u) {
      return; // the socket told of it first, or the chat is gone
    }
    let body = {};
    try {
      body = JSON.parse(xhr.responseText) || {};
    } catch (e) {
      // not JSON: the status decides
    }
    if (xhr.status === 200 && body.seq) {
      addMessage(chat, { seq: body.seq, from: 'agent', name: me.name, clientId: u.clientId,
        attachment: body.attachment, at: u.at });
    } else if (xhr.status >= 400 && xhr.status < 500) {
      dropPending(chat, u.clientId);
      notice(uploadError(body));
    } else {
      retryUpload(chat, u);
    }
  };
  xhr.onerror = () => retryUpload(chat, u);
  xhr.send(u.blob);
}

function uploadError(body) {
  if (body.code === 'too-big') {
    return t('error.tooBig', humanSize(MAX_BYTES));
  }
  if (body.code === 'bad-type') {
    return t('error.badType');
  }
  return typeof body.message === 'string' && body.message ? body.message : t('error.upload');
}

function retryUpload(chat, u) {
  if (chat.pending.get(u.clientId) !== u || u.failed) {
    return;
  }
  u.tries++;
  if (u.tries > 5) {
    dropPending(chat, u.clientId);
    notice(t('error.upload'));
    return;
  }
  u.progress = 0;
  waitingUploads.add(u);
  u.retry = () => {
    waitingUploads.delete(u);
    clearTimeout(u.timer);
    tryUpload(chat, u);
  };
  u.timer = setTimeout(u.retry, Math.min(30000, 1000 * 2 ** u.tries));
}

function dropPending(chat, clientId) {
  chat.pending.delete(clientId);
  const li = chat.key === desk.selectedKey && pendingLi(clientId);
  if (li) {
    li.remove();
  }
}

export let rec = null; // the recording in progress (the widget's shared.js), for rec.chat

export function startRecording() {
  const chat = current();
  if (rec || !chat || chat.ended) {
    return;
  }
  const recording = shared.record({
    maxSeconds: MAX_AUDIO_SECONDS,
    started: () => showRecording(true),
    tick: (text) => { recTime.textContent = text; },
    full: () => stopRecording(true),
    done: (blob, name) => upload(blob, 'audio', name, chat),
    fail: (why) => {
      if (rec === recording) {
        rec = null;
      }
      notice(t(why === 'microphone' ? 'error.microphone' : 'error.noAudio'));
    },
  });
  if (!recording) {
    notice(t('error.noAudio'));
    return;
  }
  rec = recording;
  rec.chat = chat;
}

export function stopRecording(keep) {
  const recording = rec;
  rec = null;
  if (recording) {
    recording.stop(keep);
    showRecording(false);
  }
}

function showRecording(on) {
  const hadFocus = composer.contains(document.activeElement);
  textIn.hidden = on;
  tools.hidden = on;
  recBar.hidden = !on;
  if (on || hadFocus) {
    (on ? recordStopBtn : recordBtn).focus();
  }
}
