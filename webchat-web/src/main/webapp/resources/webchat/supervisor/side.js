/*
 * The side panel (#sup-side) for what an act on an agent or a chat shows: openSide(title, ...content) fills and shows
 * it, closeSide() (or its Close button, or Escape) hides it and gives the focus back to where it was. onClosed, given to
 * openSide, runs when what it shows leaves the panel (closed, or replaced by another act's).
 */
const side = document.getElementById('sup-side');
const title = document.getElementById('sup-side-title');
const body = document.getElementById('sup-side-body');
let returnFocus = null;
let closed = null;

function leave() {
  const done = closed;
  closed = null;
  if (done) {
    done();
  }
}

export function openSide(heading, content, onClosed) {
  leave();
  closed = onClosed || null;
  if (side.hidden) {
    returnFocus = document.activeElement;
  }
  title.textContent = heading;
  body.replaceChildren(...[].concat(content));
  side.hidden = false;
  document.getElementById('sup-side-close').focus();
}

export function closeSide() {
  leave();
  side.hidden = true;
  body.replaceChildren();
  if (returnFocus && returnFocus.isConnected) {
    returnFocus.focus();
  }
  returnFocus = null;
}

document.getElementById('sup-side-close').addEventListener('click', closeSide);
side.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    closeSide();
  }
});
