/*
 * What the widget's modules share about this tab's chat, its socket and what still waits to be sent. Each
 * value is read and written through these three objects, so that every module sees the same one.
 */
import { host } from './config.js';

/** The chat this tab shows. */
export const chat = {
  token: null, // the chat's key (the stored one may change under it in another tab)
  state: null, // BOT | QUEUED | OFFERED | ASSIGNED | SURVEY | ENDED
  position: 0, // in the queue
  agentName: '',
  agentPicture: '',
  botName: '', // the bot that talks (BOT, SURVEY), from its latest line
  botPicture: '',
  calls: false, // the campaign allows audio and video calls (ADV-12)
  canRate: false,
  hasRated: false,
  seenSeq: 0, // messages up to here were seen before (history replays do not notify)
  unread: 0,
  isOpen: !host, // a direct page is always open
};

/** The socket. */
export const link = {
  wanted: false, // whether a socket should be kept open (and reopened when it drops)
  answered: false, // the server answered this socket's hello
  attempt: 0, // reconnections since the last answer
  offline: navigator.onLine === false,
};

/** What the customer asked for that the server has not confirmed yet. */
export const intents = {
  arrival: null, // the form's data for a new chat
  firstMessage: '', // the form's message, sent once the chat is open
  starting: false, // the form was sent, no answer yet
  endPending: false, // until the ENDED state arrives; resent after a reconnect
  ratingPending: null,
  offlinePending: null, // the offline message (WID-04) until its ack
  pageUrl: location.href, // the host page's address once the loader reports it
  reportedUrl: null, // the address the server last heard of
};
