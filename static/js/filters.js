// Progressive enhancement for the list filter forms: leave empty fields out of the
// query string, so a filtered page's address holds only the filters in use.
// Without this script the form works the same; the address is just longer.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.classList || !form.classList.contains("filters")) {
    return;
  }
  Array.prototype.forEach.call(form.elements, function (field) {
    if (field.name && (field.tagName === "INPUT" || field.tagName === "SELECT") &&
        field.type !== "checkbox" && field.value === "") {
      field.disabled = true;
    }
  });
});
// Coming back with the browser's Back button restores the fields as they were.
window.addEventListener("pageshow", function () {
  Array.prototype.forEach.call(document.querySelectorAll("form.filters [disabled]"), function (field) {
    field.disabled = false;
  });
});
