// Search benchmark: first-query transfer and time on a large generated site.
//
//   node bench/search.mjs [SITE_ROOT]   (default: /tmp/niemyet-bench/a10000-p2000/niemyet)
//
// Builds SITE_ROOT with the release binary, serves it gzip-compressed like a
// static host, and runs 20 typical queries, each in a fresh browser context
// (empty cache): bytes of index files transferred (compressed), time from
// typing to results, and time after the last shard arrived. BENCH_DETAIL=1
// lists each query's files (KB gzip) until its first results. Needs
// `cargo build --release`, `npm ci` in tests/e2e, Debian chromium.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, statSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, resolve, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { browser } from "../tests/e2e/harness.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = process.argv[2] || "/tmp/niemyet-bench/a10000-p2000/niemyet";
if (!existsSync(join(root, "site.yaml"))) {
  console.error(`${root}: no site; run python3 bench/gen.py /tmp/niemyet-bench/a10000-p2000 --articles 10000 --procedures 2000 --no-hugo`);
  process.exit(2);
}
// BENCH_OUT=DIR reuses a site already built there (to compare clients).
const out = process.env.BENCH_OUT || join(mkdtempSync(join(tmpdir(), "niemyet-search-")), "public");
if (!process.env.BENCH_OUT) {
  execFileSync(join(repo, "target/release/niemyet"), ["build", "--root", root, "--output", out], { stdio: "inherit" });
}

function du(dir) {
  let n = 0, files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { const r = du(p); n += r[0]; files += r[1]; } else { n += statSync(p).size; files++; }
  }
  return [n, files];
}
const [indexBytes, indexFiles] = du(join(out, "du-lieu/tim-kiem"));

const gz = new Map();
let transferred = 0;
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = join(out, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 6 }));
  const body = gz.get(file);
  if (path.startsWith("/du-lieu/tim-kiem/")) transferred += body.length;
  const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".css": "text/css" }[extname(file)] || "application/octet-stream";
  res.writeHead(200, { "content-type": type, "content-encoding": "gzip" });
  res.end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${server.address().port}`;

const queries = [
  "thủ tục cấp giấy khai sinh", "thu tuc cap giay khai sinh", "đăng ký kết hôn", "dang ky ket hon",
  "cải cách hành chính", "cai cach hanh chinh", "hành chính", "dịch vụ công trực tuyến", "1.100042",
  "lý lịch tư pháp", "ly lich tu phap", "chứng thực bản sao", "hoà giải ở cơ sở", "hòa giải ở cơ sở",
  "chuyển đổi số", "trợ giúp pháp lý", "định danh điện tử", "thanh toán trực tuyến", "dang ky khai snih", "một cửa",
  // Phrases from the middle of names: the class whose results were cut short.
  "phục vụ hành chính công", "vu cong truc tuyen", "hồ sơ giải quyết đúng", "ban nhan dan tinh", "chỉ số hài lòng",
];
// BENCH_QUERIES=FILE: one query per line instead of the list above.
if (process.env.BENCH_QUERIES) {
  queries.splice(0, queries.length, ...readFileSync(process.env.BENCH_QUERIES, "utf8").split("\n").map((l) => l.trim()).filter(Boolean));
}
const chrome = await browser();
const rows = [];
for (const q of queries) {
  const ctx = await chrome.newContext();
  const page = await ctx.newPage();
  await page.goto(url + "/tim-kiem/");
  transferred = 0;
  await page.evaluate(() => {
    window.__index = [];
    window.__shown = 0;
    window.__first = "";
    new PerformanceObserver((l) => l.getEntries().forEach((e) => {
      if (e.name.includes("/du-lieu/tim-kiem/")) window.__index.push([e.responseEnd, e.encodedBodySize, e.name.replace(/.*\/tim-kiem\//, "")]);
    })).observe({ type: "resource", buffered: true });
    // When the status first states results, measured in the page (the
    // test driver's polling would add its own delay).
    const status = document.getElementById("trang-thai");
    new MutationObserver(() => {
      if (!window.__shown && /kết quả/.test(status.textContent)) {
        window.__shown = performance.now();
        window.__first = status.textContent;
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.fill("#q", q);
  // First results, then the exact total ("khoảng" gone) once the tails are in.
  await page.locator("#trang-thai").filter({ hasText: /kết quả/ }).waitFor();
  await page.locator("#trang-thai").filter({ hasNotText: /khoảng/ }).waitFor();
  await page.waitForTimeout(50);
  const [t1, index, firstStatus] = await page.evaluate(() => [window.__shown, window.__index, window.__first]);
  const before = index.filter((e) => e[0] <= t1);
  const last = Math.max(...before.map((e) => e[0]));
  const firstKb = before.reduce((n, e) => n + e[1], 0) / 1024;
  const first = (await page.locator("#ket-qua > li > a").first().textContent().catch(() => "")).trim();
  const stated = firstStatus.replace(/ cho .*/, "");
  const final = (await page.locator("#trang-thai").textContent()).replace(/ cho .*/, "");
  // The client waits 200 ms after the last keystroke before searching.
  if (process.env.BENCH_DETAIL) console.log(q, before.map((e) => `${e[2]}:${(e[1] / 1024).toFixed(1)}`).join(" "));
  rows.push({ q, kb: firstKb, all: transferred / 1024, total: t1 - t0 - 200, after: t1 - last, first, stated, final });
  await ctx.close();
}
await chrome.close();
server.close();

const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`index: ${(indexBytes / 2 ** 20).toFixed(1)} MiB in ${indexFiles} files on disk`);
console.log("query".padEnd(28) + "KB first".padStart(9) + "KB all".padStart(8) + "ms".padStart(6) + "ms after".padStart(9) + "  first status".padEnd(26) + "exact".padEnd(18) + "first result");
for (const r of rows) console.log(r.q.padEnd(28) + r.kb.toFixed(1).padStart(9) + r.all.toFixed(1).padStart(8) + r.total.toFixed(0).padStart(6) + r.after.toFixed(0).padStart(9) + "  " + r.stated.slice(0, 22).padEnd(24) + r.final.slice(0, 16).padEnd(18) + r.first.slice(0, 40));
console.log(`first-query transfer (until the first results): median ${med(rows.map((r) => r.kb)).toFixed(1)} KB, max ${Math.max(...rows.map((r) => r.kb)).toFixed(1)} KB (gzip)`);
console.log(`complete (with the tails for the exact total): median ${med(rows.map((r) => r.all)).toFixed(1)} KB, max ${Math.max(...rows.map((r) => r.all)).toFixed(1)} KB (gzip)`);
console.log(`typing→results (after the 200 ms debounce): median ${med(rows.map((r) => r.total)).toFixed(0)} ms; results after the last index file: median ${med(rows.map((r) => r.after)).toFixed(0)} ms, max ${Math.max(...rows.map((r) => r.after)).toFixed(0)} ms`);
