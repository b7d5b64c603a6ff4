// grooming-risk console: reveal toggles and keyboard shortcuts. Progressive: every action also works
// without this script (links and forms). No inline handlers (the CSP forbids inline script).
"use strict";
(function () {
  function setRevealed(button, on) {
    var text = document.getElementById(button.getAttribute("aria-controls"));
    if (!text) { return; }
    text.classList.toggle("blurred", !on);
    if (on) { text.removeAttribute("aria-hidden"); } else { text.setAttribute("aria-hidden", "true"); }
    button.setAttribute("aria-expanded", on ? "true" : "false");
    button.firstChild.nodeValue = on ? "Hide" : "Reveal";
  }
  function revealAll(on) {
    document.querySelectorAll("button.reveal").forEach(function (b) { setRevealed(b, on); });
    var all = document.getElementById("reveal-all");
    if (all) {
      all.setAttribute("aria-pressed", on ? "true" : "false");
      all.textContent = on ? "Hide all text" : "Reveal whole case";
    }
  }
  function allRevealed() {
    var all = document.getElementById("reveal-all");
    return all && all.getAttribute("aria-pressed") === "true";
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("button.reveal, #reveal-all") : null;
    if (!target) { return; }
    event.preventDefault();
    if (target.id === "reveal-all") { revealAll(!allRevealed()); return; }
    setRevealed(target, target.getAttribute("aria-expanded") !== "true");
  });
  function messages() { return Array.prototype.slice.call(document.querySelectorAll("li.msg")); }
  function move(step) {
    var list = messages();
    if (!list.length) { return; }
    var at = list.indexOf(document.activeElement && document.activeElement.closest ? document.activeElement.closest("li.msg") : null);
    var next = list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + step))];
    next.focus();
  }
  function click(id) { var el = document.getElementById(id); if (el) { el.click(); } }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "r": if (document.getElementById("reveal-all")) { revealAll(!allRevealed()); } break;
      case "v": {
        var item = document.activeElement && document.activeElement.closest ? document.activeElement.closest("li.msg") : null;
        var button = item && item.querySelector("button.reveal");
        if (button) { setRevealed(button, button.getAttribute("aria-expanded") !== "true"); }
        break;
      }
      case "c": click("verdict-confirmed"); break;
      case "f": click("verdict-fp"); break;
      case "q": click("release"); break;
      default: return;
    }
  });
})();
