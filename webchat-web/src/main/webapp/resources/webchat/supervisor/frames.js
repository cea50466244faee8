/*
 * What the server says over the supervisor socket: one handler per frame type. A module that brings frames of its
 * own (the supervisor's acts) adds its handlers to this object.
 */
import { t } from './config.js';
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
    const at = Date.parse(f.at);
    if (!Number.isNaN(at)) {
      board.skew = at - Date.now(); // the server's clock: waits tick from its instants
    }
    board.frame = f;
    scheduleRender();
  },

  pong() {},

  error(f) {
    const code = String(f.code || '');
    if (code === 'not-yours') {
      pick([]); // a campaign no longer the group's: watch all of them instead
      renderPicker();
      watch();
    }
    if (typeof f.message === 'string' && f.message) {
      console.warn('Webchat: ' + code + ': ' + f.message); // the server's words are for the log
    }
    notice(code === 'not-yours' ? t('error.not-yours') : t('error.refused'));
  },
};
