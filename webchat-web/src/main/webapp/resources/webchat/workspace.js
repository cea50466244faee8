/*
 * Webchat agent workspace (AGT-01..09): inbox of offers and chats, the selected conversation, composer with
 * emoji, canned responses, files and audio messages, earlier conversations, transfer, end and wrap-up.
 *
 * One socket (/ws/agent, protocol v1) carries everything but uploads. Every visible text comes from the
 * page's "workspace-texts" JSON (bundle keys workspace.*); customer and agent texts only ever reach the page
 * through textContent. What the agent writes waits in a per-chat outbox (sessionStorage) until the server
 * acknowledges it, so neither a dropped network nor a reload loses a message.
 *
 * Native modules, one concern each, in workspace/ (no build step): config, texts, dom, format; the model and
 * its session storage; the layout; inbox, conversation, messages, composer, canned, emoji, files, ending,
 * history, transfer, bot (a start bot's card), wrapup, agentstate, alerts, offers, lifecycle; socket (with the
 * outbox) and frames (what the server says); call, call-ring and call-view for audio and video calls (AV-01..03, on
 * the widget's peer.js).
 * This module starts them.
 */
import { renderState } from './workspace/agentstate.js';
import { readNotifyPref, renderAlertsPrompt, wakeAudio } from './workspace/alerts.js';
import { installRing } from './workspace/call-ring.js';
import { installCallView } from './workspace/call-view.js';
import { cannedMode, closeCanned } from './workspace/canned.js';
import { root } from './workspace/config.js';
import { markSeen, renderConversation, select } from './workspace/conversation.js';
import { toggleEmoji } from './workspace/emoji.js';
import { toggleMenu } from './workspace/ending.js';
import { renderInbox } from './workspace/inbox.js';
import { cannedBtn, cannedPanel, emojiBtn, emojiPanel, menuEl, moreBtn } from './workspace/layout.js';
import { chats, current, keyOf } from './workspace/model.js';
import { connect, renderConnection } from './workspace/socket.js';
import { store } from './workspace/store.js';
import './workspace/screen.js'; // SUP-12

// A click elsewhere closes the popups.
document.addEventListener('click', (e) => {
  if (!emojiPanel.hidden && !emojiPanel.contains(e.target) && !emojiBtn.contains(e.target)) {
    toggleEmoji(false);
  }
  if (cannedMode === 'button' && !cannedPanel.contains(e.target) && !cannedBtn.contains(e.target)) {
    closeCanned(false);
  }
  if (!menuEl.hidden && !menuEl.contains(e.target) && !moreBtn.contains(e.target)) {
    toggleMenu(false);
  }
});

// The workspace fills the window below the console's header.
function fit() {
  root.style.setProperty('--ws-top', Math.max(0, root.getBoundingClientRect().top + window.scrollY) + 'px');
}

window.addEventListener('resize', fit);
document.addEventListener('visibilitychange', () => {
  const chat = current();
  if (!document.hidden && chat && chat.unread) {
    chat.unread = 0;
    markSeen(chat);
    renderInbox();
  }
});
fit();
installCallView();
installRing();
readNotifyPref();
if (navigator.userActivation && navigator.userActivation.hasBeenActive) {
  wakeAudio(); // the page has had a gesture already (the browser kept it): it may sound, and then no prompt
}
renderAlertsPrompt();
renderState();
renderConnection();
renderInbox();
renderConversation(true);
if (store.selected != null && chats.has(keyOf(store.selected)) && chats.get(keyOf(store.selected)).ended) {
  select(keyOf(store.selected)); // an ended chat's wrap-up is there at once; live ones after the hello
}
connect();
