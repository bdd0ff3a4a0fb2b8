/* Drafts: what someone types into a form marked `data-draft="<name>"` is kept in this
 * browser (localStorage) until the server confirms it was saved, so an outage, an
 * expired session or a closed tab loses nothing.
 *
 * - Saved on every change, keyed by the form's name and the address it posts to.
 * - Restored on load into fields the server left as they were when the draft began
 *   (an empty new form; an edit form whose post nobody changed since).
 * - Cleared when the submit was answered by a redirect: the portal answers a saved form
 *   with Post/Redirect/Get, and a refused one (errors, 503, 403) with a page of its own.
 *   A redirect to the sign-in pages is not a success: the text was not saved.
 * - A form marked `data-drafts-forget` (signing out) removes every draft on submit.
 * Without JavaScript or localStorage the forms work as before. */
(function () {
  "use strict";

  var PREFIX = "vraagbaak-draft:";
  var PENDING = "vraagbaak-draft-pending";
  var MAX_AGE = 30 * 24 * 3600 * 1000; // an abandoned draft is not brought back forever
  var PENDING_AGE = 10 * 60 * 1000;
  var storage;
  try {
    storage = window.localStorage;
    storage.setItem(PREFIX + "probe", "1");
    storage.removeItem(PREFIX + "probe");
  } catch (error) {
    return; // storage disabled or full: the forms still work, without drafts
  }

  function read(key) {
    try { return JSON.parse(storage.getItem(key)); } catch (error) { return null; }
  }

  function write(key, value) {
    try { storage.setItem(key, JSON.stringify(value)); } catch (error) { /* full: keep going */ }
  }

  function draftKey(form) {
    // getAttribute: a button named "action" hides the form's `action` property.
    var action = new URL(form.getAttribute("action") || "", location.href).pathname;
    return PREFIX + form.getAttribute("data-draft") + ":" + action;
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && field.name !== "csrfmiddlewaretoken" && !field.disabled &&
        !/^(hidden|password|file|submit|button|reset|image)$/.test(field.type);
    });
  }

  /* A field's state, now or as the server rendered it: text, or the list of chosen values. */
  function state(field, initial) {
    if (field.type === "checkbox" || field.type === "radio") {
      return (initial ? field.defaultChecked : field.checked) ? field.value : null;
    }
    if (field.tagName === "SELECT") {
      return Array.prototype.filter.call(field.options, function (option) {
        return initial ? option.defaultSelected : option.selected;
      }).map(function (option) { return option.value; }).join("\n");
    }
    return initial ? field.defaultValue : field.value;
  }

  function snapshot(form, initial) {
    var values = {};
    fields(form).forEach(function (field) {
      var key = field.name + (field.type === "checkbox" || field.type === "radio" ? "=" + field.value : "");
      values[key] = state(field, initial);
    });
    return values;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function restore(form, draft) {
    var base = snapshot(form, true);
    // The server's form differs from the one the draft began on: an error page that kept
    // the text, or a post edited since. What the server shows wins.
    if (!same(base, draft.base) || same(draft.values, base)) { return; }
    fields(form).forEach(function (field) {
      var key = field.name + (field.type === "checkbox" || field.type === "radio" ? "=" + field.value : "");
      if (!(key in draft.values)) { return; }
      var value = draft.values[key];
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = value !== null;
      } else if (field.tagName === "SELECT") {
        var chosen = (value || "").split("\n");
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = chosen.indexOf(option.value) !== -1;
        });
      } else {
        field.value = value;
      }
    });
    var details = form.closest("details");
    if (details) { details.open = true; }
  }

  function track(form) {
    var key = draftKey(form);
    var draft = read(key);
    if (draft && Date.now() - draft.savedAt > MAX_AGE) {
      storage.removeItem(key);
      draft = null;
    }
    if (draft) { restore(form, draft); }
    var base = draft ? draft.base : snapshot(form, true);
    function save() {
      var values = snapshot(form, false);
      if (same(values, base)) {
        storage.removeItem(key); // back to what the server gave: nothing to keep
      } else {
        write(key, { base: base, values: values, savedAt: Date.now() });
      }
    }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    form.addEventListener("submit", function () {
      save();
      write(PENDING, { key: key, at: Date.now() });
    });
  }

  function forgetAll() {
    for (var i = storage.length - 1; i >= 0; i--) {
      var name = storage.key(i);
      if (name && (name.indexOf(PREFIX) === 0 || name === PENDING)) { storage.removeItem(name); }
    }
  }

  /* Was the last submit answered by a redirect (saved) or by a page of its own (refused)?
   * Decided before the forms are tracked: the page a saved answer redirects to shows the
   * same, now empty, answer form, which must not get the sent text back. */
  function settlePendingSubmit() {
    var pending = read(PENDING);
    if (!pending) { return; }
    storage.removeItem(PENDING);
    var navigation = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
    var redirected = navigation && navigation.type === "navigate" && navigation.redirectCount > 0;
    if (redirected && Date.now() - pending.at < PENDING_AGE && location.pathname.indexOf("/account/") !== 0) {
      storage.removeItem(pending.key);
    }
  }

  settlePendingSubmit();
  // Back to a page kept in the browser's memory: its submit was not answered with a redirect here.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { storage.removeItem(PENDING); }
  });
  document.querySelectorAll("form[data-draft]").forEach(track);
  document.querySelectorAll("form[data-drafts-forget]").forEach(function (form) {
    form.addEventListener("submit", forgetAll);
  });
})();
