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

  // The coach, live: debounced, analysed on the server, shown under the field.
  // It only advises: nothing here can stop a form from being sent.
  function coach(form) {
    var url = form.getAttribute("data-coach-url") || form.closest("[data-coach-url]") && form.closest("[data-coach-url]").getAttribute("data-coach-url");
    var field = form.querySelector("textarea");
    var output = form.querySelector("[data-coach-output]");
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (!url || !field || !token) { return; }
    if (!output) {
      output = document.createElement("div");
      output.setAttribute("data-coach-output", "");
      output.setAttribute("aria-live", "polite");
      field.parentNode.appendChild(output);
    }
    var timer = null, last = null;
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = field.value;
        if (text === last) { return; }
        last = text;
        var body = new URLSearchParams();
        body.set("text", text);
        fetch(url, { method: "POST", body: body, credentials: "same-origin",
                     headers: { "X-CSRFToken": token.value } })
          .then(function (r) { return r.ok ? r.text() : ""; })
          .then(function (html) {
            if (html && field.value === text) {
              var holder = document.createElement("div");
              holder.innerHTML = html;
              var fresh = holder.querySelector("[data-coach-output]");
              if (fresh) { output.innerHTML = fresh.innerHTML; }
            }
          })
          .catch(function () { /* advice is optional; say nothing */ });
      }, 600);
    });
  }
  var coachUrl = document.body.getAttribute("data-coach-url");
  Array.prototype.forEach.call(document.querySelectorAll("form[data-coach]"), function (form) {
    if (!form.getAttribute("data-coach-url") && coachUrl) { form.setAttribute("data-coach-url", coachUrl); }
    coach(form);
  });
})();
