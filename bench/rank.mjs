// Ranking check: queries in five classes (names without diacritics, "d"
// for "đ", one typo, codes, 3–5 words of a name) against a built site,
// each counted as a hit when the procedure (or one of the same name) is in
// the top k. Queries from bench/rank_queries.py.
//
//   python3 bench/rank_queries.py PUBLIC/du-lieu/thu-tuc.json /tmp/q.json
//   node bench/rank.mjs PUBLIC /tmp/q.json
import { browser } from "../tests/e2e/harness.mjs";
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
const [out, qfile] = process.argv.slice(2);
const qs = JSON.parse(readFileSync(qfile, "utf8"));
const names = Object.fromEntries(JSON.parse(readFileSync(join(out, "du-lieu/thu-tuc.json"), "utf8")).thu_tuc.map((p) => [new URL(p.url).pathname, p.ten]));
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = join(out, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { "content-type": { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json" }[extname(file)] || "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}`;
const b = await browser();
const page = await b.newPage();
const stats = {};
for (const [cls, q, want, k] of qs) {
  await page.goto(url + "/tim-kiem/?q=" + encodeURIComponent(q));
  await page.locator("#trang-thai").filter({ hasText: /kết quả/ }).waitFor();
  await page.waitForTimeout(30);
  const hrefs = await page.locator("#ket-qua > li > a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  const titles = await page.locator("#ket-qua > li > a").allTextContents();
  const w = new URL(want).pathname;
  const wantTitle = names[w];
  // A procedure posted twice under one name (several decisions) is found
  // when either is: the citizen cannot tell them apart by name either.
  let pos = hrefs.indexOf(w);
  const same = titles.findIndex((t) => t.trim() === wantTitle);
  if (same >= 0 && (pos < 0 || same < pos)) pos = same;
  const s = (stats[cls] ||= { n: 0, hit: 0, miss: [] });
  s.n++;
  if (pos >= 0 && pos < k) s.hit++; else s.miss.push(`${q} → ${pos}`);
}
for (const [c, s] of Object.entries(stats)) console.log(c, `${s.hit}/${s.n}`, s.miss.slice(0, 4).join(" ; "));
await b.close(); server.close();
