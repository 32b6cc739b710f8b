// Accessibility patches to the DOM YASGUI draws on the query page, applied after it renders and again whenever it
// redraws (tabs added, switched or closed). Each answers an axe-core rule YASGUI 4.5 fails:
// - aria-required-children: the "+" button is the one child of the tab list that is not a tab; it is given the tab
//   role (YASGUI's arrow-key navigation already treats it as the last tab);
// - aria-valid-attr-value: a tab names in aria-controls a panel YASGUI only draws once the tab is opened;
// - label: the endpoint field and the editor's hidden textarea have no label;
// - scrollable-region-focusable: the editor's scroll area cannot be reached with the keyboard;
// - select-name, empty-table-header: the results table's page-size menu and row-number column have no name.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  if (!root || typeof MutationObserver === "undefined") return;

  function label(el, text) {
    if (el && !el.hasAttribute("aria-label") && !el.hasAttribute("aria-labelledby")) el.setAttribute("aria-label", text);
  }

  function patch() {
    root.querySelectorAll(".tabsList button.addTab").forEach(function (add) {
      if (add.getAttribute("role") !== "tab") {
        add.setAttribute("role", "tab");
        add.setAttribute("aria-selected", "false");
      }
    });
    root.querySelectorAll(".tabsList a[role=tab]").forEach(function (tab) {
      var panel = tab.getAttribute("aria-controls");
      if (panel && !document.getElementById(panel)) tab.removeAttribute("aria-controls");
      if (!panel && document.getElementById(tab.id.replace(/^tab-/, ""))) tab.setAttribute("aria-controls", tab.id.replace(/^tab-/, ""));
    });
    root.querySelectorAll("input.autocomplete").forEach(function (input) { label(input, "SPARQL endpoint"); });
    root.querySelectorAll(".CodeMirror textarea").forEach(function (area) { label(area, "SPARQL query"); });
    root.querySelectorAll("select.tableSizer").forEach(function (select) { label(select, "Rows per page"); });
    root.querySelectorAll(".yasr table.dataTable thead th").forEach(function (th) {
      if (th.textContent.trim() === "" && !th.querySelector(".visually-hidden")) {
        var name = document.createElement("span");
        name.className = "visually-hidden";
        name.textContent = "Row";
        th.appendChild(name);
      }
    });
    root.querySelectorAll(".CodeMirror-scroll").forEach(function (scroll) {
      if (scroll.getAttribute("tabindex") !== "0") scroll.setAttribute("tabindex", "0");
    });
  }

  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; patch(); });
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-controls", "tabindex", "class"] });
  patch();
})();
