// Forms shown again with problems (docs/accessibility.md, "Forms"): focus
// moves to the error summary, so that keyboard and screen-reader users start
// with the list of what to correct. Each link in the summary then moves focus
// to its field (the first control inside, when it points at a group) and
// brings the field's label into view. Without this script the summary is
// still read out (role="alert") and its links still jump to the fields.
(function () {
  'use strict';
  var summary = document.querySelector('.error-summary');
  if (!summary) return;
  if (!summary.hasAttribute('tabindex')) summary.setAttribute('tabindex', '-1');
  summary.focus();

  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) return;
    var target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    var control = target.matches('input, select, textarea, button')
      ? target : target.querySelector('input:not([type=hidden]), select, textarea');
    if (!control) return;
    event.preventDefault();
    var label = (control.id && document.querySelector('label[for="' + control.id + '"]')) ||
      (control.closest('fieldset') && control.closest('fieldset').querySelector('legend'));
    (label || control).scrollIntoView();
    control.focus({ preventScroll: true });
  });
})();
