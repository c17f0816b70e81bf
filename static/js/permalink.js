// Progressive enhancement for statement pages: a "Copy link" button beside each
// paragraph's permalink. Without the script (or the clipboard) the link itself remains.
(function () {
  if (!navigator.clipboard) {
    return;
  }
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);
  Array.prototype.forEach.call(document.querySelectorAll("a.permalink"), function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    button.setAttribute("aria-label", "Copy the link to " + link.textContent.replace("Link to ", ""));
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(link.href).then(function () {
        button.textContent = "Copied";
        status.textContent = "Link copied: " + link.href;
        window.setTimeout(function () { button.textContent = "Copy link"; }, 2000);
      });
    });
    link.insertAdjacentElement("afterend", button);
  });
})();
