/*
 * Times as the consoles show them: ticking clocks and the server's instants.
 */
const pad = (n) => String(n).padStart(2, '0');

// m:ss, or h:mm:ss past an hour.
export function clock(seconds) {
  const s = Math.max(0, Math.floor(Number(seconds) || 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? h + ':' + pad(m) + ':' + pad(s % 60) : m + ':' + pad(s % 60);
}

// Server times arrive as ISO strings or epoch milliseconds.
export function millis(value) {
  if (typeof value === 'number') {
    return value;
  }
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? null : ms;
}
