// niemyet serve in a real browser: an open tab reloads by itself when an
// article is saved, shows build errors over the page, and recovers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binary, browser, repo } from "./harness.mjs";

let server, chrome, page, root, url;

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); });
});

before(async () => {
  root = join(mkdtempSync(join(tmpdir(), "niemyet-serve-")), "site");
  cpSync(join(repo, "tests/fixtures/basic"), root, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(binary(), ["serve", "--root", root, "--port", String(port)], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url + "/")).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  chrome = await browser();
  page = await chrome.newPage();
});

after(async () => {
  await chrome?.close();
  server?.kill();
});

test("a saved article reloads the open tab; an error shows over the page until fixed", async () => {
  const file = join(root, "content/tin-tuc/2025-11-01-nfd.md");
  const original = readFileSync(file, "utf8");
  await page.goto(url + "/tin-tuc/nfd/");
  assert.equal((await page.locator("h1").textContent()).trim(), "Đường lại họp");
  // Give the event stream a moment to connect.
  await page.waitForTimeout(300);

  writeFileSync(file, original.replace("Tiêu đề viết ở dạng NFD.", "Nội dung vừa được sửa."));
  await page.locator("text=Nội dung vừa được sửa.").first().waitFor({ timeout: 5000 });

  writeFileSync(file, original.replace("title:", "tieu_de:"));
  const overlay = page.locator("#niemyet-loi");
  await overlay.waitFor({ timeout: 5000 });
  assert.equal(await overlay.getAttribute("role"), "alert");
  assert.match(await overlay.textContent(), /2025-11-01-nfd\.md:2:1/);

  writeFileSync(file, original);
  await page.waitForFunction(() => !document.getElementById("niemyet-loi"), null, { timeout: 5000 });
  assert.equal((await page.locator("h1").textContent()).trim(), "Đường lại họp");
});
