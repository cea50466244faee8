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
