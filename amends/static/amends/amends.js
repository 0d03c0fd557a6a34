// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var exitLink = document.getElementById("quick-exit");
  function leave() {
    var target = exitLink ? exitLink.getAttribute("data-exit-url") : "about:blank";
    var beacon = exitLink ? exitLink.getAttribute("data-beacon-url") : null;
    try { if (beacon && navigator.sendBeacon) { navigator.sendBeacon(beacon); } } catch (e) { /* leave anyway */ }
    document.title = "New tab";
    document.body.innerHTML = "";
    // replace() so this page is not left in the back-button history.
    window.location.replace(target);
  }
  if (exitLink) {
    exitLink.addEventListener("click", function (event) { event.preventDefault(); leave(); });
  }
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1500) { leave(); }
    lastEscape = now;
  });
})();
