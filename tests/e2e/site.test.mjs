// The sample site in a real browser: a citizen goes from the home page to a
// procedure and sees every element the law requires; pages pass axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildSite, serve, browser, axeViolations, repo } from "./harness.mjs";

// NĐ 63/2010 Điều 8 (amended by NĐ 92/2017): the headings a posting must show.
const LEGAL_ELEMENTS = [
  "Trình tự thực hiện",
  "Cách thức thực hiện",
  "Thành phần, số lượng hồ sơ",
  "Thời hạn giải quyết",
  "Đối tượng thực hiện thủ tục hành chính",
  "Cơ quan thực hiện thủ tục hành chính",
  "Kết quả thực hiện thủ tục hành chính",
  "Phí, lệ phí",
  "Mẫu đơn, mẫu tờ khai",
  "Yêu cầu, điều kiện thực hiện thủ tục hành chính",
  "Căn cứ pháp lý của thủ tục hành chính",
];

let server, chrome, page;

before(async () => {
  server = await serve(buildSite());
  chrome = await browser();
  page = await chrome.newPage();
});

after(async () => {
  await chrome?.close();
  server?.close();
});

test("home → field → procedure shows every legal element", async () => {
  await page.goto(server.url + "/");
  assert.match(await page.title(), /Cổng thông tin/);
  await page.locator(".chips a").first().click();
  await page.waitForURL(/\/thu-tuc\/linh-vuc\//);
  const first = page.locator("table.procedures tbody a").first();
  const name = (await first.textContent()).trim();
  await first.click();
  await page.waitForURL(/\/thu-tuc\/\d\.\d{6}/);
  assert.equal((await page.locator("h1").textContent()).trim(), name);
  const headings = await page.locator("main h2").allTextContents();
  for (const element of LEGAL_ELEMENTS) {
    assert.ok(headings.some((h) => h.includes(element)), `missing heading "${element}" in ${headings.join(" / ")}`);
  }
  assert.ok(headings.some((h) => h.includes("phản ánh, kiến nghị")), "feedback block missing");
});

test("font size and contrast controls work", async () => {
  await page.goto(server.url + "/");
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await size();
  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  assert.ok((await size()) > before, "font size did not grow");
  await page.getByRole("button", { name: "Tương phản cao" }).click();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("contrast")), true);
  await page.getByRole("button", { name: "Tương phản cao" }).click();
  await page.getByRole("button", { name: "Cỡ chữ mặc định" }).click();
});

for (const [name, path] of [
  ["home", "/"],
  ["news list", "/tin-tuc/"],
  ["article", null],
  ["procedure list", "/thu-tuc/"],
  ["procedure detail", "/thu-tuc/1.001193/"],
  ["decision", null],
  ["glossary", "/tu-viet-tat/"],
  ["posting board", "/niem-yet/ttpvhcc-tinh/"],
  ["commune posting board", "/niem-yet/mot-cua-xa/"],
  ["statistics", "/thong-ke/"],
  ["search", "/tim-kiem/?q=khai%20sinh"],
  ["site map", "/ban-do-trang/"],
]) {
  test(`axe-core: ${name} has no WCAG 2.1 AA violations`, async () => {
    let url = path;
    if (name === "article") {
      await page.goto(server.url + "/tin-tuc/");
      url = await page.locator(".news-item :is(h2, h3) a").first().getAttribute("href");
    } else if (name === "decision") {
      await page.goto(server.url + "/quyet-dinh/");
      url = await page.locator("main table a").first().getAttribute("href");
    }
    const res = await page.goto(server.url + url);
    assert.equal(res.status(), 200, `${url} returned ${res.status()}`);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${url}:\n${violations.join("\n")}`);
  });
}

test("a posting board prints on A4: heading and feedback first, then one procedure per page", async () => {
  await page.goto(server.url + "/niem-yet/ttpvhcc-tinh/");
  const procedures = await page.locator("article.board-procedure").count();
  assert.ok(procedures > 5, `only ${procedures} procedures on the board`);
  assert.equal(await page.locator("article.board-procedure .qr svg").count(), procedures, "a QR code per procedure");
  await page.emulateMedia({ media: "print" });
  for (const chrome of [".main-nav", ".site-header", ".site-footer"]) {
    assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} must not print`);
  }
  // The feedback block is printed with the heading, before the first procedure.
  const feedback = await page.locator(".board-head .feedback").boundingBox();
  const first = await page.locator("article.board-procedure").first().boundingBox();
  assert.ok(feedback && first && feedback.y < first.y, "feedback before the procedures");
  await page.emulateMedia({ media: "screen" });
  const dir = join(repo, "tests/e2e/output");
  mkdirSync(dir, { recursive: true });
  const pdf = await page.pdf({ path: join(dir, "niem-yet-ttpvhcc-tinh.pdf"), preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  // Heading, feedback and contents + a page break before each procedure.
  assert.ok(pages >= procedures + 1, `${pages} PDF pages for ${procedures} procedures`);
  const a4 = pdf.toString("latin1").match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/);
  assert.ok(a4 && Math.abs(parseFloat(a4[1]) - 595.9) < 2 && Math.abs(parseFloat(a4[2]) - 842.9) < 2, `not A4: ${a4}`);
});

