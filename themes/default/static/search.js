// Search client for /tim-kiem/: plain JavaScript, no framework.
// Folding matches the builder's (src/search/tokenize.rs): NFD, no combining
// marks, đ→d, lowercase; syllables and syllable pairs; FNV-1a shards.
// A query downloads meta.json, the shards of its terms and the metadata
// fragments of the results it shows — nothing else.
(function () {
  "use strict";
  var form = document.getElementById("tim-kiem");
  var input = document.getElementById("q");
  var list = document.getElementById("ket-qua");
  var status = document.getElementById("trang-thai");
  var more = document.getElementById("xem-them");
  if (!form || !input || !list) return;
  var base = list.getAttribute("data-index");
  var cache = {};
  var PAGE = 10;

  function fetchJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    }
    return cache[path];
  }

  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  // hòa → hoà, khỏe → khoẻ, thúy → thuý (as src/text/tones.rs).
  function unifyWord(w) {
    var d = w.normalize("NFD");
    var m = /^(.*?)([oOuU])([\u0300-\u036f]*)([aAeEyY])([\u0300-\u036f]*)$/.exec(d);
    if (!m) return w;
    var pair = (m[2] + m[4]).toLowerCase();
    if (pair !== "oa" && pair !== "oe" && pair !== "uy") return w;
    if (pair === "uy" && /[qQ]$/.test(m[1])) return w;
    var tone = (m[3].match(TONES) || [])[0];
    if (!tone) return w;
    return (m[1] + m[2] + m[3].replace(tone, "") + m[4] + m[5] + tone).normalize("NFC");
  }
  function unify(s) { return s.split(" ").map(unifyWord).join(" "); }
  function syllables(s) {
    var f = fold(s), out = [], cur = "";
    for (var i = 0; i < f.length; i++) {
      var c = f[i];
      var dot = c === "." && cur && /[0-9]/.test(f[i - 1] || "") && /[0-9a-z]/.test(f[i + 1] || "");
      if (/[\p{L}\p{N}]/u.test(c) || dot) cur += c;
      else if (cur) { out.push(cur); cur = ""; }
    }
    if (cur) out.push(cur);
    return out;
  }
  function shardOf(term, shards) {
    var bytes = new TextEncoder().encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h % shards;
  }
  // Words at one edit (delete, insert, replace, swap) from a typed syllable.
  function near(word, vocab) {
    return vocab.filter(function (v) {
      if (v === word || Math.abs(v.length - word.length) > 1) return false;
      var i = 0; while (i < v.length && v[i] === word[i]) i++;
      if (v.length === word.length) {
        if (v.slice(i + 1) === word.slice(i + 1)) return true;
        return v[i] === word[i + 1] && v[i + 1] === word[i] && v.slice(i + 2) === word.slice(i + 2);
      }
      return v.length > word.length ? v.slice(i + 1) === word.slice(i) : v.slice(i) === word.slice(i + 1);
    }).slice(0, 3);
  }

  function postings(meta, terms) {
    return Promise.all(terms.map(function (t) {
      return fetchJson("t/" + shardOf(t, meta.shards) + ".json").then(function (shard) { return shard[t] || null; }, function () { return null; });
    }));
  }

  // Ranks documents: more query syllables matched first, then the summed impacts.
  function rank(meta, words) {
    var pairs = [];
    for (var i = 0; i + 1 < words.length; i++) pairs.push(words[i] + " " + words[i + 1]);
    return postings(meta, words.concat(pairs)).then(function (lists) {
      var missing = words.filter(function (w, i) { return !lists[i]; });
      var fix = missing.length ? fetchJson("tu.json").then(function (vocab) {
        var repl = {};
        missing.forEach(function (w) { repl[w] = /^[a-z]+$/.test(w) ? near(w, vocab) : []; });
        var alts = [].concat.apply([], missing.map(function (w) { return repl[w]; }));
        return postings(meta, alts).then(function (alt) {
          var byWord = {};
          var k = 0;
          missing.forEach(function (w) { byWord[w] = repl[w].map(function () { return alt[k++]; }); });
          return byWord;
        });
      }) : Promise.resolve({});
      return fix.then(function (typo) {
        var score = {}, cover = {};
        function add(list, slot, factor) {
          if (!list) return;
          for (var j = 0; j < list[1].length; j++) {
            var d = list[1][j];
            score[d] = (score[d] || 0) + list[2][j] * factor;
            if (slot >= 0) { cover[d] = cover[d] || {}; cover[d][slot] = 1; }
          }
        }
        words.forEach(function (w, i) {
          if (lists[i]) add(lists[i], i, 1);
          // A corrected typo counts, below exact hits.
          else (typo[w] || []).forEach(function (l) { add(l, i, 0.4); });
        });
        pairs.forEach(function (p, i) { add(lists[words.length + i], -1, 1); });
        var truncated = lists.some(function (l) { return l && l[0] > l[1].length; });
        var ids = Object.keys(score).map(Number);
        ids.sort(function (a, b) {
          var ca = Object.keys(cover[a] || {}).length, cb = Object.keys(cover[b] || {}).length;
          return cb - ca || score[b] - score[a] || a - b;
        });
        var full = ids.filter(function (d) { return Object.keys(cover[d] || {}).length === words.length; });
        return { ids: full.length ? full : ids, truncated: truncated, corrected: missing.length > 0 };
      });
    });
  }

  function docs(meta, ids) {
    var frags = {};
    ids.forEach(function (d) { frags[Math.floor(d / meta.fragment)] = 1; });
    return Promise.all(Object.keys(frags).map(function (f) {
      return fetchJson("d/" + f + ".json").then(function (arr) { return [Number(f), arr]; });
    })).then(function (got) {
      var byFrag = {};
      got.forEach(function (g) { byFrag[g[0]] = g[1]; });
      return ids.map(function (d) { return byFrag[Math.floor(d / meta.fragment)][d % meta.fragment]; });
    });
  }

  function filters() {
    var v = function (name) { var el = form.elements[name]; return el ? el.value : ""; };
    return { k: v("loai"), f: v("linh_vuc"), a: v("co_quan"), l: v("cap"), o: v("truc_tuyen"), from: v("tu_ngay"), to: v("den_ngay") };
  }
  function passes(doc, f) {
    if (f.k && doc.k !== f.k) return false;
    if ((f.f || f.a || f.l || f.o) && doc.k !== "thu-tuc") return false;
    if (f.f && doc.f !== f.f) return false;
    if (f.a && doc.a !== f.a) return false;
    if (f.l && (doc.l || []).indexOf(f.l) < 0) return false;
    if (f.o && doc.o !== f.o) return false;
    if ((f.from || f.to) && doc.k !== "tin-tuc") return false;
    if (f.from && doc.d < f.from) return false;
    if (f.to && doc.d > f.to) return false;
    return true;
  }

  // Marks the query's syllables in a text, without innerHTML.
  function highlighted(text, words) {
    var frag = document.createDocumentFragment();
    var parts = text.split(/(\s+)/);
    parts.forEach(function (p) {
      var w = fold(p).replace(/[^\p{L}\p{N}.]/gu, "");
      if (w && words.indexOf(w) >= 0) {
        var m = document.createElement("mark");
        m.textContent = p;
        frag.appendChild(m);
      } else frag.appendChild(document.createTextNode(p));
    });
    return frag;
  }

  var state = null;
  var seq = 0;

  // Loads metadata fragments in ranked order until `count` results pass the
  // filters (or the candidates run out): an unfiltered first page fetches
  // only the fragments of its own ten results.
  function fill(count, mine) {
    var f = filters();
    var pass = state.loaded.filter(function (d) { return passes(d, f); });
    if (pass.length >= count || state.next >= state.ids.length) return Promise.resolve(pass);
    var take = state.ids.slice(state.next, state.next + Math.max(count - pass.length, PAGE) + 2);
    state.next += take.length;
    return docs(state.meta, take).then(function (ds) {
      if (mine !== seq) return [];
      state.loaded = state.loaded.concat(ds.filter(Boolean));
      return fill(count, mine);
    });
  }

  function show(count) {
    var mine = seq;
    // One more than shown tells whether "Xem thêm" has anything to add.
    return fill(count + 1, mine).then(function (pool) {
      if (mine !== seq) return;
      // Tiers, stable within each: the title is the query; (typed with
      // diacritics) the title has the exact spelling; the rest by score.
      var folded = state.words.join(" ");
      var exact = state.exact;
      pool = pool.map(function (d, i) {
        var tier = syllables(d.t).join(" ") === folded ? 0 : exact && d.e.indexOf(exact) >= 0 ? 1 : 2;
        return [tier, i, d];
      }).sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; }).map(function (x) { return x[2]; });
      list.textContent = "";
      pool.slice(0, count).forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = d.u;
        a.appendChild(highlighted(d.t, state.words));
        var p = document.createElement("p");
        p.className = "meta";
        p.appendChild(document.createTextNode(d.k === "thu-tuc" ? "Thủ tục hành chính · " : "Tin tức · " + d.d.split("-").reverse().join("/") + " · "));
        p.appendChild(highlighted(d.x, state.words));
        li.appendChild(a);
        li.appendChild(p);
        list.appendChild(li);
      });
      var filtered = Object.keys(filters()).some(function (k) { return filters()[k]; });
      var n = filtered ? pool.length : state.ids.length;
      var text = n ? "Có " + n.toLocaleString("vi-VN") + (state.truncated ? " kết quả phù hợp nhất" : " kết quả") + " cho “" + state.query + "”." : "Không có kết quả cho “" + state.query + "”.";
      if (state.corrected && n) text += " Đã tính cả các từ gần đúng với từ gõ sai.";
      status.textContent = text;
      more.hidden = pool.length <= count;
      state.count = count;
    });
  }

  function run(push) {
    var query = input.value.trim();
    var url = new URL(window.location.href);
    ["q", "loai", "linh_vuc", "co_quan", "cap", "truc_tuyen", "tu_ngay", "den_ngay"].forEach(function (k) {
      var v = k === "q" ? query : (form.elements[k] ? form.elements[k].value : "");
      if (v) url.searchParams.set(k, v); else url.searchParams.delete(k);
    });
    history[push ? "pushState" : "replaceState"](null, "", url);
    var words = syllables(query);
    if (!words.length) { list.textContent = ""; status.textContent = ""; more.hidden = true; return; }
    var mine = ++seq;
    status.textContent = "Đang tìm…";
    fetchJson("meta.json").then(function (meta) {
      return rank(meta, words).then(function (r) {
        if (mine !== seq) return;
        var lower = unify(query.normalize("NFC").toLowerCase());
        state = { meta: meta, query: query, words: words, ids: r.ids, next: 0, loaded: [], truncated: r.truncated,
          corrected: r.corrected, exact: fold(lower) === lower ? "" : lower };
        return show(PAGE);
      });
    }).catch(function () {
      if (mine === seq) status.textContent = "Không tải được chỉ mục tìm kiếm. Vui lòng thử lại.";
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  ["loai", "linh_vuc", "co_quan", "cap", "truc_tuyen", "tu_ngay", "den_ngay"].forEach(function (k) {
    if (form.elements[k] && params.get(k)) form.elements[k].value = params.get(k);
  });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(true); });
  // Fetched shards and fragments stay cached: changing a filter re-ranks
  // without downloading them again.
  form.addEventListener("change", function (ev) { if (ev.target !== input && state) run(false); });
  var timer = null;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { run(false); }, 200); });
  more.addEventListener("click", function () { if (state) show(state.count + PAGE); });
  // Arrow keys move between the box and the results.
  form.parentNode.addEventListener("keydown", function (ev) {
    if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
    if (document.activeElement !== input && !list.contains(document.activeElement)) return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    if (!links.length) return;
    var i = links.indexOf(document.activeElement);
    if (ev.key === "ArrowDown") (links[i + 1] || links[0]).focus();
    else if (i <= 0) input.focus(); else links[i - 1].focus();
    ev.preventDefault();
  });
  if (input.value) run(false);
  // Exposed for tests of the folding rules.
  window.niemyetSearch = { fold: fold, unify: unify, syllables: syllables, shardOf: shardOf };
})();
