// After a failed submit the page opens with an error summary (components/form_errors.html):
// move the focus there, so that keyboard and screen-reader users start at what went wrong,
// and make sure the title starts with "Fout:" (the server does so for forms named `form`).
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) { return; }
  var script = document.currentScript || document.querySelector("script[data-title-prefix]");
  var prefix = script && script.dataset.titlePrefix;
  if (prefix && document.title.indexOf(prefix) !== 0) { document.title = prefix + " " + document.title; }
  summary.focus();
})();
