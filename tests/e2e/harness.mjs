// Shared pieces of the browser tests: build a site with the niemyet binary,
// serve it over real HTTP, drive Debian's chromium with playwright-core.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, extname, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import jsQRModule from "jsqr";

// jsqr is CommonJS: its function is the default export or its `default`.
const jsQR = jsQRModule.default ?? jsQRModule;

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "../..");
const require = createRequire(import.meta.url);

export function binary() {
  const bin = process.env.NIEMYET_BIN || join(repo, "target/debug/niemyet");
  if (!existsSync(bin)) throw new Error(`${bin} not found: run \`cargo build\` first`);
  return bin;
}

/** Builds the site at `root` into a fresh temporary folder; returns it. */
export function buildSite(root = repo) {
  const out = join(mkdtempSync(join(tmpdir(), "niemyet-e2e-")), "public");
  execFileSync(binary(), ["build", "--root", root, "--output", out], { stdio: "pipe" });
  return out;
}

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".xml": "application/xml", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8",
};

/** A static file server like any static host: pretty URLs and 404.html. */
export async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try { if (statSync(file).isDirectory()) file = join(file, "index.html"); } catch { /* 404 below */ }
    if (existsSync(file)) {
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404, { "content-type": types[".html"] });
      res.end(readFileSync(join(dir, "404.html")));
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A/AA violations on the open page, as readable strings. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  return result.violations.map((v) =>
    `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** The text of page `n` (1-based) of a PDF, as poppler reads it. */
export function pdfText(pdf, n) {
  return execFileSync("pdftotext", ["-f", String(n), "-l", String(n), pdf, "-"]).toString();
}

/** The text of every QR code poppler's rendering of page `n` shows (one
 *  decode per code: each found code is blanked and the page read again). */
export function pdfQrCodes(pdf, n) {
  const pgm = execFileSync("pdftoppm", ["-gray", "-r", "150", "-f", String(n), "-l", String(n), pdf], { maxBuffer: 1 << 26 });
  // P5 header: magic, width, height, max value, each followed by whitespace.
  const head = pgm.subarray(0, 40).toString("latin1").match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [w, h] = [Number(head[1]), Number(head[2])];
  const gray = pgm.subarray(head[0].length);
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) rgba.set([gray[i], gray[i], gray[i], 255], i * 4);
  const found = [];
  for (let k = 0; k < 8; k++) {
    const code = jsQR(rgba, w, h, { inversionAttempts: "dontInvert" });
    if (!code) break;
    found.push(code.data);
    const xs = Object.values(code.location).filter((p) => p && "x" in p).map((p) => p.x);
    const ys = Object.values(code.location).filter((p) => p && "y" in p).map((p) => p.y);
    for (let y = Math.max(0, Math.floor(Math.min(...ys)) - 12); y < Math.min(h, Math.ceil(Math.max(...ys)) + 12); y++)
      for (let x = Math.max(0, Math.floor(Math.min(...xs)) - 12); x < Math.min(w, Math.ceil(Math.max(...xs)) + 12); x++)
        rgba.set([255, 255, 255, 255], (y * w + x) * 4);
  }
  return found;
}

/** Number of pages of a PDF. */
export function pdfPages(pdf) {
  return Number(execFileSync("pdfinfo", [pdf]).toString().match(/^Pages:\s+(\d+)/m)[1]);
}
