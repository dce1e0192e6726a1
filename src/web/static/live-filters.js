// Filters that change a chart or a table (docs/accessibility.md, "Filters"):
// a GET form with data-live-targets="id1 id2 …" is sent in the background;
// the elements with those ids are replaced by their fresh versions, the
// address bar shows the new address, and a polite live region reads out what
// now shows — the text of the fresh page's first [data-announcement] element
// (its attribute, else its text). Focus stays on the button. Without this
// script the form is an ordinary GET form that reloads the page.
(function () {
  'use strict';
  if (!window.fetch || !window.DOMParser) return;
  var forms = document.querySelectorAll('form[method="get"][data-live-targets]');
  if (!forms.length) return;

  var live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.id = 'filter-announcement';
  document.querySelector('main').appendChild(live);

  function announce(text) {
    // Emptied first, so the same sentence twice is still read out.
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 100);
  }

  function sentenceIn(root) {
    var el = root.querySelector('[data-announcement]');
    if (!el) return document.documentElement.lang === 'en' ? 'The page is updated.' : 'Sidan är uppdaterad.';
    return el.getAttribute('data-announcement') || el.textContent.trim();
  }

  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('submit', function (event) {
      var ids = form.getAttribute('data-live-targets').split(/\s+/).filter(Boolean);
      var params = new URLSearchParams(new FormData(form));
      var url = (form.getAttribute('action') || window.location.pathname).split('?')[0] + '?' + params.toString();
      event.preventDefault();
      fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          ids.forEach(function (id) {
            var old = document.getElementById(id);
            var fresh = page.getElementById(id);
            if (old && fresh) old.innerHTML = fresh.innerHTML;
          });
          window.history.replaceState(null, '', url);
          document.title = page.title;
          announce(sentenceIn(document.getElementById(ids[0]) || document));
        })
        .catch(function () {
          // Fall back to the ordinary request.
          window.location.assign(url);
        });
    });
  });
})();
