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

  // Tails (src/search/tail.rs): the documents after a term's head, as a
  // bitmap ("b…") or LEB128 gaps ("v…"), in base64; impacts one digit each.
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  function bytes(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function decodeSet(code) {
    var b = bytes(code.slice(1)), out = [];
    if (code[0] === "b") {
      for (var i = 0; i < b.length; i++) for (var k = 0; k < 8; k++) if (b[i] & (1 << k)) out.push(i * 8 + k);
    } else {
      var d = -1, n = 0, shift = 0;
      for (var j = 0; j < b.length; j++) {
        n |= (b[j] & 0x7f) << shift;
        if (b[j] & 0x80) { shift += 7; continue; }
        d += n; out.push(d); n = 0; shift = 0;
      }
    }
    return out;
  }
  // The rest of each list in `lists` (term → head) that has a tail.
  function tails(dir, lists) {
    var want = Object.keys(lists).filter(function (t) { var l = lists[t]; return l && l[3] != null; });
    return Promise.all(want.map(function (t) {
      return fetchJson(dir + "/" + lists[t][3] + ".json").then(function (pack) { return [t, pack[t]]; });
    })).then(function (got) {
      var out = {};
      got.forEach(function (g) { if (g[1] != null) out[g[0]] = g[1]; });
      return out;
    });
  }

  // Every document that matches the query: all its syllables (a slipped
  // letter corrected when a syllable is nowhere), ranked by the impacts of
  // its syllables and syllable pairs. Heads come first; the tails of long
  // lists are fetched so the set and its total are complete, and their
  // impacts only when they could change the first page.
  function rank(meta, words) {
    var pairs = [];
    for (var i = 0; i + 1 < words.length; i++) pairs.push(words[i] + " " + words[i + 1]);
    return postings(meta, words.concat(pairs)).then(function (heads) {
      var missing = words.filter(function (w, i) { return !heads[i]; });
      var fix = missing.length ? fetchJson("tu.json").then(function (vocab) {
        var repl = {};
        // One letter is too little to guess from.
        missing.forEach(function (w) { repl[w] = /^[a-z]{3,}$/.test(w) ? near(w, vocab) : []; });
        var alts = [].concat.apply([], missing.map(function (w) { return repl[w]; }));
        return postings(meta, alts).then(function (alt) {
          var byWord = {}, k = 0;
          missing.forEach(function (w) { byWord[w] = repl[w].map(function (t) { return [t, alt[k++]]; }); });
          return byWord;
        });
      }) : Promise.resolve({});
      return fix.then(function (typo) {
        // Sources of each query slot: [term, head, factor]; pairs after words.
        var slots = words.map(function (w, i) {
          if (heads[i]) return [[w, heads[i], 1]];
          return (typo[w] || []).filter(function (x) { return x[1]; }).map(function (x) { return [x[0], x[1], 0.4]; });
        });
        pairs.forEach(function (p, i) { slots.push(heads[words.length + i] ? [[p, heads[words.length + i], 1]] : []); });
        var lists = {};
        slots.forEach(function (s) { s.forEach(function (x) { lists[x[0]] = x[1]; }); });
        return tails("r", lists).then(function (sets) {
          return { slots: slots, lists: lists, sets: sets, corrected: missing.length > 0 };
        });
      });
    }).then(function (q) {
      var nWords = words.length;
      // doc → slots matched; pairs found in its name (known, and possible
      // from tails); known score and its upper bound; tail terms holding it.
      var info = {};
      function doc(d) { return info[d] || (info[d] = { cover: 0, name: 0, nameHi: 0, lo: 0, hi: 0, tails: [], seen: {} }); }
      q.slots.forEach(function (sources, slot) {
        var pair = slot >= nWords;
        sources.forEach(function (src) {
          var term = src[0], head = src[1], factor = src[2];
          // A pair's impacts carry its name flag in the lowest bit.
          var value = function (imp) { return pair ? imp >> 1 : imp; };
          var cutoff = head[2].length ? value(head[2][head[2].length - 1]) : 0;
          function mark(d, imp) {
            var x = doc(d);
            var first = !x.seen[slot];
            x.seen[slot] = 1;
            if (first && !pair) x.cover++;
            if (imp == null) {
              x.hi += cutoff * factor;
              x.tails.push([term, factor, pair]);
              if (first && pair) x.nameHi++;
              return;
            }
            x.lo += value(imp) * factor;
            x.hi += value(imp) * factor;
            if (first && pair && imp & 1) x.name++;
          }
          for (var j = 0; j < head[1].length; j++) mark(head[1][j], head[2][j]);
          if (q.sets[term]) decodeSet(q.sets[term]).forEach(function (d) { mark(d, null); });
        });
      });
      var ids = Object.keys(info).map(Number);
      var best = 0;
      ids.forEach(function (d) { if (info[d].cover > best) best = info[d].cover; });
      ids = ids.filter(function (d) { return info[d].cover === best; });
      // The query's syllables running together in a name first, then the
      // impacts (pairs carry their own: a run scores above scattered).
      function order(a, b) {
        var x = info[a], y = info[b];
        return y.name - x.name || y.lo - x.lo || a - b;
      }
      ids.sort(order);
      // Could a tail document's impacts change the first page?
      var last = info[ids[Math.min(PAGE, ids.length) - 1]];
      var need = {};
      ids.forEach(function (d, i) {
        var x = info[d];
        if (!x.tails.length) return;
        var up = x.name + x.nameHi;
        if (i < PAGE || up > last.name || (up === last.name && x.hi > last.lo)) {
          x.tails.forEach(function (t) { need[t[0]] = q.lists[t[0]]; });
        }
      });
      var result = function () {
        return { ids: ids, total: ids.length, partial: best < nWords, best: best, corrected: q.corrected };
      };
      if (!Object.keys(need).length) return result();
      return tails("i", need).then(function (imps) {
        Object.keys(imps).forEach(function (term) {
          var members = decodeSet(q.sets[term]), code = imps[term];
          members.forEach(function (d, k) {
            var x = info[d];
            if (!x) return;
            var digit = DIGITS.indexOf(code[k]);
            x.tails.forEach(function (t) {
              if (t[0] !== term) return;
              if (t[2]) {
                x.lo += Math.pow(2, (digit >> 1) / 2) * t[1];
                if (digit & 1) x.name++;
              } else x.lo += Math.pow(2, digit / 4) * t[1];
            });
          });
        });
        ids.sort(order);
        return result();
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
      var all = state.next >= state.ids.length;
      var n = filtered ? pool.length : state.total;
      // Filters read each result's metadata: until all is loaded, the
      // count is a lower bound and says so.
      var lead = filtered && !all && n > count ? "Có hơn " + count.toLocaleString("vi-VN") : "Có " + n.toLocaleString("vi-VN");
      var text = !n ? "Không có kết quả cho “" + state.query + "”."
        : state.partial ? lead + " kết quả chứa " + state.best + "/" + state.words.length + " từ của “" + state.query + "” (không có kết quả chứa đủ các từ)."
        : lead + " kết quả cho “" + state.query + "”" + (filtered ? " (trong " + state.total.toLocaleString("vi-VN") + " kết quả, theo bộ lọc)." : ".");
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
        state = { meta: meta, query: query, words: words, ids: r.ids, total: r.total, partial: r.partial, best: r.best,
          next: 0, loaded: [], corrected: r.corrected, exact: fold(lower) === lower ? "" : lower };
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
  // and of whole queries: every result of `q` in order, with the total.
  window.niemyetSearch = { fold: fold, unify: unify, syllables: syllables, shardOf: shardOf,
    search: function (q) {
      return fetchJson("meta.json").then(function (meta) {
        return rank(meta, syllables(q)).then(function (r) {
          return docs(meta, r.ids).then(function (ds) {
            return { total: r.total, partial: r.partial, titles: ds.map(function (d) { return d.t; }), urls: ds.map(function (d) { return d.u; }) };
          });
        });
      });
    } };
})();
