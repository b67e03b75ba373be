// Search client for /tim-kiem/: plain JavaScript, no framework.
// Folding matches the builder's (DESIGN §5): NFD, no combining marks,
// đ→d, lowercase — so "thu tuc cap giay khai sinh" finds "Thủ tục cấp giấy khai sinh".
(function () {
  "use strict";
  var form = document.querySelector("form[role=search]");
  var input = document.getElementById("q");
  var list = document.getElementById("ket-qua");
  var status = document.getElementById("trang-thai");
  if (!form || !input || !list) return;
  var docs = null;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function tokens(s) {
    return fold(s).split(/[^0-9a-z.]+/).filter(Boolean);
  }
  function hasWord(text, word) {
    var i = text.indexOf(word);
    while (i >= 0) {
      if (i === 0 || /[^0-9a-z]/.test(text[i - 1])) return true;
      i = text.indexOf(word, i + 1);
    }
    return false;
  }
  function score(doc, words, phrase, exact) {
    var s = 0;
    for (var i = 0; i < words.length; i++) {
      if (hasWord(doc.ft, words[i])) s += 3;
      else if (hasWord(doc.fb, words[i])) s += 1;
      else return 0;
    }
    if (doc.ft.indexOf(phrase) >= 0) s += 5;
    // Typed with diacritics: the exact spelling ranks first.
    if (exact && doc.t.toLowerCase().indexOf(exact) >= 0) s += 4;
    if (doc.k === "thu-tuc") s += 0.5;
    return s;
  }
  function kind() {
    var r = form.querySelector("input[name=loai]:checked");
    return r ? r.value : "";
  }
  function render(query) {
    list.textContent = "";
    var words = tokens(query);
    if (!words.length) { status.textContent = ""; return; }
    var phrase = words.join(" ");
    var exact = query.normalize("NFC").toLowerCase().trim();
    if (fold(exact) === exact) exact = "";
    var k = kind();
    var hits = [];
    docs.forEach(function (d) {
      if (k && d.k !== k) return;
      var s = score(d, words, phrase, exact);
      if (s > 0) hits.push([s, d]);
    });
    hits.sort(function (a, b) { return b[0] - a[0] || a[1].t.localeCompare(b[1].t, "vi"); });
    status.textContent = "Có " + hits.length.toLocaleString("vi-VN") + " kết quả cho “" + query + "”.";
    hits.slice(0, 50).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = h[1].u;
      a.textContent = h[1].t;
      var p = document.createElement("p");
      p.className = "meta";
      p.textContent = (h[1].k === "thu-tuc" ? "Thủ tục hành chính · " : "Tin tức · ") + h[1].x;
      li.appendChild(a);
      li.appendChild(p);
      list.appendChild(li);
    });
  }
  function run() {
    var q = input.value;
    var url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    if (kind()) url.searchParams.set("loai", kind()); else url.searchParams.delete("loai");
    history.replaceState(null, "", url);
    if (docs) { render(q); return; }
    status.textContent = "Đang tải chỉ mục tìm kiếm…";
    fetch(list.getAttribute("data-index"))
      .then(function (r) { return r.json(); })
      .then(function (idx) { docs = idx.docs; render(input.value); })
      .catch(function () { status.textContent = "Không tải được chỉ mục tìm kiếm. Vui lòng thử lại."; });
  }
  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  var wanted = form.querySelector("input[name=loai][value='" + (params.get("loai") || "") + "']");
  if (wanted) wanted.checked = true;
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
  form.addEventListener("change", function (ev) { if (ev.target.name === "loai" && input.value) run(); });
  var timer = null;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
  if (input.value) run();
})();
