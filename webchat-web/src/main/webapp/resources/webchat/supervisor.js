/*
 * Webchat supervision board (issue 12): every watched campaign's figures, charts, agents and waiting customers,
 * live. One socket (/ws/supervisor) pushes the whole board, then what changes in it; the browser only ticks clocks and
 * changes colours at the instants the server gave, and redraws a few times a second at most.
 *
 * Native modules, one concern each, in supervisor/ (no build step), on the consoles' shared ones in console/:
 * config (texts, settings), state (what the modules share), socket, frames and changes (what the server says),
 * picker (the campaigns watched), render (coalesced redraws), bands and clock (colours and ticking), figures, bots
 * (what the campaigns' start bots did), charts, agents (with agentActions, the hook for the supervisor's acts on an
 * agent) and waiting; the acts on an agent: acts (its buttons, pause, log out), spy (spy, whisper, barge-in in the side
 * panel), info, and dialog. This module starts them.
 *
 * Hooks for more: frames.handlers takes the handlers of new frame types, socket.send sends frames, agents.agentActions
 * draws into each agent row's actions cell, and #sup-side (with #sup-side-title, #sup-side-body, #sup-side-close) is
 * the side panel for what an act shows (see side.js).
 */
import './supervisor/acts.js';
import './supervisor/agents.js';
import './supervisor/bots.js';
import './supervisor/charts.js';
import './supervisor/screen.js';
import './supervisor/figures.js';
import './supervisor/side.js';
import './supervisor/waiting.js';
import { renderPicker } from './supervisor/picker.js';
import { connect, renderConnection } from './supervisor/socket.js';

const main = document.getElementById('content');
if (main) {
  main.classList.add('sup-main'); // the console's page width is too narrow for the board
}
renderPicker();
renderConnection();
connect();
