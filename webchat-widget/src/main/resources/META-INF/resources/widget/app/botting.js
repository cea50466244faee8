/*
 * Bots (BOT-01, BOT-02): their frames go to app/bot.js, loaded with the first bot line or state only.
 */
let ui = null;
const load = () => (ui = ui || import('./bot.js'));

/** A bot's line, already in its place (seq order): bot.js adds its picture and buttons. */
export function botLine(li, f) {
  load().then((m) => m.line(li, f));
}

/** A state or welcome: a bot talks now, or the one that talked stopped. */
export function botState(f) {
  if (ui || f.state === 'BOT' || f.state === 'SURVEY' || f.endReason === 'BOT_TIMEOUT') {
    load().then((m) => m.state(f));
  }
}

/** Asking for a person was refused; without bot.js nobody asked. */
export function botError(f) {
  if (!ui || f.code !== 'no-person') {
    return false;
  }
  load().then((m) => m.refused());
  return true;
}

export function botGone() {
  ui && ui.then((m) => m.gone());
}
