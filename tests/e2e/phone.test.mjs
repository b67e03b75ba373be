// A citizen on a phone: at 375 px, at the default text size and at the
// largest the A+ button gives, no page type scrolls sideways, and every
// page type reaches search.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildSite, serve, browser } from "./harness.mjs";

// One page of every type the sample site has.
const PAGES = [
  "/", "/tin-tuc/", "/tin-tuc/boi-duong-ky-nang-ho-tich-dien-tu-cho-cap-xa/", "/thu-tuc/",
  "/thu-tuc/1.001193/", "/thu-tuc/linh-vuc/chung-thuc/", "/thu-tuc/cap/xa/", "/quyet-dinh/",
  "/quyet-dinh/215-qd-ubnd/", "/niem-yet/", "/niem-yet/mot-cua-xa/", "/thong-ke/",
  "/tim-kiem/?q=khai%20sinh", "/chuyen-muc/cai-cach-hanh-chinh/", "/the/cchc/", "/luu-tru/",
  "/trang/gioi-thieu/", "/tu-viet-tat/", "/ban-do-trang/", "/du-lieu/", "/404.html",
];

let server, chrome;

before(async () => {
  server = await serve(buildSite());
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  server?.close();
});

// The A+ button's largest step, and the browser's own text size at 200 %
// (Chrome's font-size setting, which `rem` follows).
for (const [name, step, zoom] of [["default text", "1", 1], ["largest text", "4", 1], ["200% browser text", "1", 2]]) {
  test(`no page scrolls sideways at 375 px, ${name}`, async () => {
    const ctx = await chrome.newContext({ viewport: { width: 375, height: 812 } });
    await ctx.addInitScript((s) => localStorage.setItem("niemyet-font", s), step);
    const page = await ctx.newPage();
    if (zoom !== 1) {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("Page.enable");
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: 16 * zoom, fixed: 13 * zoom } });
    }
    const wide = [];
    for (const path of PAGES) {
      const res = await page.goto(server.url + path);
      assert.ok(res.ok() || path === "/404.html", `${path}: ${res.status()}`);
      if (path.startsWith("/tim-kiem/")) await page.locator("#trang-thai").filter({ hasText: /kết quả/ }).waitFor();
      const [w, sw] = await page.evaluate(() => [document.documentElement.clientWidth, document.documentElement.scrollWidth]);
      if (sw > w) wide.push(`${path}: ${sw} px`);
    }
    await ctx.close();
    assert.deepEqual(wide, []);
  });
}

test("every page type reaches search", async () => {
  const page = await chrome.newPage();
  for (const path of PAGES) {
    await page.goto(server.url + path);
    const search = await page.locator('a[href$="/tim-kiem/"], form[action$="/tim-kiem/"]').count();
    assert.ok(search > 0, `${path} has no way to search`);
  }
  await page.close();
});

test("on a phone the menu folds behind one button; without JavaScript it stays open and the controls hide", async () => {
  const ctx = await chrome.newContext({ viewport: { width: 375, height: 812 } });
  const page = await ctx.newPage();
  await page.goto(server.url + "/thu-tuc/");
  const nav = page.locator(".main-nav");
  const menu = page.getByRole("button", { name: "Menu" });
  assert.equal(await nav.isVisible(), false);
  assert.equal(await page.getByRole("link", { name: "Tìm kiếm" }).first().isVisible(), true);
  // The header leaves most of the first screen to the page.
  const header = await page.locator(".site-header").boundingBox();
  assert.ok(header.height < 812 * 0.3, `header ${header.height} px`);
  await menu.click();
  assert.equal(await menu.getAttribute("aria-expanded"), "true");
  assert.equal(await nav.isVisible(), true);
  // The default size is shown as the one pressed.
  assert.equal(await page.locator('[data-font="0"]').getAttribute("aria-pressed"), "true");
  // site.js makes the controls from the theme's labels: named for screen readers.
  for (const name of ["Giảm cỡ chữ", "Cỡ chữ mặc định", "Tăng cỡ chữ", "Tương phản cao", "In trang"]) {
    assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
  }
  await page.getByRole("button", { name: "Tăng cỡ chữ", exact: true }).click();
  assert.equal(await page.locator('[data-font="0"]').getAttribute("aria-pressed"), "false");
  await ctx.close();
  const plain = await chrome.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
  const p2 = await plain.newPage();
  await p2.goto(server.url + "/thu-tuc/");
  assert.equal(await p2.locator(".main-nav").isVisible(), true);
  assert.equal(await p2.locator(".tools").isVisible(), false);
  // Without JavaScript the page carries no controls that would do nothing.
  assert.equal(await p2.locator(".tools button").count(), 0);
  assert.equal(await p2.locator(".menu-toggle").isVisible(), false);
  await plain.close();
});

