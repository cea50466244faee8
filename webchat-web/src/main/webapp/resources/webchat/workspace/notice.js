/*
 * A short notice at the top of the workspace (a refusal, a failed upload), gone after a while.
 */
import { noticeIn } from '../console/notice.js';
import { noticeEl } from './layout.js';

export const notice = noticeIn(() => noticeEl);
