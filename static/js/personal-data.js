/* Personal data while typing: a calm warning under every field marked
 * `data-personal-data-check` when its text looks like a BSN (elfproef), an IBAN (mod 97),
 * a Dutch phone number, an e-mail address or a postcode with a house number. The warning
 * sits in a polite live region, tied to the field by aria-describedby. The same checks
 * run on the server (accounts/personal_data_check.py), which is the one that counts:
 * without this script the form asks for confirmation after sending, keeping the text. */
(function () {
  "use strict";

  function elfproef(digits) {
    if (!/^\d{9}$/.test(digits) || digits === "000000000") { return false; }
    var sum = 0;
    for (var i = 0; i < 8; i++) { sum += (9 - i) * Number(digits[i]); }
    return (sum - Number(digits[8])) % 11 === 0;
  }

  function mod97(value) {
    var iban = value.replace(/\s+/g, "").toUpperCase();
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) { return false; }
    var moved = iban.slice(4) + iban.slice(0, 4);
    var rest = 0;
    for (var i = 0; i < moved.length; i++) {
      var code = moved.charCodeAt(i);
      var part = code >= 65 ? String(code - 55) : moved[i];
      for (var j = 0; j < part.length; j++) { rest = (rest * 10 + Number(part[j])) % 97; }
    }
    return rest === 1;
  }

  var POSTCODE = "[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}";
  var CHECKS = {
    bsn: function (text) {
      var re = /(^|[^\d.,\/€-])(\d{3}[ .]?\d{3}[ .]?\d{3}|\d{4}[ .]?\d{2}[ .]?\d{3})(?!\d|[.,\/-]\d)/g;
      var match;
      while ((match = re.exec(text))) {
        var before = text.slice(Math.max(0, match.index - 4), match.index + match[1].length);
        if (!/(€ ?|EUR )$/.test(before) && elfproef(match[2].replace(/\D/g, ""))) { return true; }
      }
      return false;
    },
    iban: function (text) {
      var re = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;
      var match;
      while ((match = re.exec(text))) { if (mod97(match[0])) { return true; } }
      return false;
    },
    phone: function (text) {
      // Mobile (06), geographic (0xx / 0xxx) and +31 / 0031 numbers; not 0800, 0900, 14 0xx.
      var re = /(?:^|[^\d])((?:\+31|0031)[ -]?(?:\(0\))?[ -]?[1-9](?:[ -]?\d){8}|0[1-9](?:[ -]?\d){8})(?!\d)/g;
      var match;
      while ((match = re.exec(text))) {
        var digits = match[1].replace(/\D/g, "").replace(/^(0031|31)/, "0");
        if (!/^0(800|900|90[69]|8[45]|87)/.test(digits)) { return true; }
      }
      return false;
    },
    email: function (text) { return /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/.test(text); },
    address: function (text) {
      return new RegExp("\\b" + POSTCODE + "[ ,]+\\d{1,5}\\b").test(text) ||
        new RegExp("[A-Za-zÀ-ÿ'.-]{3,} \\d{1,5}(?: ?[a-zA-Z]\\b|-\\d+)?,? +" + POSTCODE + "\\b").test(text);
    }
  };

  function found(text, labels) {
    var kinds = [];
    Object.keys(CHECKS).forEach(function (kind) {
      if (labels[kind] && CHECKS[kind](text)) { kinds.push(labels[kind]); }
    });
    return kinds;
  }

  function watch(field) {
    var labels;
    try { labels = JSON.parse(field.getAttribute("data-personal-data-labels") || "{}"); } catch (error) { return; }
    var template = field.getAttribute("data-personal-data-message") || "";
    var warning = document.createElement("p");
    warning.className = "portal-field__warning";
    warning.id = field.id + "_personal_data";
    warning.setAttribute("aria-live", "polite");
    warning.setAttribute("data-personal-data-warning", "");
    var wrapper = field.closest(".utrecht-form-field__input") || field;
    wrapper.insertAdjacentElement("afterend", warning);
    var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    described.push(warning.id);
    field.setAttribute("aria-describedby", described.join(" "));
    var timer;
    var last = "";
    function update() {
      var kinds = found(field.value, labels);
      var message = kinds.length ? template.replace("{kinds}", kinds.join(", ")) : "";
      // Only a change is written, so a screen reader hears it once, not at every key.
      if (message !== last) { warning.textContent = message; last = message; }
    }
    field.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 400); });
    update();
  }

  document.querySelectorAll("[data-personal-data-check]").forEach(watch);
}());