test("a theme that leaves a control's label empty gets no nameless button", async () => {
  const ctx = await chrome.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  // The same page as served, with a theme's labels for A− and A+ only.
  await page.route("**/thu-tuc/", async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace(/data-labels="[^"]*"/, 'data-labels="Chữ nhỏ||Chữ lớn||"');
    await route.fulfill({ response: res, body });
  });
  await page.goto(server.url + "/thu-tuc/");
  const buttons = page.locator(".tools button");
  assert.equal(await buttons.count(), 2);
  for (const name of ["Chữ nhỏ", "Chữ lớn"]) {
    assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
  }
  await ctx.close();
});

test("a procedure page can be scanned: time and fee first, contents that jump to every legal element", async () => {
  const page = await chrome.newPage();
  await page.goto(server.url + "/thu-tuc/1.001193/");
  const facts = await page.locator("table.facts").textContent();
  assert.match(facts, /Thời hạn giải quyết/);
  assert.match(facts, /Phí, lệ phí/);
  const links = await page.locator("nav.toc a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.equal(links.length, 12);
  for (const href of links) {
    assert.equal(await page.locator(href).count(), 1, `${href} leads nowhere`);
  }
  await page.locator('nav.toc a[href="#phi"]').click();
  assert.ok(await page.locator("#phi").evaluate((el) => el.getBoundingClientRect().top < 200));
  await page.close();
});

test("headings go down one level at a time on every page type", async () => {
  const page = await chrome.newPage();
  const skips = [];
  for (const path of PAGES) {
    await page.goto(server.url + path);
    const levels = await page.evaluate(() => [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) => Number(h.tagName[1])));
    let prev = 0;
    for (const n of levels) {
      if (n > prev + 1) skips.push(`${path}: h${n} after h${prev}`);
      prev = n;
    }
  }
  await page.close();
  assert.deepEqual(skips, []);
});

test("a printed procedure page carries the QR code of its address; the screen does not", async () => {
  const page = await chrome.newPage();
  await page.goto(server.url + "/thu-tuc/1.001193/");
  const qr = page.locator(".procedure > .qr svg");
  assert.equal(await qr.count(), 1);
  assert.equal(await qr.isVisible(), false);
  await page.emulateMedia({ media: "print" });
  assert.equal(await qr.isVisible(), true);
  const box = await qr.boundingBox();
  assert.ok(box.width >= 80, `QR ${box.width} px wide`);
  await page.close();
});

// Every label, value and bar of every chart on /thong-ke/, in page pixels:
// none overlaps another, none leaves its chart, no text under 12 px.
for (const width of [375, 1280]) {
  test(`chart labels never collide with each other or a bar at ${width} px`, async () => {
    const ctx = await chrome.newContext({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(server.url + "/thong-ke/");
    const problems = await page.evaluate(() => {
      const out = [];
      const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      for (const svg of document.querySelectorAll("svg.bars")) {
        const frame = svg.getBoundingClientRect();
        const parts = [...svg.querySelectorAll("text, rect")].map((el) => ({
          el, box: el.getBoundingClientRect(), name: `${el.tagName} "${el.textContent || el.getAttribute("width")}"`,
        }));
        if (parts.length === 0) out.push("a chart with nothing drawn");
        for (const p of parts) {
          if (p.box.right > frame.right + 0.5 || p.box.left < frame.left - 0.5) out.push(`${p.name} leaves the chart`);
          if (p.el.tagName === "text") {
            const size = parseFloat(getComputedStyle(p.el).fontSize);
            if (size < 12) out.push(`${p.name} is ${size} px`);
          }
        }
        for (let i = 0; i < parts.length; i++)
          for (let j = i + 1; j < parts.length; j++)
            if (parts[i].box.width > 0 && parts[j].box.width > 0 && hit(parts[i].box, parts[j].box))
              out.push(`${parts[i].name} overlaps ${parts[j].name}`);
      }
      return out;
    });
    await ctx.close();
    assert.deepEqual(problems, []);
  });
}