test("search finds the same procedure with and without diacritics, and by code", async () => {
  const first = async (q) => {
    await page.goto(server.url + "/tim-kiem/?q=" + encodeURIComponent(q));
    await page.locator("#ket-qua a").first().waitFor();
    return (await page.locator("#ket-qua a").first().textContent()).trim();
  };
  assert.equal(await first("thủ tục đăng ký khai sinh"), "Thủ tục đăng ký khai sinh");
  assert.equal(await first("thu tuc dang ky khai sinh"), "Thủ tục đăng ký khai sinh");
  assert.equal(await first("1.001193"), "Thủ tục đăng ký khai sinh");
  assert.match(await page.locator("#trang-thai").textContent(), /^Có \d+ kết quả cho/);
});

test("search: the other tone placement, a typo and the filters", async () => {
  const titles = async (q, extra = "") => {
    await page.goto(server.url + "/tim-kiem/?q=" + encodeURIComponent(q) + extra);
    await page.locator("#trang-thai").filter({ hasText: /kết quả/ }).waitFor();
    return (await page.locator("#ket-qua > li > a").allTextContents()).map((t) => t.trim());
  };
  // "hoà" (new style) finds "hòa" (old style), exact-diacritic ranking included.
  const hoa = await titles("công nhận hoà giải viên");
  assert.equal(hoa[0], "Thủ tục công nhận hòa giải viên");
  // One swapped letter in a syllable still finds it, below exact hits.
  const typo = await titles("dang ky khai snih");
  assert.ok(typo.includes("Thủ tục đăng ký khai sinh"), typo.join(" | "));
  assert.match(await page.locator("#trang-thai").textContent(), /gần đúng/);
  // Filters narrow: news only, then procedures of one level only.
  const all = await titles("khai sinh");
  const news = await titles("khai sinh", "&loai=tin-tuc");
  assert.ok(news.length > 0 && news.length < all.length, `${news.length} of ${all.length}`);
  const tinh = await titles("khai sinh", "&cap=tinh");
  assert.ok(!tinh.includes("Thủ tục đăng ký khai sinh"), "a commune-level procedure under cấp tỉnh");
  // Matches are highlighted; arrow keys reach the results.
  assert.ok(await page.locator("#ket-qua mark").count() > 0);
  await page.locator("#q").focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.closest("#ket-qua") !== null), true);
});

test("the home search box leads to results", async () => {
  await page.goto(server.url + "/");
  await page.getByLabel("Tìm thủ tục, tin bài").fill("ly lich tu phap");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.waitForURL(/\/tim-kiem\/\?q=/);
  await page.locator("#ket-qua a").first().waitFor();
  assert.match(await page.locator("#ket-qua a").first().textContent(), /lý lịch tư pháp/i);
});

test("axe-core: high-contrast mode has no WCAG 2.1 AA violations either", async () => {
  for (const path of ["/", "/thu-tuc/1.001193/", "/thong-ke/", "/tim-kiem/?q=khai%20sinh"]) {
    await page.goto(server.url + path);
    await page.evaluate(() => localStorage.setItem("niemyet-contrast", "1"));
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("contrast")), true);
    if (path.startsWith("/tim-kiem")) await page.locator("#trang-thai").filter({ hasText: /kết quả/ }).waitFor();
    const violations = await axeViolations(page);
    await page.evaluate(() => localStorage.removeItem("niemyet-contrast"));
    assert.deepEqual(violations, [], `${path} (contrast):\n${violations.join("\n")}`);
  }
});
