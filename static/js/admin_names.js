// Accessible names for the admin's autocomplete fields. Django's admin draws them with
// select2, whose search box, combobox and "clear" cross carry no name, so a screen reader
// announces an unnamed box. Each part is named after the <select> it stands for: the
// select's <label>, or (in a tabular inline, where there is no label) the name the server
// gave the select (core/admin_labels.py). Select2 draws its parts after the page loads and
// redraws some of them as choices change, so the names are given again whenever it does.
"use strict";
(function () {
  function nameSource(select) {
    // An element whose text is the select's name, for aria-labelledby.
    let source = select.id && document.querySelector('label[for="' + CSS.escape(select.id) + '"]');
    if (source) {
      if (!source.id) source.id = select.id + "-label";
      return source;
    }
    source = document.getElementById(select.id + "-name");
    if (!source) {
      source = document.createElement("span");
      source.id = select.id + "-name";
      source.hidden = true;
      source.textContent = select.getAttribute("aria-label") || select.name;
      select.before(source);
    }
    return source;
  }

  function setAttribute(element, name, value) {
    if (element && element.getAttribute(name) !== value) element.setAttribute(name, value);
  }

  function nameAutocomplete(select) {
    const container = select.nextElementSibling;
    if (!select.id || !container || !container.classList.contains("select2-container")) return;
    const source = nameSource(select);
    const name = source.textContent.trim().replace(/:$/, "");
    const combobox = container.querySelector('.select2-selection[role="combobox"]');
    const rendered = container.querySelector(".select2-selection__rendered");
    if (select.multiple) {
      setAttribute(combobox, "aria-labelledby", source.id);
      setAttribute(container.querySelector(".select2-search__field"), "aria-label", name);
    } else if (rendered && rendered.id) {
      // The name, then the current choice, as a labelled select reads.
      setAttribute(combobox, "aria-labelledby", source.id + " " + rendered.id);
      setAttribute(rendered, "aria-labelledby", source.id);
    }
    // The cross that clears every choice is for the mouse: each choice has its own, and
    // the keyboard removes them with Backspace.
    for (const cross of container.querySelectorAll(".select2-selection__clear")) {
      setAttribute(cross, "aria-hidden", "true");
    }
  }

  function nameDropdownSearch(field) {
    // The search box of an open single choice lives apart, at the end of the page.
    const results = (field.getAttribute("aria-controls") || "").match(/^select2-(.+)-results$/);
    const select = results && document.getElementById(results[1]);
    if (select) setAttribute(field, "aria-label", nameSource(select).textContent.trim().replace(/:$/, ""));
  }

  function nameAll() {
    for (const select of document.querySelectorAll("select.admin-autocomplete")) {
      nameAutocomplete(select);
    }
    for (const field of document.querySelectorAll(".select2-search--dropdown .select2-search__field")) {
      nameDropdownSearch(field);
    }
  }

  new MutationObserver(nameAll).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", nameAll);
})();
