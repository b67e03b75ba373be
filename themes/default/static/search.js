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
  var TOP = 5;

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
  // hòa → hoà, khỏe → khoẻ, thúy → thuý: the two tone placements of
  // "oa", "oe", "uy" (not "qu") read as one, for exact-diacritic ranking.
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

  // Tails (src/search/tail.rs): after a term's head, tier 2 (documents
  // with quantised impacts) and tier 3 (a set: bitmap "b…" or gaps "v…").
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  function bytes(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  function gapsOf(b64) {
    var b = bytes(b64), out = [], d = -1, n = 0, shift = 0;
    for (var j = 0; j < b.length; j++) {
      n |= (b[j] & 0x7f) << shift;
      if (b[j] & 0x80) { shift += 7; continue; }
      d += n; out.push(d); n = 0; shift = 0;
    }
    return out;
  }
  function setOf(code) {
    if (!code) return [];
    if (code[0] === "v") return gapsOf(code.slice(1));
    var b = bytes(code.slice(1)), out = [];
    for (var i = 0; i < b.length; i++) if (b[i]) for (var k = 0; k < 8; k++) if (b[i] & (1 << k)) out.push(i * 8 + k);
    return out;
  }
  // The tails of `terms` (term → head with a pack), fetched pack by pack.
  function tails(lists) {
    var want = Object.keys(lists).filter(function (t) { return lists[t] && lists[t][3] != null; });
    return Promise.all(want.map(function (t) {
      return fetchJson("r/" + lists[t][3] + ".json").then(function (pack) { return [t, pack[t]]; });
    })).then(function (got) {
      var out = {};
      got.forEach(function (g) { if (g[1]) out[g[0]] = g[1]; });
      return out;
    });
  }
  function truncated(head) { return head && head[3] != null; }

  // The heads of the query's syllables and syllable pairs, with a slipped
  // letter corrected where a syllable is nowhere.
  function prepare(meta, words) {
    var pairs = [];
    for (var i = 0; i + 1 < words.length; i++) pairs.push(words[i] + " " + words[i + 1]);
    return postings(meta, words.concat(pairs)).then(function (heads) {
      var missing = words.filter(function (w, i) { return !heads[i]; });
      var fix = missing.length ? fetchJson("tu.json").then(function (vocab) {
        var repl = {};
        // One or two letters are too little to guess from.
        missing.forEach(function (w) { repl[w] = /^[a-z]{3,}$/.test(w) ? near(w, vocab) : []; });
        var alts = [].concat.apply([], missing.map(function (w) { return repl[w]; }));
        return postings(meta, alts).then(function (alt) {
          var byWord = {}, k = 0;
          missing.forEach(function (w) { byWord[w] = repl[w].map(function (t) { return [t, alt[k++]]; }); });
          return byWord;
        });
      }) : Promise.resolve({});
      return fix.then(function (typo) {
        // Sources of each slot: [term, head, factor]; pair slots after words.
        var slots = words.map(function (w, i) {
          if (heads[i]) return [[w, heads[i], 1]];
          return (typo[w] || []).filter(function (x) { return x[1]; }).map(function (x) { return [x[0], x[1], 0.4]; });
        });
        pairs.forEach(function (p, i) { slots.push(heads[words.length + i] ? [[p, heads[words.length + i], 1]] : []); });
        var lists = {};
        slots.forEach(function (s) { s.forEach(function (x) { lists[x[0]] = x[1]; }); });
        return { meta: meta, words: words, slots: slots, lists: lists, corrected: missing.length > 0, tails: null };
      });
    });
  }

  // Bytes the tails of the query would cost, roughly: a bitmap or gaps
  // for the set, a few bytes per tier-2 document.
  function tailCost(q, lists) {
    var n = q.meta.docs, head = q.meta.head, cost = 0;
    Object.keys(lists).forEach(function (t) {
      var l = lists[t];
      if (!truncated(l)) return;
      var rest = l[0] - l[1].length;
      cost += Math.min(n / 6, rest * 2) + Math.min(rest, 4 * head) * 2;
    });
    return cost;
  }

  // Ranks what `q` knows: with its tails, every match in order and the
  // true total; without them (heads only), the first page when the heads
  // decide it, else `decided: false`. Order: pairs of the query found in
  // the name (its syllables running together there), then the impacts.
  function score(q) {
    var n = q.meta.docs, nWords = q.words.length, slots = q.slots;
    var cover = new Uint8Array(n), name = new Uint8Array(n), nameHi = new Uint8Array(n);
    var lo = new Float64Array(n), hi = new Float64Array(n), seen = new Uint32Array(n);
    var touched = [];
    var open = 0, openPairs = 0, openScore = 0, unknown = [];
    slots.forEach(function (sources, slot) {
      var pair = slot >= nWords, bit = 1 << slot;
      sources.forEach(function (src) {
        var term = src[0], head = src[1], factor = src[2];
        var value = function (imp) { return pair ? imp >> 1 : imp; };
        // The most a document outside the head scores for this term; for a
        // pair, whether one may still hold it in its name (the list puts
        // names first: not when the head ends outside them).
        var cutoff = truncated(head) ? head[4] : 0;
        var nameOpen = pair && truncated(head) && head[2][head[2].length - 1] & 1;
        function mark(d, impact, inName, bound) {
          if (!seen[d]) touched.push(d);
          var first = !(seen[d] & bit);
          seen[d] |= bit;
          if (first && !pair) cover[d]++;
          if (first && pair && inName) name[d]++;
          lo[d] += impact * factor;
          hi[d] += (impact + bound) * factor;
        }
        for (var j = 0; j < head[1].length; j++) mark(head[1][j], value(head[2][j]), pair && head[2][j] & 1, 0);
        if (!truncated(head)) return;
        var tail = q.tails && q.tails[term];
        if (!tail) {
          // Heads only: any document outside this head may hold the term.
          if (!pair) open++;
          if (nameOpen) openPairs++;
          openScore += cutoff * factor;
          unknown.push([bit, cutoff * factor, nameOpen]);
          return;
        }
        // Tier-2 impacts are rounded down; a tier-3 document scores at
        // most the smallest of them rounded up (and never above the cutoff).
        var docs2 = gapsOf(tail[0]), digits = tail[1], least = cutoff;
        for (var i = 0; i < docs2.length; i++) {
          var digit = DIGITS.indexOf(digits[i]);
          var imp = pair ? Math.pow(2, (digit >> 1) / 2) : Math.pow(2, digit / 4);
          var up = pair ? Math.pow(2, ((digit >> 1) + 1) / 2) : Math.pow(2, (digit + 1) / 4);
          if (up < least) least = up;
          mark(docs2[i], imp, pair && digit & 1, 0);
        }
        setOf(tail[2]).forEach(function (d) { mark(d, 0, pair, least); });
        if (pair) {
          // Beyond tier 2, a pair's tail lists only the names holding it:
          // any other document may hold it elsewhere, scoring at most `least`.
          openScore += least * factor;
          unknown.push([bit, least * factor, false]);
        }
      });
    });
    // A document holding the pair "a b" holds "a" and "b": with heads only,
    // that makes many more matches certain.
    var implied = new Uint32Array(n);
    for (var p = nWords; p < slots.length; p++) {
      var pbit = 1 << p, w1 = 1 << (p - nWords), w2 = w1 << 1;
      for (var t = 0; t < touched.length; t++) {
        var dd = touched[t];
        if (!(seen[dd] & pbit)) continue;
        [w1, w2].forEach(function (w) {
          if (!((seen[dd] | implied[dd]) & w)) { implied[dd] |= w; cover[dd]++; }
        });
      }
    }
    // Heads only: a document outside a long head may still hold the term.
    unknown.forEach(function (u) {
      for (var k = 0; k < touched.length; k++) {
        var d = touched[k];
        if (!(seen[d] & u[0])) { hi[d] += u[1]; if (u[2]) nameHi[d]++; }
      }
    });
    function order(a, b) { return name[b] - name[a] || lo[b] - lo[a] || a - b; }
    // With every word's tail (or no long list) the matches are all known:
    // the documents holding the most of the query's words. With heads only,
    // the certain matches are those seen holding every word.
    var counted = open === 0, best = nWords;
    if (counted) {
      best = 0;
      touched.forEach(function (d) { if (cover[d] > best) best = cover[d]; });
    }
    var ids = touched.filter(function (d) { return cover[d] === best; }).sort(order);
    var result = { ids: ids, total: ids.length, exact: counted, decided: true, partial: best < nWords, best: best, corrected: q.corrected };
    // The top is decided when no other document could rank among it, nor
    // one of its documents above another, whatever the unknown parts of
    // the lists hold. With heads only, the top five (what a reader takes
    // in at a glance) must be decided; the rest of the page may still move
    // when the tails arrive.
    var top = counted ? PAGE : TOP;
    if (!counted && ids.length < top) { result.decided = false; return result; }
    var page = ids.slice(0, top), inPage = {};
    page.forEach(function (d) { inPage[d] = 1; });
    var floor = page[page.length - 1];
    var beats = function (nm, sc, d) { return nm > name[d] || (nm === name[d] && sc > lo[d]); };
    var undecided = !counted && beats(openPairs, openScore, floor);
    for (var i = 0; i < touched.length && !undecided && page.length === top; i++) {
      var d = touched[i];
      if (!inPage[d] && (counted ? cover[d] === best : true) && beats(name[d] + nameHi[d], hi[d], floor)) undecided = true;
    }
    for (var j = 0; j + 1 < page.length && !undecided; j++) {
      var a = page[j], b = page[j + 1];
      if (beats(name[b] + nameHi[b], hi[b], a)) undecided = true;
    }
    result.decided = !undecided;
    if (!counted) {
      // An estimate of the total, said to be one: the certain matches at
      // least, at most the rarest word's documents.
      var rarest = Infinity, product = n;
      q.slots.slice(0, nWords).forEach(function (sources) {
        var df = sources.reduce(function (m, s) { return Math.max(m, s[1][0]); }, 0);
        rarest = Math.min(rarest, df);
        product *= df / n;
      });
      result.total = Math.max(ids.length, Math.min(rarest, Math.round(product)));
    }
    return result;
  }

  // The query's results. The words' tails make the set and its total
  // exact; the pairs' tails only the order below the first page, so they
  // are fetched when the first page depends on them. When the words'
  // tails are costly and the heads decide the first page, that page is
  // shown first with an estimated total, and `later` completes it.
  function rank(meta, words, complete) {
    return prepare(meta, words).then(function (q) {
      var nWords = words.length;
      var part = function (pairs) {
        var out = {};
        q.slots.forEach(function (sources, slot) {
          if ((slot >= nWords) === pairs) sources.forEach(function (x) { out[x[0]] = x[1]; });
        });
        return out;
      };
      var add = function (lists) {
        return tails(lists).then(function (t) {
          q.tails = q.tails || {};
          Object.keys(t).forEach(function (k) { q.tails[k] = t[k]; });
          return score(q);
        });
      };
      var exact = function () {
        return add(part(false)).then(function (r) { return r.decided && !complete ? r : add(part(true)); });
      };
      if (complete || tailCost(q, part(false)) <= 4096) return exact();
      var r = score(q);
      if (!r.decided) return exact();
      r.later = exact;
      return r;
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
    var filtered = Object.keys(f).some(function (k) { return f[k]; });
    var pass = state.loaded.filter(function (d) { return passes(d, f); });
    if (pass.length >= count || state.next >= state.ids.length) return Promise.resolve(pass);
    // Unfiltered, exactly the results to show; filtered, a page more.
    var take = state.ids.slice(state.next, state.next + (filtered ? Math.max(count - pass.length, PAGE) + 2 : count - pass.length));
    state.next += take.length;
    return docs(state.meta, take).then(function (ds) {
      if (mine !== seq) return [];
      state.loaded = state.loaded.concat(ds.filter(Boolean));
      return fill(count, mine);
    });
  }

  function show(count) {
    var mine = seq;
    // Filtered, one more than shown tells whether "Xem thêm" has anything
    // to add; unfiltered, the number of results does.
    var f = filters();
    var filtered = Object.keys(f).some(function (k) { return f[k]; });
    return fill(filtered ? count + 1 : count, mine).then(function (pool) {
      if (mine !== seq) return;
      // Tiers, stable within each: the title is the query; (typed with
      // diacritics) the title has the exact spelling; the rest by score.
      var folded = state.words.join(" ");
      var exact = state.exact;
      pool = pool.map(function (d, i) {
        var tier = syllables(d.t).join(" ") === folded ? 0 : exact && unify(d.t.toLowerCase()).indexOf(exact) >= 0 ? 1 : 2;
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
      var all = state.next >= state.ids.length;
      var n = filtered ? pool.length : state.total;
      // Filters read each result's metadata: until all is loaded, the
      // count is a lower bound and says so.
      var lead = filtered && !all && n > count ? "Có hơn " + count.toLocaleString("vi-VN")
        : (state.counted ? "Có " : "Có khoảng ") + n.toLocaleString("vi-VN");
      var text = !n ? "Không có kết quả cho “" + state.query + "”."
        : state.partial ? lead + " kết quả chứa " + state.best + "/" + state.words.length + " từ của “" + state.query + "” (không có kết quả chứa đủ các từ)."
        : lead + " kết quả cho “" + state.query + "”" + (filtered ? " (trong " + (state.counted ? "" : "khoảng ") + state.total.toLocaleString("vi-VN") + " kết quả, theo bộ lọc)." : ".");
      if (state.corrected && n) text += " Đã tính cả các từ gần đúng với từ gõ sai.";
      status.textContent = text;
      more.hidden = filtered ? pool.length <= count : state.ids.length <= count;
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
        state = { meta: meta, query: query, words: words, ids: r.ids, total: r.total, counted: r.exact, partial: r.partial,
          best: r.best, next: 0, loaded: [], corrected: r.corrected, exact: fold(lower) === lower ? "" : lower };
        var shown = show(PAGE);
        if (!r.later) return shown;
        // The first page is decided; the tails complete the set and the
        // total (the page itself does not change).
        return shown.then(r.later).then(function (full) {
          if (mine !== seq) return;
          state.ids = full.ids; state.total = full.total; state.counted = true;
          state.next = 0; state.loaded = [];
          return show(state.count || PAGE);
        });
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
        return rank(meta, syllables(q), true).then(function (r) {
          return docs(meta, r.ids).then(function (ds) {
            return { total: r.total, partial: r.partial, titles: ds.map(function (d) { return d.t; }), urls: ds.map(function (d) { return d.u; }) };
          });
        });
      });
    } };
})();
