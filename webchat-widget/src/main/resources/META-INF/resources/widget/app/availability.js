/*
 * Whether a chat can start now (WID-03, WID-04; issue 11, point 15): known with the page, asked again each time
 * the form would show later (a new chat, "Try again"). A disabled, closed or full campaign says so before the
 * customer fills anything in; out of hours with offline messages, the form leaves a message instead.
 */
import { cfg, lang } from './config.js';
import { t } from './texts.js';

let known = cfg.availability || null; // null: not known, the form shows and the server decides on Start

export const availability = () => known || { state: 'open' };

/** Asks the server again; on a network failure the last answer stands (the server decides on Start anyway). */
export async function refreshAvailability() {
  try {
    const r = await fetch('/widget/api/campaigns/' + encodeURIComponent(cfg.campaign) + '/availability',
      { cache: 'no-store', credentials: 'omit' });
    if (r.ok) {
      known = await r.json();
    }
  } catch (e) {
    // offline: keep what was known
  }
  return availability();
}

/** The campaign's text for the state in the customer's language, then when it opens again, if it does. */
export function availabilityText() {
  const a = availability();
  const text = (a.texts && a.texts[lang]) || t(a.state);
  const next = a.nextOpening && new Date(a.nextOpening);
  if (!next || isNaN(next)) {
    return text;
  }
  const when = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit',
    minute: '2-digit' }).format(next);
  return text + ' ' + t('nextOpening', { when });
}
