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
        replaceOrganisations();
        // Counts of values absent from the new selection drop to 0.
        form.querySelectorAll("[id^='count-']").forEach(function (span) { span.textContent = "(0)"; });
        results.querySelectorAll("#facet-counts data[data-for]").forEach(function (data) {
          var span = document.getElementById(data.dataset.for);
          if (span) { span.textContent = "(" + data.value + ")"; }
        });
        showOptions();
        var jump = results.querySelector("#facet-counts data[data-jump-label]");
        if (jump) {
          form.querySelectorAll("[data-jump-to-results]").forEach(function (link) {
            link.textContent = jump.dataset.jumpLabel;
          });
        }
        if (push) { window.history.pushState({}, "", url); shownSearch = window.location.search; }
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

  // How many values each facet has chosen, in its summary, and all of them on the phone's
  // "Filters (3)". The word comes translated from the page (data-label).
  function updateActiveCounts() {
    var total = 0;
    form.querySelectorAll("details.portal-facet").forEach(function (facet) {
      var chosen = facet.querySelectorAll("input[type=checkbox]:checked").length;
      total += chosen;
      var span = facet.querySelector("[data-active-count]");
      if (span) { span.textContent = chosen ? " (" + chosen + " " + span.dataset.label + ")" : ""; }
    });
    var good = document.getElementById("id_goed_voorbeeld");
    if (good && good.checked) { total += 1; }
    var all = form.querySelector("[data-active-total]");
    if (all) { all.textContent = total ? " (" + total + ")" : ""; }
  }

  // A value that would give no results is hidden, unless it is chosen. The organisation
  // facet shows its top ten until "toon alle", or the matches of its search field.
  var orgFacet = document.getElementById("facet-organisatie");
  var orgSearch = form.querySelector("[data-facet-search]");
  var orgInput = orgSearch && orgSearch.querySelector("input");
  var showAll = !!form.querySelector("input[name=alle_organisaties]");
  function showOptions() {
    var words = orgInput ? orgInput.value.trim().toLowerCase() : "";
    var shown = 0;
    form.querySelectorAll("[data-facet-option]").forEach(function (item) {
      var box = item.querySelector("input");
      var count = item.querySelector("[id^='count-']");
      var empty = count && count.textContent === "(0)";
      var inOrganisations = orgFacet && orgFacet.contains(item);
      var wanted = !empty;
      if (inOrganisations && wanted) {
        wanted = words ? item.textContent.toLowerCase().indexOf(words) !== -1
          : showAll || !item.hasAttribute("data-facet-more");
      }
      item.hidden = !(box.checked || wanted);
      if (inOrganisations && !item.hidden) { shown += 1; }
    });
    if (orgFacet) {
      var more = orgFacet.querySelector("[data-facet-show-all]");
      if (more) { more.parentNode.hidden = showAll || !!words; }
    }
    var status = document.getElementById("facet-organisatie-zoek-status");
    if (status && words) { status.textContent = String(shown); }
  }
  // The organisation facet of the new selection comes whole from the server (its top ten
  // change); the focus stays on the same checkbox or link.
  function replaceOrganisations() {
    var fresh = results.querySelector("#facet-organisatie-refresh");
    var body = orgFacet && orgFacet.querySelector("[data-facet-body]");
    if (!fresh || !body) { return; }
    var focused = document.activeElement && body.contains(document.activeElement)
      ? document.activeElement : null;
    var focusId = focused && focused.id;
    var focusAll = focused && focused.hasAttribute("data-facet-show-all");
    body.replaceWith(fresh.content.cloneNode(true));
    fresh.remove();
    var again = focusId ? document.getElementById(focusId)
      : focused && orgFacet.querySelector(focusAll ? "[data-facet-show-all]" : "[data-jump-to-results]");
    if (again) { again.focus(); }
  }
  if (orgSearch) {
    orgSearch.hidden = false;
    orgInput.addEventListener("input", showOptions);
    // Enter in this field filters the list; it does not send the form.
    orgInput.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); }
    });
  }
  // "Toon alle" opens the whole list in place; the focus goes to the first value it adds.
  form.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-facet-show-all]");
    if (!link) { return; }
    event.preventDefault();
    showAll = true;
    // As without script: the next selection, a reload and the address keep the whole list.
    var keep = document.createElement("input");
    keep.type = "hidden";
    keep.name = "alle_organisaties";
    keep.value = "1";
    form.appendChild(keep);
    showOptions();
    var first = orgFacet.querySelector("[data-facet-more]:not([hidden]) input");
    if (first) { first.focus(); }
  });

  // A phone shows the results first: the filters wait behind "Filters (n)".
  var toggle = document.getElementById("filters-toggle");
  var wide = window.matchMedia("(min-width: 56em)");
  function placeFilters() {
    if (toggle) { toggle.open = wide.matches; }
  }
  placeFilters();
  wide.addEventListener("change", placeFilters);

  form.addEventListener("change", function (event) {
    if (event.target.name === "q" || !event.target.name) { return; }
    updateActiveCounts();
    refresh(formUrl(), true);
  });
  form.addEventListener("submit", cancelPending);
  window.addEventListener("pagehide", cancelPending);
  // Back and forward between selections reload; the jump to the results (a #fragment) fires
  // popstate too and must not.
  var shownSearch = window.location.search;
  window.addEventListener("popstate", function () {
    if (window.location.search !== shownSearch) { window.location.reload(); }
  });
})();
