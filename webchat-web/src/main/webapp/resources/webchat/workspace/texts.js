/*
 * The workspace's texts (bundle keys workspace.*) in the agent's language: t('send') reads workspace.send.
 */
import { textsOf } from '../console/page.js';
import { TEXTS } from './config.js';

export const { t, hasText } = textsOf(TEXTS, 'workspace.');
