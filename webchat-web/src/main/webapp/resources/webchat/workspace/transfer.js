/*
 * Transfer (AGT-08): the dialog with the agents and campaigns a chat can go to.
 */
import { cfg } from './config.js';
import { renderConversation } from './conversation.js';
import { el } from './dom.js';
import { renderInbox } from './inbox.js';
import { chatView, handoverEl, moreBtn, transferAgents, transferCampaigns, transferDialog, transferNote, transferSend, transferStatus } from './layout.js';
import { chats, current } from './model.js';
import { send } from './socket.js';
import { hasText, t } from './texts.js';

export let transferKey = null;
const transferTargets = new Map(); // radio value -> {frame fields, name}

export function openTransfer() {
  const chat = current();
  if (!chat || chat.ended) {
    return;
  }
  transferKey = chat.key;
  transferTargets.clear();
  transferAgents.replaceChildren();
  transferCampaigns.replaceChildren();
  transferSend.disabled = true;
  transferNote.value = '';
  transferStatus.textContent = send({ type: 'targets', interaction: chat.id }) ? t('loading') : t('error.offline');
  if (typeof transferDialog.showModal === 'function') {
    transferDialog.showModal();
  } else {
    transferDialog.setAttribute('open', '');
  }
  transferDialog.querySelector('#ws-transfer-cancel').focus();
}

export function renderTargets(f) {
  transferTargets.clear();
  const target = (kind, id, name, extra) => {
    const value = kind + ':' + transferTargets.size;
    transferTargets.set(value, { field: kind, id, name });
    const input = el('input', { type: 'radio', name: 'ws-target', value, id: 'ws-target-' + transferTargets.size,
      disabled: extra && extra.disabled });
    return el('label', Object.assign({ class: 'ws-target ws-target-' + kind, for: input.id }, extra && extra.attrs),
      [input, el('span', { class: 'ws-target-name', text: name }), extra && extra.state]);
  };
  const agents = (Array.isArray(f.agents) ? f.agents : []).filter((a) => a && String(a.id) !== String(cfg.agentId));
  const campaigns = Array.isArray(f.campaigns) ? f.campaigns : [];
  transferAgents.replaceChildren(...(agents.length ? agents.map((a) => target('agent', a.id, String(a.name || ''), {
    attrs: { 'data-agent': a.id, 'data-state': a.state || '' },
    disabled: a.state === 'LOGGED_OUT',
    state: el('span', { class: 'ws-target-state', 'data-state': a.state || '',
      text: hasText('state.' + a.state) ? t('state.' + a.state) : String(a.state || '') }) }))
    : [el('p', { class: 'ws-muted', text: t('transfer.noAgents') })]));
  transferCampaigns.replaceChildren(...(campaigns.length ? campaigns.map((c) => target('campaign', c.id,
    String(c.name || ''), { attrs: { 'data-campaign': c.id } }))
    : [el('p', { class: 'ws-muted', text: t('transfer.noCampaigns') })]));
  transferStatus.textContent = '';
  transferSend.disabled = true;
  const first = transferDialog.querySelector('input[name="ws-target"]:not([disabled])');
  if (first && document.activeElement === transferDialog.querySelector('#ws-transfer-cancel')) {
    first.focus();
  }
}

export function sendTransfer() {
  const chosen = transferDialog.querySelector('input[name="ws-target"]:checked');
  const target = chosen && transferTargets.get(chosen.value);
  const chat = transferKey && chats.get(transferKey);
  if (!target || !chat || chat.ended) {
    return;
  }
  const note = transferNote.value.trim();
  if (!send(Object.assign({ type: 'transfer', interaction: chat.id, [target.field]: target.id }, note ? { note } : {}))) {
    transferStatus.textContent = t('error.offline');
    return;
  }
  chat.transferring = true; // until transferred, transfer-returned or an error
  chat.transferTo = target.name;
  closeTransfer();
  renderConversation(false);
  renderInbox();
}

export function closeTransfer() {
  transferKey = null;
  if (transferDialog.open) {
    if (typeof transferDialog.close === 'function') {
      transferDialog.close();
    } else {
      transferDialog.removeAttribute('open');
    }
    if (!chatView.hidden) {
      moreBtn.focus();
    }
  }
}

// A chat that came here by a transfer says from whom, with the note the other agent wrote (issue 11, point 17).
export function renderHandover(chat) {
  const handover = chat.transfer && typeof chat.transfer === 'object' ? chat.transfer : null;
  handoverEl.hidden = !handover;
  if (!handover) {
    handoverEl.replaceChildren();
    return;
  }
  const from = String(handover.fromName || '');
  handoverEl.replaceChildren(el('p', { class: 'ws-handover-from', text: t('transfer.from', from) }),
    handover.note && el('p', { class: 'ws-handover-note' }, [
      el('span', { class: 'ws-handover-label', text: t('transfer.noteFrom', from) + ': ' }),
      el('q', { text: String(handover.note) })]));
}
