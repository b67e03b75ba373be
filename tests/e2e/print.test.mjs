// Printed pages, read back from the PDFs Chromium makes: what an officer
// pins on the notice board and a citizen prints at home.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildSite, serve, browser, repo, pdfText, pdfQrCodes, pdfPages } from "./harness.mjs";

const SITE = "https://stp.ninhbinh.gov.vn";
const dir = join(repo, "tests/e2e/output");
let server, chrome;

before(async () => {
  server = await serve(buildSite());
  chrome = await browser();
  mkdirSync(dir, { recursive: true });
});

after(async () => {
  await chrome?.close();
  server?.close();
});

async function print(path, name) {
  const page = await chrome.newPage();
  await page.goto(server.url + path);
  const file = join(dir, name);
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.close();
  return file;
}

/** Page 1 is a real page: the heading and at least `chars` of text. */
function fullFirstPage(text, heading, chars) {
  assert.ok(text.includes(heading), `page 1 lacks "${heading}":\n${text}`);
  const words = text.replace(/\s+/g, " ").trim();
  assert.ok(words.length >= chars, `page 1 holds only ${words.length} characters:\n${text}`);
}

test("a printed procedure page: full first page, its QR code, page numbers, no site menu", async () => {
  const pdf = await print("/thu-tuc/1.001193/", "thu-tuc-1.001193.pdf");
  const pages = pdfPages(pdf);
  const first = pdfText(pdf, 1);
  fullFirstPage(first, "Thủ tục đăng ký khai sinh", 500);
  assert.deepEqual(pdfQrCodes(pdf, 1), [`${SITE}/thu-tuc/1.001193/`]);
  for (let n = 1; n <= pages; n++) {
    assert.match(pdfText(pdf, n), new RegExp(`Trang ${n}/${pages}`), `page ${n} is numbered`);
  }
  assert.doesNotMatch(first, /Chuyển đến nội dung|Tương phản cao|Menu/);
});

test("a printed board: its own heading once, the first procedure on page 1, a QR code per procedure", async () => {
  const pdf = await print("/niem-yet/co-quan-boi-thuong/", "niem-yet-co-quan-boi-thuong.pdf");
  const first = pdfText(pdf, 1);
  fullFirstPage(first, "Niêm yết công khai thủ tục hành chính", 1200);
  assert.equal(first.match(/^Niêm yết công khai thủ tục hành chính$/gm)?.length, 1, "the heading once, no site header above it");
  assert.doesNotMatch(first, /Chuyển đến nội dung|Tìm kiếm|Menu/);
  const codes = [];
  for (let n = 1; n <= pdfPages(pdf); n++) codes.push(...pdfQrCodes(pdf, n));
  assert.deepEqual(codes.sort(), [`${SITE}/thu-tuc/2.002191/`, `${SITE}/thu-tuc/2.002192/`]);
  // The caption breaks between words, only the address anywhere.
  const all = Array.from({ length: pdfPages(pdf) }, (_, i) => pdfText(pdf, i + 1)).join("\n");
  assert.match(all, /Quét\s+mã\s+để\s+xem\s+trực\s+tuyến:/);
  assert.doesNotMatch(all, /tuyế\s+n|trự\s+c/, "no word cut in two");
});

test("the large commune board prints as one document, starting on page 1", async () => {
  const pdf = await print("/niem-yet/mot-cua-xa/", "niem-yet-mot-cua-xa.pdf");
  const pages = pdfPages(pdf);
  assert.ok(pages > 25, `${pages} pages for 25 procedures`);
  fullFirstPage(pdfText(pdf, 1), "Niêm yết công khai thủ tục hành chính", 1200);
  assert.equal(pdfQrCodes(pdf, 2).length >= 1 || pdfQrCodes(pdf, 1).length >= 1, true, "the first procedure's QR code");
  assert.match(pdfText(pdf, pages), new RegExp(`Trang ${pages}/${pages}`));
});

test("on screen a large board leads back to its contents from every procedure", async () => {
  const page = await chrome.newPage();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(server.url + "/niem-yet/mot-cua-xa/");
  const procedures = await page.locator(".board-procedure").count();
  assert.equal(await page.locator('.board-procedure .to-toc a[href="#danh-muc"]').count(), procedures);
  // Jump to the last procedure, then back to the contents.
  await page.locator(`.board-toc a[href="#tt-${procedures}"]`).click();
  await page.waitForFunction(() => location.hash.startsWith("#tt-"));
  const last = page.locator(`#tt-${procedures}`);
  assert.ok(await last.isVisible());
  await last.locator(".to-toc a").click();
  await page.waitForFunction(() => location.hash === "#danh-muc");
  const toc = await page.locator("#danh-muc").boundingBox();
  assert.ok(toc.y >= -1 && toc.y < 812, `contents in view (y = ${toc.y})`);
  await page.close();
});

test("a printed article: the news itself from page 1, numbered, without menus, share or related links", async () => {
  const path = "/tin-tuc/boi-duong-ky-nang-ho-tich-dien-tu-cho-cap-xa/";
  const pdf = await print(path, "tin-tuc.pdf");
  const pages = pdfPages(pdf);
  const all = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1));
  fullFirstPage(all[0], "Bồi dưỡng kỹ năng", 300);
  all.forEach((text, i) => assert.match(text, new RegExp(`Trang ${i + 1}/${pages}`)));
  assert.doesNotMatch(all.join("\n"), /Chia sẻ|Bài viết khác|Tin cũ hơn|Chuyển đến nội dung/);
});
