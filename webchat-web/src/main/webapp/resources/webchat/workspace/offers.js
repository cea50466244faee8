/*
 * Offers (STR-04 ringall) and transfer offers: accepting or declining, timed by the server's clock.
 */
import { desk } from './session.js';
import { millis } from './format.js';
import { renderInbox } from './inbox.js';
import { offers } from './model.js';
import { notice } from './notice.js';
import { send } from './socket.js';
import { t } from './texts.js';


// Server clocks and ours may differ; an offer that carries the server's "now" is timed from arrival.
export function expiryOf(f) {
  const expires = millis(f.expiresAt);
  const now = millis(f.now);
  return expires != null && now != null ? Date.now() + (expires - now) : expires;
}

export function answerOffer(key, accept) {
  const o = offers.get(key);
  if (!o) {
    return;
  }
  const type = (accept ? 'accept' : 'decline') + (o.transfer ? '-transfer' : '');
  if (!send({ type, interaction: o.id })) {
    notice(t('error.offline'));
    return;
  }
  if (accept) {
    o.accepting = true; // until assigned, offer-closed or an error
    desk.acceptingKey = key;
  } else {
    offers.delete(key);
  }
  renderInbox();
}
