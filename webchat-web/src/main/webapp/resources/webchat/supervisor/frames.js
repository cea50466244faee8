/*
 * What the server says over the supervisor socket: one handler per frame type. A module that brings frames of its
 * own (the supervisor's acts) adds its handlers to this object.
 */
import { merge } from './changes.js';
import { hasText, t } from './config.js';
import { notice } from './notice.js';
import { renderPicker, watch } from './picker.js';
import { scheduleRender } from './render.js';
import { answered } from './socket.js';
import { board, pick } from './state.js';

export const handlers = {
  hello(f) {
    board.campaigns = Array.isArray(f.campaigns) ? f.campaigns.filter((c) => c && Number.isSafeInteger(c.id)) : [];
    answered();
    renderPicker();
    watch();
  },

  board(f) {
    show(f);
  },

  changes(f) {
    if (board.frame) { // always, as the server sends the whole board first after each watch
      show(merge(board.frame, f));
    }
  },

  pong() {},

  error(f) {
    const code = String(f.code || '');
    const campaign = code === 'not-yours' && f.campaign != null;
    if (campaign) {
      pick([]); // a campaign no longer the group's: watch all of them instead
      renderPicker();
      watch();
    }
    if (typeof f.message === 'string' && f.message) {
      console.warn('Webchat: ' + code + ': ' + f.message); // the server's words are for the log
    }
    // An act refused names its agent or chat; its code says why (acts.js, spy.js).
    const act = f.agent != null || f.interaction != null;
    notice(campaign ? t('error.not-yours') : act && hasText('error.act.' + code) ? t('error.act.' + code) : t('error.refused'));
  },
};

function show(frame) {
  const at = Date.parse(frame.at);
  if (!Number.isNaN(at)) {
    board.skew = at - Date.now(); // the server's clock: waits tick from its instants
  }
  board.frame = frame;
  scheduleRender();
}
