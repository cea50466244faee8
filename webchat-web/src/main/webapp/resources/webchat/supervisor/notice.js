/*
 * A short notice above the board (a refusal), gone after a while.
 */
import { noticeIn } from '../console/notice.js';

export const notice = noticeIn(() => document.getElementById('sup-notice'));
