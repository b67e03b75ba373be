// niemyet serve: reload on rebuild, show build errors over the page.
(function () {
  "use strict";
  var overlay = null;
  function show(text) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "niemyet-loi";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,0,0,.92);color:#fff;padding:2rem;font:14px/1.5 ui-monospace,Consolas,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "Lỗi khi xây dựng trang (trang đang hiển thị là bản tốt gần nhất):\n\n" + text;
  }
  var boot = document.getElementById("niemyet-loi-ban-dau");
  if (boot) show(boot.textContent);
  var es = new EventSource("/__niemyet/events");
  es.addEventListener("reload", function () { window.location.reload(); });
  es.addEventListener("error-report", function (ev) { show(JSON.parse(ev.data)); });
})();
