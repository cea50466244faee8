/*
 * The progress of the supervisor's exports of Recordings (REC-02), pushed by /ws/exports: each frame moves its
 * export's bar and text; when an export is over, the list is drawn again by the server (its download link, its
 * error). Reconnecting, pinging and noticing a session that ended come from the consoles' live socket.
 */
import { liveSocket } from '../console/live-socket.js';

const link = { answered: false, everAnswered: false, attempt: 0, pongSeen: false };
const over = new Set(['COMPLETED', 'FAILED', 'STOPPED', 'EXPIRED']);

function redraw() {
  const refresh = document.getElementById('exports:refresh');
  if (refresh) {
    refresh.click();
  }
}

const handlers = {
  hello() {
    live.answer();
    redraw(); // what moved while the socket was down
  },
  export(frame) {
    const item = document.querySelector(`[data-export="${Number(frame.id)}"]`);
    if (!item) {
      redraw(); // started in another tab
      return;
    }
    const bar = item.querySelector('progress');
    if (bar) {
      bar.max = frame.total;
      bar.value = frame.done;
      bar.textContent = String(frame.done);
    }
    const text = item.querySelector('.wc-export-text');
    if (text) {
      text.textContent = frame.text;
    }
    if (over.has(frame.state) && item.dataset.state !== frame.state) {
      item.dataset.state = frame.state;
      redraw();
    }
  },
};

const live = liveSocket({
  path: '/ws/exports',
  marker: 'id="exports"',
  link,
  handlers: () => handlers,
});
live.connect();
