// Boards per place of submission (tests/fixtures/registry) in a real
// browser: accessible at phone and desktop widths, printed to A4 PDF with
// the registry's heading, and procedure pages with where and how to apply.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildSite, serve, browser, axeViolations, repo } from "./harness.mjs";

let server, chrome;

before(async () => {
  server = await serve(buildSite(join(repo, "tests/fixtures/registry")));
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  server?.close();
});

for (const path of ["/niem-yet/", "/niem-yet/mot-cua-xa/", "/niem-yet/ttpvhcc-tinh/", "/thu-tuc/1.000894/", "/thu-tuc/1.001193/", "/quyet-dinh/88-qd-ubnd/", "/thong-ke/"]) {
  for (const width of [375, 1280]) {
    test(`axe-core: ${path} at ${width} px`, async () => {
      const page = await chrome.newPage({ viewport: { width, height: 900 } });
      const res = await page.goto(server.url + path);
      assert.equal(res.status(), 200);
      const violations = await axeViolations(page);
      await page.close();
      assert.deepEqual(violations, [], `${path}:\n${violations.join("\n")}`);
    });
  }
}

test("the commune desk's board prints with its own heading and address", async () => {
  const page = await chrome.newPage();
  await page.goto(server.url + "/niem-yet/mot-cua-xa/");
  const head = await page.locator(".board-org").innerText();
  assert.match(head, /ỦY BAN NHÂN DÂN TỈNH MẪU\s+BỘ PHẬN MỘT CỬA XÃ THỬ NGHIỆM/);
  assert.match(await page.locator(".board-place").innerText(), /Số 1 đường Chính/);
  const dir = join(repo, "tests/e2e/output");
  mkdirSync(dir, { recursive: true });
  const pdf = await page.pdf({ path: join(dir, "niem-yet-mot-cua-xa.pdf"), preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 3, `${pages} pages: heading page + 2 procedures`);
  await page.close();
});

test("a procedure page leads to the online service and the place of submission", async () => {
  const page = await chrome.newPage();
  await page.goto(server.url + "/thu-tuc/1.000894/");
  const apply = page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).first();
  assert.equal(await apply.getAttribute("href"), "https://dichvucong.example.gov.vn/ket-hon");
  await page.getByRole("link", { name: "Bộ phận Một cửa xã Thử Nghiệm" }).click();
  await page.waitForURL(/\/niem-yet\/mot-cua-xa\/$/);
  await page.close();
});
