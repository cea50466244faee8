// The campaign form's colour picker writes the colour it picks into the colour field beside it. Wired here, not
// in an inline handler, which the consoles' Content-Security-Policy does not run; delegated, so it survives the
// form's Ajax updates.
document.addEventListener('input', (event) => {
  const picker = event.target.closest && event.target.closest('.wc-color-picker');
  const field = picker && picker.parentElement.querySelector('input:not([type=color])');
  if (field) {
    field.value = picker.value;
  }
});
