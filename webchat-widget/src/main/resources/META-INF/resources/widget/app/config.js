/*
 * The page's settings (the JSON block the widget page writes) and what follows from them: the language,
 * the storage key, the host page's origin.
 */
export const cfg = JSON.parse(document.getElementById('webchat-config').textContent);
const LANGS = ['es', 'en', 'pt'];
export const lang = [cfg.language, ...(navigator.languages || [navigator.language])]
  .map((l) => String(l || '').slice(0, 2).toLowerCase())
  .find((l) => LANGS.includes(l)) || (LANGS.includes(cfg.defaultLanguage) ? cfg.defaultLanguage : 'es');

export const MAX_TEXT = 8000; // the server's limit for one message
export const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$/; // the server's own check
export const KEY = 'webchat.' + cfg.campaign;
export const host = cfg.hostOrigin && window.parent !== window ? cfg.hostOrigin : null;
export const phoneShown = !!cfg.phone && (cfg.phone.visible || cfg.phone.required);
