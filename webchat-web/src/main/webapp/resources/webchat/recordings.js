// The recordings search reads its dates in the user's time zone (REC-01): the browser's, put into the form's hidden
// field. Wired here, not inline, which the consoles' Content-Security-Policy does not run; read at each search, so it
// survives the form's Ajax updates.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
const fill = () => document.querySelectorAll('input[data-user-zone]').forEach((field) => {
  field.value = zone;
});
fill();
document.addEventListener('click', fill, true);
document.addEventListener('keydown', fill, true);
