// Progressive enhancement of the registry filters: without this file the form
// submits as usual. With it, a change refreshes only the results (the
// `results` template partial) and the address bar keeps the whole selection.
(function () {
  "use strict";
  var form = document.getElementById("initiative-filters");
  if (!form || !window.fetch || !window.history.pushState) { return; }
  var results = document.getElementById(form.dataset.results);
  // Only the newest refresh may write the results; one leaving the page is dropped.
  var pending = null;

  function cancelPending() {
    if (pending) { pending.abort(); pending = null; }
  }

  function refresh(url, push) {
    cancelPending();
    var controller = new AbortController();
    pending = controller;
    fetch(url, { headers: { "X-Partial": "results" }, signal: controller.signal })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.text();
      })
      .then(function (html) {
        results.innerHTML = html;
        // Counts of values absent from the new selection drop to 0.
        form.querySelectorAll("[id^='count-']").forEach(function (span) { span.textContent = "(0)"; });
        results.querySelectorAll("#facet-counts data").forEach(function (data) {
          var span = document.getElementById(data.dataset.for);
          if (span) { span.textContent = "(" + data.value + ")"; }
        });
        if (push) { window.history.pushState({}, "", url); }
        // Announce the new number of results; the list itself is not a live region.
        var count = document.getElementById("result-count");
        var status = document.getElementById("result-status");
        if (count && status) { status.textContent = count.textContent; }
      })
      .catch(function (error) {
        // A refresh cancelled on purpose is no failure; any other falls back to a page load.
        if (error.name !== "AbortError") { window.location.href = url; }
      });
  }

  function formUrl() {
    var params = new URLSearchParams(new FormData(form));
    params.forEach(function (value, key) { if (value === "") { params.delete(key); } });
    var query = params.toString();
    return form.action + (query ? "?" + query : "");
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "q") { return; }
    refresh(formUrl(), true);
  });
  form.addEventListener("submit", cancelPending);
  window.addEventListener("pagehide", cancelPending);
  window.addEventListener("popstate", function () { window.location.reload(); });
})();
