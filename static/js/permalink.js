// Progressive enhancement for statement pages: "Copy link" beside each paragraph's
// permalink and "Copy citation" under each citation. Without the script (or the
// clipboard) the link and the citation text remain, to select and copy by hand.
(function () {
  if (!navigator.clipboard) {
    return;
  }
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function copyButton(label, accessibleName, className, text, done) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = className;
    button.textContent = label;
    button.setAttribute("aria-label", accessibleName);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(text()).then(function () {
        button.textContent = "Copied";
        status.textContent = done;
        window.setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
    return button;
  }

  Array.prototype.forEach.call(document.querySelectorAll("a.permalink"), function (link) {
    var button = copyButton(
      "Copy link",
      "Copy the link to " + link.textContent.replace("Link to ", ""),
      "copy-link",
      function () { return link.href; },
      "Link copied: " + link.href
    );
    link.insertAdjacentElement("afterend", button);
  });

  Array.prototype.forEach.call(document.querySelectorAll("pre.citation-text"), function (pre) {
    var details = pre.closest("details");
    var what = details ? details.querySelector("summary").textContent.replace("Cite ", "") : "this statement";
    var button = copyButton(
      "Copy citation",
      "Copy the citation of " + what,
      "copy-citation",
      function () { return pre.textContent; },
      "Citation copied."
    );
    var actions = document.createElement("p");
    actions.className = "citation-actions";
    actions.appendChild(button);
    pre.insertAdjacentElement("afterend", actions);
  });
})();
