// Search never hides a match: on the sample site (whose index keeps a
// head of 16 postings per term, so common syllables have tails), every
// procedure whose name holds a run of 3–5 syllables is found by that run,
// with and without diacritics, and the status states the true total.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite, serve, browser } from "./harness.mjs";

let server, chrome, page, out;

before(async () => {
  out = buildSite();
  server = await serve(out);
  chrome = await browser();
  page = await chrome.newPage();
  await page.goto(server.url + "/tim-kiem/");
});

after(async () => {
  await chrome?.close();
  server?.close();
});

// The procedures the index holds: current ones (in force or amended).
function currentProcedures() {
  const data = JSON.parse(readFileSync(join(out, "du-lieu/thu-tuc.json"), "utf8"));
  return data.thu_tuc.filter((p) => p.trang_thai === "hieu_luc" || p.trang_thai === "sua_doi");
}

test("the index has tails: the sample site exercises complete results", () => {
  const meta = JSON.parse(readFileSync(join(out, "du-lieu/tim-kiem/meta.json"), "utf8"));
  assert.ok(meta.head < currentProcedures().length, `head ${meta.head}`);
});

test("every 3–5 syllable run of a procedure name finds every procedure holding it, with the true total", async () => {
  const procs = currentProcedures().map((p) => ({ ten: p.ten, url: p.url }));
  const failures = await page.evaluate(async (procs) => {
    const S = window.niemyetSearch;
    const folded = procs.map((p) => ({ ...p, syl: S.syllables(p.ten) }));
    const contains = (syl, run) => {
      outer: for (let i = 0; i + run.length <= syl.length; i++) {
        for (let j = 0; j < run.length; j++) if (syl[i + j] !== run[j]) continue outer;
        return true;
      }
      return false;
    };
    const runs = new Map();
    for (const p of procs) {
      const words = p.ten.split(/\s+/);
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= words.length; i++) runs.set(words.slice(i, i + n).join(" "), 1);
      }
    }
    const bad = [];
    let checked = 0;
    for (const run of runs.keys()) {
      const syl = S.syllables(run);
      if (syl.length < 3) continue;
      const want = folded.filter((p) => contains(p.syl, syl)).map((p) => new URL(p.url).pathname);
      for (const q of [run, S.fold(run)]) {
        const r = await S.search(q);
        checked++;
        const got = new Set(r.urls.map((u) => new URL(u, location.href).pathname));
        const lost = want.filter((u) => !got.has(u));
        if (lost.length || r.total < want.length || r.total !== r.urls.length || r.partial) {
          bad.push(`${q}: total ${r.total}, ${want.length} names hold it, missing ${lost.join(", ")}`);
        }
      }
    }
    return { bad, checked };
  }, procs);
  assert.ok(failures.checked > 200, `only ${failures.checked} queries`);
  assert.deepEqual(failures.bad, []);
});

test("the status states the exact number and 'Xem thêm' pages to the last result", async () => {
  await page.goto(server.url + "/tim-kiem/?q=" + encodeURIComponent("thủ tục"));
  const status = page.locator("#trang-thai");
  await status.filter({ hasText: /kết quả/ }).waitFor();
  const text = await status.textContent();
  const n = Number(/^Có ([\d.]+) kết quả cho/.exec(text)?.[1].replace(/\./g, ""));
  assert.ok(n > 16, text);
  assert.doesNotMatch(text, /phù hợp nhất|khoảng/);
  const more = page.locator("#xem-them");
  while (await more.isVisible()) {
    const before = await page.locator("#ket-qua > li").count();
    await more.click();
    await page.waitForFunction((b) => document.querySelectorAll("#ket-qua > li").length > b, before);
  }
  assert.equal(await page.locator("#ket-qua > li").count(), n);
  const urls = await page.locator("#ket-qua > li > a").evaluateAll((as) => as.map((a) => a.href));
  assert.equal(new Set(urls).size, n, "no result twice");
});

test("a phrase ranks names holding it as a run above the same syllables scattered", async () => {
  for (const q of ["đăng ký kết hôn", "dang ky khai sinh", "chứng thực bản sao"]) {
    const r = await page.evaluate((q) => window.niemyetSearch.search(q), q);
    const run = await page.evaluate((q) => window.niemyetSearch.syllables(q).join(" "), q);
    const names = [];
    for (let i = 0; i < r.titles.length; i++) {
      if (!r.urls[i].includes("/thu-tuc/")) continue;
      const syl = await page.evaluate((t) => window.niemyetSearch.syllables(t).join(" "), r.titles[i]);
      names.push([r.titles[i], (" " + syl + " ").includes(" " + run + " ")]);
    }
    const firstScattered = names.findIndex((n) => !n[1]);
    const runAfter = firstScattered >= 0 && names.slice(firstScattered).some((n) => n[1]);
    assert.ok(!runAfter, `${q}: ${names.map((n) => (n[1] ? "+" : "-") + n[0]).join(" | ")}`);
    assert.ok(names.length && names[0][1], q);
  }
});

test("one letter is not corrected into dozens of guesses", async () => {
  const r = await page.evaluate(() => window.niemyetSearch.search("x"));
  assert.equal(r.total, 0);
});

test("both tone placements of oa, oe, uy read as one (not after q)", async () => {
  const got = await page.evaluate(() => ["hòa", "khỏe", "thúy", "quý", "Hòa Bình", "hoà"].map((w) => window.niemyetSearch.unify(w)));
  assert.deepEqual(got, ["hoà", "khoẻ", "thuý", "quý", "Hoà Bình", "hoà"]);
});
