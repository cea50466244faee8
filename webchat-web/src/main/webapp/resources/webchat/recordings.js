// The recordings search reads its dates and shows its times in the user's time zone (REC-01): the browser's, put
// into the form's hidden field at each search. The page's first results come in the zone the server knew (UTC);
// when the browser's differs, the search runs once more in it. Wired here, not inline, which the consoles'
// Content-Security-Policy does not run; delegated, so it survives the form's Ajax updates.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
const fill = () => document.querySelectorAll('input[data-user-zone]').forEach((field) => {
  field.value = zone;
});
document.addEventListener('click', fill, true);
document.addEventListener('keydown', fill, true);
// After every load handler, PrimeFaces' own included: only then does the button search by Ajax.
window.addEventListener('load', () => setTimeout(() => {
  const field = document.querySelector('input[data-user-zone]');
  const search = document.querySelector('[data-zone-search]');
  fill();
  if (field && search && zone && field.dataset.shownZone !== zone) {
    search.click();
  }
}, 0));
// REC-06: a seen button draws the results table again, and the focus would fall back to the page's top. It goes to
// the button now in the same place (the same row's, or, when that row left the list under the Seen or Unseen filter,
// the next one's), else to the count, so that a keyboard user goes on from where it was.
let pressed = null;
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('.wc-seen-toggle') : null;
  if (button) {
    pressed = button;
  }
}, true);
new MutationObserver(() => {
  if (!pressed || pressed.isConnected) {
    return;
  }
  const again = document.getElementById(pressed.id);
  const count = document.querySelector('.wc-count');
  pressed = null;
  if (again) {
    again.focus();
  } else if (count) {
    count.setAttribute('tabindex', '-1');
    count.focus();
  }
}).observe(document.body, { childList: true, subtree: true });
