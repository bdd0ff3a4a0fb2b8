/* Progressive enhancement for the vraagbaak: similar questions while typing a
 * title, and a live Markdown preview. Without this script the forms still work:
 * the server shows similar questions before saving and a Preview button. */
(function () {
  "use strict";

  function debounce(fn, wait) {
    var timer;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, wait);
    };
  }

  function csrfToken(form) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  /* Similar questions: fetch the fragment for the title and show it in a live region. */
  var title = document.querySelector("[data-similar-source]");
  var box = document.querySelector("[data-similar-url]");
  if (title && box) {
    var results = box.querySelector("[data-similar-results]");
    var checked = document.querySelector("[data-similar-checked]");
    var lastTitle = null;
    var update = debounce(function () {
      var value = title.value.trim();
      if (value === lastTitle) { return; }
      lastTitle = value;
      if (value.length < 8) {
        results.textContent = "";
        box.hidden = true;
        return;
      }
      var url = box.getAttribute("data-similar-url") + "?title=" + encodeURIComponent(value);
      fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : ""; })
        .then(function (html) {
          if (title.value.trim() !== value) { return; }
          results.innerHTML = html;
          box.hidden = html.trim() === "";
          // The asker has seen the suggestions: no separate confirmation step needed.
          if (checked) { checked.value = value; }
        })
        .catch(function () { /* The confirmation step on the server still catches duplicates. */ });
    }, 350);
    title.addEventListener("input", update);
    if (title.value) { update(); }
  }

  /* Markdown preview: render through the server, with the same code as published text. */
  document.querySelectorAll("[data-markdown-source]").forEach(function (source) {
    var form = source.form;
    var area = form && form.querySelector("[data-preview-url]");
    if (!area) { return; }
    var target = area.querySelector("[data-preview-target]");
    var render = debounce(function () {
      var body = new FormData();
      body.append("text", source.value);
      fetch(area.getAttribute("data-preview-url"), {
        method: "POST",
        body: body,
        headers: { "X-CSRFToken": csrfToken(form) },
        credentials: "same-origin"
      })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html === null) { return; }
          target.innerHTML = html;
          area.hidden = source.value.trim() === "";
        })
        .catch(function () {});
    }, 600);
    source.addEventListener("input", render);
  });
})();
