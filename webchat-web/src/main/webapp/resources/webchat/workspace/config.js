/*
 * The page's data: the workspace element, its texts and settings (JSON blocks of the page, never run), the
 * socket and upload addresses, and the limits the server enforces too.
 */
import { readJson } from '../console/page.js';

export const root = document.getElementById('workspace');

export const TEXTS = readJson('workspace-texts');
export const cfg = readJson('workspace-config');
export const lang = String(cfg.language || document.documentElement.lang || 'en');
export const SOCKET_PATH = root.dataset.socket || '/ws/agent';
export const UPLOAD_URL = root.dataset.upload || '/agent/api/attachments';

export const MAX_TEXT = 8000;
export const TRANSFER_NOTE_MAX = 500; // the server's limit for a transfer's note
export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_AUDIO_SECONDS = 120;
export const ENDED_KEPT = 20;
// Allowed files by name ending, with the content type the server expects for that ending. The
// browser's own type is used when it is one of these; otherwise the ending decides (some systems
// report .csv as a spreadsheet, or nothing at all).
export const FILE_TYPES = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.pdf': 'application/pdf', '.txt': 'text/plain', '.log': 'text/plain',
  '.csv': 'text/csv', '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet', '.zip': 'application/zip',
};
