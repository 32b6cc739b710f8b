// Suggestions as one types in the site's search box: the first few names from /search/suggest fill its <datalist>.
// The form works without this script; it only adds the list.
(function () {
  var input = document.getElementById('site-search-q');
  var list = document.getElementById('site-search-suggestions');
  if (!input || !list || !window.fetch) return;
  var timer = null, asked = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === asked) return;
      asked = q;
      fetch('/search/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (body) {
          if (q !== asked) return;
          list.textContent = '';
          body.results.forEach(function (hit) {
            var option = document.createElement('option');
            option.value = hit.label;
            option.label = hit.type + (hit.description ? ' · ' + hit.description : '');
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
