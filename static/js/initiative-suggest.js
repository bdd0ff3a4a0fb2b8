// Suggestions as you type for the "related initiatives" field
// (initiatives.forms.RelatedInitiativesWidget). Without this file the field is a
// plain multiple select, which works on its own. With it, a search box above the
// select asks /initiatieven/suggesties/?q= and ticks the chosen initiative.
(function () {
  "use strict";

  function enhance(select) {
    var endpoint = select.dataset.initiativeSuggest;
    var wrapper = document.createElement("div");
    wrapper.className = "portal-suggest";
    var label = document.createElement("label");
    var inputId = select.id + "-zoek";
    label.htmlFor = inputId;
    label.className = "utrecht-form-label";
    label.textContent = select.dataset.suggestLabel || "Zoek een initiatief";
    var input = document.createElement("input");
    input.type = "search";
    input.id = inputId;
    input.className = "utrecht-textbox utrecht-textbox--html-input";
    input.setAttribute("autocomplete", "off");
    input.setAttribute("aria-controls", inputId + "-lijst");
    var list = document.createElement("ul");
    list.id = inputId + "-lijst";
    list.className = "portal-suggest__list";
    list.setAttribute("aria-live", "polite");
    wrapper.append(label, input, list);
    select.parentNode.insertBefore(wrapper, select);

    var timer = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var query = input.value.trim();
        if (query.length < 2) { list.replaceChildren(); return; }
        fetch(endpoint + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) { show(data.results || []); })
          .catch(function () { list.replaceChildren(); });
      }, 200);
    });

    function show(results) {
      list.replaceChildren();
      results.forEach(function (item) {
        var option = select.querySelector('option[value="' + CSS.escape(item.slug) + '"]');
        if (!option) { return; }
        var li = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "utrecht-button utrecht-button--subtle";
        button.textContent = item.title + " (" + item.organisation + ")";
        button.setAttribute("aria-pressed", option.selected ? "true" : "false");
        button.addEventListener("click", function () {
          option.selected = !option.selected;
          button.setAttribute("aria-pressed", option.selected ? "true" : "false");
          select.dispatchEvent(new Event("change", { bubbles: true }));
        });
        li.append(button);
        list.append(li);
      });
    }
  }

  document.querySelectorAll("select[data-initiative-suggest]").forEach(enhance);
})();
