// Measure page: "Jämför kön efter" changes the intersectional section in
// place, and the live region #jamfor-meddelande says what now shows. Without
// this script the select is part of an ordinary GET form.
(function () {
  'use strict';
  const select = document.getElementById('by');
  const target = document.getElementById('jamfor-kon');
  const live = document.getElementById('jamfor-meddelande');
  if (!select || !target || !live || !window.fetch) return;
  const form = select.form;

  function announce(text) {
    // Emptied first, so the same sentence twice is still read out.
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  select.addEventListener('change', async function () {
    const params = new URLSearchParams(new FormData(form));
    if (!select.value) params.delete('by');
    const url = form.action.split('?')[0] + '?' + params.toString();
    live.textContent = '';
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' } });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById('jamfor-kon');
      if (!fresh) throw new Error('no section');
      target.innerHTML = fresh.innerHTML;
      window.history.replaceState(null, '', url);
      const section = target.querySelector('[data-announcement]');
      const notice = target.querySelector('.notice');
      announce(section ? section.getAttribute('data-announcement')
        : notice ? notice.textContent
          : 'Jämförelsen efter en dimension till är borttagen. Sidan visar bara kön.');
    } catch (e) {
      announce('Jämförelsen kunde inte hämtas. Välj Visa för att ladda om sidan.');
    }
  });
})();
