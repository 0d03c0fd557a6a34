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

  // Copy a link made to be sent (the invitation): the field is there to select without this.
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector("[data-copy-status]");
    if (!field) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      function said(text) { if (status) { status.textContent = text; } }
      function byHand() {
        field.focus();
        field.select();
        var copied = false;
        try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
        said(copied ? "Copied." : "Selected: copy it with your device's Copy.");
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { said("Copied."); }, byHand);
      } else {
        byHand();
      }
    });
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
  // Limits on what people write: counted as they type, and said plainly before saving when
  // the words do not fit. Nothing is ever cut (fields carry no maxlength); the server
  // refuses a text that is too long and gives every word back.
  // Counted as the server counts: new lines as one character, spaces at either end left out.
  function characters(text) { return Array.from(text.replace(/\r\n/g, "\n").trim()).length; }
  function number(n) { return n.toLocaleString("en"); }
  Array.prototype.forEach.call(
    document.querySelectorAll("textarea[data-limit], input[data-limit]"),
    function (field) {
      var limit = parseInt(field.getAttribute("data-limit"), 10);
      if (!limit) { return; }
      var id = field.id || "";
      var counter = id ? document.querySelector('[data-limit-for="' + id + '"]') : null;
      if (!counter) {
        counter = document.createElement("p");
        counter.className = "help limit" + (field.tagName === "TEXTAREA" ? "" : " limit-quiet");
        if (id) { counter.id = id + "-limit"; }
        field.insertAdjacentElement("afterend", counter);
      }
      var warning = document.createElement("p");
      warning.className = "limit-over field-error";
      warning.setAttribute("role", "status");
      counter.insertAdjacentElement("afterend", warning);
      if (counter.id) {
        var described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        if (described.indexOf(counter.id) < 0) { described.push(counter.id); }
        field.setAttribute("aria-describedby", described.join(" "));
      }
      var quiet = counter.classList.contains("limit-quiet");
      function update() {
        var used = characters(field.value);
        var over = used - limit;
        counter.textContent = number(used) + " of " + number(limit) + " characters.";
        counter.hidden = quiet && used < limit * 0.8 && over <= 0;
        counter.classList.toggle("is-over", over > 0);
        field.classList.toggle("is-over", over > 0);
        var say = over > 0
          ? "This is " + number(used) + " characters: " + number(over) + " more than fit here. " +
            "Please shorten it before saving. Nothing will be cut."
          : "";
        if (warning.textContent !== say) { warning.textContent = say; }
      }
      field.addEventListener("input", update);
      update();
    }
  );
})();
