// Small enhancements; every page works without them.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // The filters drawer on narrow screens: a button above the results opens it.
  var drawer = document.getElementById("filters");
  var opener = document.querySelector("button.drawer-open");
  if (drawer && opener) {
    var closer = drawer.querySelector("button.drawer-close");
    var setOpen = function (open) {
      drawer.classList.toggle("open", open);
      opener.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) { drawer.focus(); } else { opener.focus(); }
    };
    opener.hidden = false;
    if (closer) { closer.hidden = false; closer.addEventListener("click", function () { setOpen(false); }); }
    opener.addEventListener("click", function () { setOpen(!drawer.classList.contains("open")); });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && drawer.classList.contains("open")) { setOpen(false); }
    });
  }
  // Copy buttons next to citations.
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = document.getElementById(button.dataset.copy).textContent.trim();
      var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
      } else { fallback(text); done(); }
    });
  });
  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }
  // Speaker autocomplete on the search box: "speaker:" suggestions from /api/suggest.
  var box = document.querySelector("input[data-suggest]");
  var list = document.getElementById("speaker-suggestions");
  if (box && list) {
    var timer = null;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      var words = box.value.split(/\s+/), last = words[words.length - 1] || "";
      var prefix = last.replace(/^speaker:"?/i, "");
      if (prefix.length < 2) { list.innerHTML = ""; return; }
      timer = setTimeout(function () {
        fetch(box.dataset.suggest + "?q=" + encodeURIComponent(prefix))
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (speakers) {
            list.innerHTML = "";
            speakers.forEach(function (s) {
              var option = document.createElement("option");
              words[words.length - 1] = 'speaker:"' + s.name + '"';
              option.value = words.join(" ");
              option.label = s.name + (s.alias ? " (" + s.alias + ")" : "") + " · " + s.quotes;
              list.appendChild(option);
            });
          })
          .catch(function () { list.innerHTML = ""; });
      }, 150);
    });
  }
})();
