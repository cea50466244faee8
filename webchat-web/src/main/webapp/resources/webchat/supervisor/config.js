/*
 * The page's data: the board's element, its texts (bundle keys supervision.*) and settings (JSON blocks of the page,
 * never run), and the socket's address.
 */
import { readJson, textsOf } from '../console/page.js';

export const root = document.getElementById('supervision');
export const cfg = readJson('supervision-config');
export const lang = String(cfg.language || document.documentElement.lang || 'en');
export const SOCKET_PATH = root.dataset.socket || '/ws/supervisor';
// t('agents') reads supervision.agents; {0}, {1}... are replaced by the arguments.
export const { t, hasText } = textsOf(readJson('supervision-texts'), 'supervision.');
