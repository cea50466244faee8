/*
 * Monitor screen (SUP-12): for an agent whose configuration allows it, the supervisor watches the screen its
 * workspace shares, live and one way, in a dialog. The server answers `screen {agent, watch, ice}`; the agent's
 * window then offers its screen (screen-signal), this page answers with WebRTC through the shared peer.js, and shows
 * the video. Closing the dialog stops the watch; the agent stopping its share, or leaving, closes it with a notice.
 */
import { el } from '../console/dom.js';
import { openPeer } from '../../../widget/peer.js';
import { agentActions } from './agents.js';
import { t } from './config.js';
import { openDialog } from './dialog.js';
import { handlers } from './frames.js';
import { notice } from './notice.js';
import { send } from './socket.js';

const names = new Map(); // agent id -> name, for the dialog's title
let watching = null; // {watch, agent, peer, close, status}

agentActions.add((cell, agent, created) => {
  const id = Number(agent.id);
  names.set(id, agent.name);
  if (created) {
    cell.append(el('button', {
      type: 'button', class: 'sup-btn sup-act', 'data-act': 'screen', text: t('acts.screen'),
      click: () => send({ type: 'screen', agent: id }),
    }));
  }
  const button = cell.querySelector('[data-act="screen"]');
  button.setAttribute('aria-label', t('acts.screen') + ': ' + agent.name);
  button.hidden = !agent.screenMonitoring || agent.state === 'DISCONNECTED';
});

handlers.screen = (f) => {
  stop(true);
  const agent = Number(f.agent);
  const video = el('video', { class: 'sup-screen', autoplay: true, muted: true, playsinline: true });
  video.muted = true;
  const status = el('p', { class: 'sup-screen-status', role: 'status', text: t('screen.waiting') });
  const close = openDialog(t('screen.title', names.get(agent) || ''), [status, video]);
  const watch = String(f.watch);
  const peer = openPeer({
    ice: f.ice,
    local: null,
    onRemote: (stream) => {
      video.srcObject = stream;
    },
    onSignal: (payload) => send(Object.assign({ type: 'screen-signal', watch }, payload)),
    onState: (state) => {
      if (state === 'connected') {
        status.textContent = t('screen.live');
      } else if (state === 'failed') {
        status.textContent = t('screen.failed');
        send({ type: 'screen-stop', watch });
      }
    },
  });
  watching = { watch, agent, peer, close };
  window.webchatScreen = { pc: peer.pc, watch };
  video.closest('dialog').addEventListener('close', () => stop(true));
};

handlers['screen-signal'] = (f) => {
  if (watching && String(f.watch) === watching.watch) {
    watching.peer.receive({ description: f.description, candidates: f.candidates });
  }
};

handlers['screen-stopped'] = (f) => {
  if (watching && String(f.watch) === watching.watch) {
    const reason = String(f.reason || '');
    if (reason !== 'supervisor') {
      notice(t('screen.stopped.' + (['agent', 'unavailable', 'agent-away'].includes(reason) ? reason : 'other'),
        names.get(watching.agent) || ''));
    }
    stop(false);
  }
};

// tell: the server is told (the supervisor closed the dialog); not when the server stopped it.
function stop(tell) {
  const was = watching;
  if (!was) {
    return;
  }
  watching = null;
  window.webchatScreen = null;
  if (tell) {
    send({ type: 'screen-stop', watch: was.watch });
  }
  was.peer.close();
  was.close();
}
