/*
 * The supervisor's acts on an agent (SUP-11, SUP-13..15), in each agent row's actions cell: Spy (only while the agent
 * has an active chat; see spy.js), Info (info.js), Pause (a dialog choosing one of the agent's group's breaks) and
 * Log out (after a confirmation). The server answers done {act, agent} or a refusal by id (frames.js).
 */
import { el } from '../console/dom.js';
import { agentActions } from './agents.js';
import { t } from './config.js';
import { openDialog } from './dialog.js';
import { handlers } from './frames.js';
import { showInfo } from './info.js';
import { notice } from './notice.js';
import { send } from './socket.js';
import { barged, spy } from './spy.js';

const names = new Map(); // agent id -> name, for the dialogs' titles

function button(act, label, click) {
  return el('button', { type: 'button', class: 'sup-btn sup-act', 'data-act': act, text: label, click });
}

agentActions.add((cell, agent, created) => {
  const id = Number(agent.id);
  names.set(id, agent.name);
  if (created) {
    cell.append(
      button('spy', t('acts.spy'), () => spy(id, names.get(id))),
      button('info', t('acts.info'), () => showInfo(id)),
      button('pause', t('acts.pause'), () => send({ type: 'break-types', agent: id })),
      button('logout', t('acts.logout'), () => confirmLogOut(id)));
  }
  for (const b of cell.querySelectorAll('button')) {
    b.setAttribute('aria-label', b.textContent + ': ' + agent.name);
  }
  cell.querySelector('[data-act="spy"]').hidden = !(Array.isArray(agent.chats) && agent.chats.length);
});

function confirmLogOut(agent) {
  const close = openDialog(t('acts.logout.title', names.get(agent)), el('p', { text: t('acts.logout.confirm') }),
    button('logout-confirm', t('acts.logout'), () => {
      send({ type: 'logout', agent });
      close();
    }));
}

handlers['break-types'] = (f) => {
  const agent = Number(f.agent);
  const breaks = Array.isArray(f.breaks) ? f.breaks : [];
  if (!breaks.length) {
    notice(t('acts.pause.none'));
    return;
  }
  const choices = breaks.map((b, i) => el('label', { class: 'sup-choice' }, [
    el('input', { type: 'radio', name: 'sup-break', value: Number(b.id), checked: i === 0 }),
    el('span', { text: b.name })]));
  const fieldset = el('fieldset', { class: 'sup-breaks' }, [el('legend', { text: t('acts.pause.choose') }), ...choices]);
  const close = openDialog(t('acts.pause.title', names.get(agent)), fieldset,
    button('pause-confirm', t('acts.pause'), () => {
      const picked = fieldset.querySelector('input:checked');
      if (picked) {
        send({ type: 'pause', agent, breakType: Number(picked.value) });
      }
      close();
    }));
};

handlers.done = (f) => {
  if (f.act === 'barge') {
    barged(Number(f.interaction));
  } else if (f.act === 'pause' || f.act === 'logout') {
    notice(t('acts.done.' + f.act, names.get(Number(f.agent)) || ''));
  }
};
