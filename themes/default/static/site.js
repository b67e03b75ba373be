// Font size, contrast and print controls. Settings persist per browser.
(function () {
  "use strict";
  var root = document.documentElement;
  var store = {
    get: function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode */ } }
  };
  // The display controls, from the labels the theme gives (they would do
  // nothing without this script, so the page does not carry them). A
  // control whose label is left empty is not made: it would have no name.
  var tools = document.querySelector(".tools[data-labels]");
  if (tools && !tools.querySelector("button")) {
    var labels = tools.getAttribute("data-labels").split("|");
    [["data-font", "-1", "A\u2212"], ["data-font", "0", "A"], ["data-font", "1", "A+"], ["data-contrast", ""], ["data-print", ""]]
      .forEach(function (spec, i) {
        if (!labels[i] || !labels[i].trim()) return;
        var b = document.createElement("button");
        b.type = "button";
        b.setAttribute(spec[0], spec[1]);
        if (spec[2]) {
          // A short visible glyph; the label for screen readers and on hover.
          b.title = labels[i];
          var glyph = document.createElement("span");
          glyph.setAttribute("aria-hidden", "true");
          glyph.textContent = spec[2];
          var name = document.createElement("span");
          name.className = "visually-hidden";
          name.textContent = labels[i];
          b.appendChild(glyph);
          b.appendChild(name);
        } else {
          b.textContent = labels[i];
        }
        tools.appendChild(b);
      });
  }
  var steps = [0.875, 1, 1.125, 1.25, 1.5];
  var step = parseInt(store.get("niemyet-font") || "1", 10);
  function applyFont() {
    step = Math.max(0, Math.min(steps.length - 1, step));
    root.style.setProperty("--scale", steps[step]);
    store.set("niemyet-font", String(step));
    // Which size is on: "A" pressed at the default; A−/A+ spent at the ends.
    document.querySelectorAll("[data-font]").forEach(function (b) {
      var d = b.getAttribute("data-font");
      if (d === "0") b.setAttribute("aria-pressed", step === 1 ? "true" : "false");
      else b.setAttribute("aria-disabled", (d === "-1" ? step === 0 : step === steps.length - 1) ? "true" : "false");
    });
  }
  function applyContrast(on) {
    root.classList.toggle("contrast", on);
    store.set("niemyet-contrast", on ? "1" : "0");
    document.querySelectorAll("[data-contrast]").forEach(function (b) { b.setAttribute("aria-pressed", on ? "true" : "false"); });
  }
  applyFont();
  applyContrast(store.get("niemyet-contrast") === "1");
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest("button");
    if (!b) return;
    if (b.hasAttribute("data-font")) {
      var d = parseInt(b.getAttribute("data-font"), 10);
      step = d === 0 ? 1 : step + d;
      applyFont();
    } else if (b.hasAttribute("data-contrast")) {
      applyContrast(!root.classList.contains("contrast"));
    } else if (b.hasAttribute("data-print")) {
      window.print();
    } else if (b.hasAttribute("data-menu")) {
      // Phones: the menu and display controls fold away behind one button.
      var open = b.getAttribute("aria-expanded") !== "true";
      b.setAttribute("aria-expanded", open ? "true" : "false");
      b.closest(".site-header").classList.toggle("menu-open", open);
    }
  });
})();
