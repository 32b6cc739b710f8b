// The SPARQL query page: YASGUI on this host's endpoint, one tab per competency query, and nothing fetched from
// other hosts (no prefix.cc, no Linked Open Vocabularies, no endpoint catalogue beyond this endpoint).
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  var config = JSON.parse(document.getElementById("yasgui-config").textContent);
  if (!root || typeof Yasgui === "undefined") return;

  var yasqe = Yasgui.defaults.yasqe;
  // Prefix completion from this dataset's own prefixes, not from prefix.cc; property and class completion would
  // ask Linked Open Vocabularies, so they are off.
  Yasgui.Yasqe.Autocompleters.prefixes.get = config.prefixes;
  Yasgui.Yasqe.Autocompleters.prefixes.persistenceId = null;
  yasqe.autocompleters = ["variables", "prefixes"];
  yasqe.prefixCcApi = "";

  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    copyEndpointOnNewTab: true,
    // The tabs are the examples every time: no tabs or results kept in the browser's storage, none taken from the URL.
    persistenceId: null,
    populateFromUrl: false,
    autoAddOnInit: false,
    tabName: "Query"
  });
  var first = null;
  config.tabs.forEach(function (tab) {
    var added = yasgui.addTab(first === null, {
      name: tab.name,
      yasqe: { value: tab.query },
      requestConfig: { endpoint: config.endpoint }
    });
    if (first === null) first = added;
  });
  if (first) yasgui.selectTabId(first.getId());
  window.yasgui = yasgui;
  // A link with run=1 (the home page's questions, the query lists) runs its query as the page opens; the editor of
  // the selected tab may appear a moment after the tab, so wait for it (up to 5 s).
  if (config.run && first) {
    var tries = 0;
    (function run() {
      var tab = yasgui.getTab();
      if (tab && tab.getYasqe()) tab.query().catch(function () {});
      else if (++tries < 50) setTimeout(run, 100);
    })();
  }
})();
