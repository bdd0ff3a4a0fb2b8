// A multi-select as an accessible combobox (issue 13), for `select[multiple][data-combobox]`
// (initiatives.forms.ComboboxSelectMultiple). Without this file the <select multiple> works
// on its own. With it: the chosen values as chips with a remove button, and a text field
// (role=combobox) over a listbox of the options. Typing narrows the list (through the
// server's search when the select names one in data-combobox-suggest), the arrow keys move,
// Enter or Space chooses or drops the active option, Escape closes, Tab moves on. The select
// stays in the form, hidden, and holds the choice. Texts come translated from data-*.
(function () {
  "use strict";
  var counter = 0;

  function enhance(select) {
    counter += 1;
    var base = (select.id || "combobox-" + counter) + "-combobox";
    var texts = select.dataset;
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');

    var wrapper = document.createElement("div");
    wrapper.className = "portal-combobox";
    var chips = document.createElement("ul");
    chips.className = "portal-chips portal-combobox__chips";
    chips.setAttribute("aria-label", texts.comboboxChosen || "Chosen");
    var input = document.createElement("input");
    input.type = "text";
    input.id = base;
    input.className = "utrecht-textbox utrecht-textbox--html-input portal-combobox__input";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", base + "-listbox");
    input.setAttribute("autocomplete", "off");
    if (select.getAttribute("aria-describedby")) {
      input.setAttribute("aria-describedby", select.getAttribute("aria-describedby"));
    }
    if (select.getAttribute("aria-invalid")) { input.setAttribute("aria-invalid", select.getAttribute("aria-invalid")); }
    var listbox = document.createElement("ul");
    listbox.id = base + "-listbox";
    listbox.className = "portal-combobox__listbox";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-multiselectable", "true");
    listbox.hidden = true;
    var status = document.createElement("p");
    status.className = "rhc-visually-hidden";
    status.setAttribute("role", "status");
    wrapper.append(chips, input, listbox, status);
    select.parentNode.insertBefore(wrapper, select);
    select.hidden = true;
    select.tabIndex = -1;
    if (label) {
      label.htmlFor = input.id;
      label.id = label.id || base + "-label";
      listbox.setAttribute("aria-labelledby", label.id);
    }

    var options = Array.prototype.slice.call(select.options);
    var shown = [];
    var active = -1;
    var navigated = false;  // Space chooses only after the arrow keys picked an option
    var timer = null;

    function say(template, text) { status.textContent = (template || "%s").replace("%s", text); }

    function renderChips() {
      chips.replaceChildren();
      options.forEach(function (option) {
        if (!option.selected) { return; }
        var li = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "portal-chip portal-combobox__chip";
        var name = document.createElement("span");
        name.textContent = option.textContent;
        if (option.lang) { name.lang = option.lang; }
        var hint = document.createElement("span");
        hint.className = "rhc-visually-hidden";
        hint.textContent = " – " + (texts.comboboxRemove || "remove");
        var cross = document.createElement("span");
        cross.setAttribute("aria-hidden", "true");
        cross.textContent = " ×";
        button.append(name, hint, cross);
        button.addEventListener("click", function () {
          toggle(option);
          input.focus();
        });
        li.append(button);
        chips.append(li);
      });
      chips.hidden = !chips.children.length;
    }

    function renderList() {
      listbox.replaceChildren();
      shown.forEach(function (option, index) {
        var li = document.createElement("li");
        li.id = base + "-option-" + option.index;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", option.selected ? "true" : "false");
        li.className = "portal-combobox__option" + (index === active ? " portal-combobox__option--active" : "");
        li.textContent = option.textContent;
        if (option.lang) { li.lang = option.lang; }
        li.addEventListener("mousedown", function (event) { event.preventDefault(); });
        li.addEventListener("click", function () { active = index; toggle(option); });
        listbox.append(li);
      });
      var open = shown.length > 0 && input.dataset.open === "true";
      listbox.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (open && active >= 0) {
        input.setAttribute("aria-activedescendant", base + "-option-" + shown[active].index);
        var current = listbox.children[active];
        if (current && current.scrollIntoView) { current.scrollIntoView({ block: "nearest" }); }
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open(list) {
      shown = list;
      input.dataset.open = "true";
      if (active >= shown.length) { active = shown.length - 1; }
      renderList();
    }

    function close() {
      input.dataset.open = "false";
      active = -1;
      navigated = false;
      renderList();
    }

    function matching(words) {
      words = words.trim().toLowerCase();
      return options.filter(function (option) {
        return option.value && (!words || option.textContent.toLowerCase().indexOf(words) !== -1);
      });
    }

    function search() {
      var words = input.value;
      var endpoint = texts.comboboxSuggest;
      // At once what the option texts match; the server's search (which also knows the
      // summaries and organisations) adds its finds when it answers. The active option stays.
      active = -1;
      open(matching(words));
      say(texts.comboboxCount, String(shown.length));
      if (!endpoint || words.trim().length < 2) { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        fetch(endpoint + "?q=" + encodeURIComponent(words.trim()), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            if (input.value !== words) { return; }
            var bySlug = {};
            options.forEach(function (option) { bySlug[option.value] = option; });
            var current = active >= 0 ? shown[active] : null;
            var merged = shown.slice();
            (data.results || []).forEach(function (item) {
              var option = bySlug[item.slug];
              if (option && merged.indexOf(option) === -1) { merged.push(option); }
            });
            active = current ? merged.indexOf(current) : -1;
            open(merged);
            say(texts.comboboxCount, String(shown.length));
          })
          .catch(function () { /* the local matches stay */ });
      }, 200);
    }

    function toggle(option) {
      option.selected = !option.selected;
      say(option.selected ? texts.comboboxAdded : texts.comboboxRemoved, option.textContent);
      select.dispatchEvent(new Event("change", { bubbles: true }));
      renderChips();
      renderList();
    }

    function move(step) {
      if (input.dataset.open !== "true" || !shown.length) { open(matching(input.value)); }
      if (!shown.length) { return; }
      active = (active + step + shown.length) % shown.length;
      navigated = true;
      renderList();
    }

    input.addEventListener("input", function () { navigated = false; search(); });
    input.addEventListener("focus", function () { if (input.value) { search(); } });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
    input.addEventListener("keydown", function (event) {
      var isOpen = input.dataset.open === "true" && shown.length > 0;
      if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
      else if (event.key === "Escape" && isOpen) { event.preventDefault(); close(); }
      else if (event.key === "Enter") {
        // Enter never sends the form from this field: it chooses.
        event.preventDefault();
        if (isOpen) { toggle(shown[active >= 0 ? active : 0]); }
      } else if (event.key === " " && isOpen && navigated && active >= 0) {
        event.preventDefault();
        toggle(shown[active]);
      } else if (event.key === "Tab") { close(); }
    });

    // A draft restored into the select (drafts.js), or a form shown again with errors.
    select.addEventListener("change", renderChips);
    renderChips();
  }

  document.querySelectorAll("select[multiple][data-combobox]").forEach(enhance);
})();
