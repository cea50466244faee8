/*
 * Redraws the board after a board frame, coalesced: a burst of frames makes one redraw, and there are a few a
 * second at most. Each part of the board registers what it draws with onBoard.
 */
import { tick } from './clock.js';
import { board } from './state.js';

const EVERY = 300; // ms between two redraws at least
const parts = [];
let pending = false;
let last = 0;

// fn(frame) draws its part of the board from the last board frame.
export function onBoard(fn) {
  parts.push(fn);
}

export function scheduleRender() {
  if (pending) {
    return;
  }
  pending = true;
  setTimeout(() => {
    pending = false;
    last = Date.now();
    const frame = board.frame;
    if (frame) {
      for (const draw of parts) {
        try {
          draw(frame);
        } catch (e) {
          console.error('Webchat: the board could not draw a part', e); // the other parts still draw
        }
      }
      tick();
    }
  }, Math.max(0, last + EVERY - Date.now()));
}
