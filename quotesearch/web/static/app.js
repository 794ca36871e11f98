// Small enhancements; every page works without them.
(function () {
  "use strict";
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
