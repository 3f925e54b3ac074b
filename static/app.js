// Links drawn as buttons (role="button", which Pico styles) are announced as buttons, and
// people expect a button to answer the Space key as well as Enter: a link alone only answers
// Enter. GOV.UK's button module does the same.
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.key === ' ' && target instanceof HTMLAnchorElement && target.getAttribute('role') === 'button') {
    event.preventDefault();
    target.click();
  }
});
