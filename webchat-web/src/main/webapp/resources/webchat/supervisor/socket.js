/*
 * The supervisor socket (/ws/supervisor), kept connected by the consoles' live socket: after every hello the board
 * watches its campaigns again and gets its whole board, so a reconnect misses nothing. send() is how other modules
 * (the supervisor's acts) talk to the server.
 */
import { liveSocket, showStatus } from '../console/live-socket.js';
import { el } from '../console/dom.js';
import { SOCKET_PATH, root, t } from './config.js';
import { handlers } from './frames.js';
import { notice } from './notice.js';
import { link } from './state.js';

const connectionEl = document.getElementById('sup-connection');

const live = liveSocket({
  path: SOCKET_PATH,
  marker: 'id="supervision"',
  link,
  handlers: () => handlers,
  onChange: () => renderConnection(),
  onSignedOut() {
    notice(t('signedOut'), el('button', { type: 'button', id: 'sup-reload', class: 'sup-btn', text: t('reload'),
      click: () => location.reload() }));
  },
});

export const connect = live.connect;
// Sends a frame; false while the socket is down (its hello not come yet).
export const send = live.send;
// The server's hello came.
export const answered = live.answer;

export function renderConnection() {
  const s = live.status();
  showStatus(connectionEl, s, t('connection.' + s));
  root.classList.toggle('sup-disconnected', s !== 'connected');
}
