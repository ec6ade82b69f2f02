// Drives the Knotwork viewer in Debian's chromium (headless) through playwright-core and prints
// what it observed as JSON on stdout. The JUnit test ViewerBrowserTest runs this script and makes
// the assertions. Usage: node viewer-check.mjs VIEWER.html SCREENSHOT.png KNOT_INDEX
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [html, shot, knotArg] = process.argv.slice(2);
const knot = Number(knotArg);
const profile = mkdtempSync(join(tmpdir(), "knotwork-chromium-"));
const out = { errors: [], console: [] };
let browser;
try {
  // A new, empty user-data-dir for every run (launchPersistentContext passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KNOTWORK_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1400, height: 1000 },
    deviceScaleFactor: 1,
  });
  const page = browser.pages()[0] || await browser.newPage();
  const requests = [];
  page.on("request", r => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url()); });
  page.on("console", m => { if (m.type() === "error" || m.type() === "warning") out.console.push(m.type() + ": " + m.text()); });
  page.on("pageerror", e => out.errors.push(String(e)));
  await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
  await page.waitForFunction(() => window.knotwork && document.body.dataset.frame === "0");
  const hash = () => page.evaluate(() => {
    const d = document.getElementById("cv-function").toDataURL();
    let h = 0;
    for (let i = 0; i < d.length; i++) h = (h * 31 + d.charCodeAt(i)) | 0;
    return h;
  });
  const status = () => page.locator("#status").innerText();
  out.frameCount = await page.evaluate(() => window.knotwork.frameCount);
  out.status0 = await status();
  out.hash0 = await hash();

  // Move the scrubber the way a user does: focus it and press keys.
  await page.locator("#scrubber").focus();
  await page.keyboard.press("End");
  out.frameEnd = Number(await page.evaluate(() => document.body.dataset.frame));
  out.statusEnd = await status();
  out.hashEnd = await hash();
  await page.keyboard.press("Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  out.frame3 = Number(await page.evaluate(() => document.body.dataset.frame));
  out.status3 = await status();
  out.hash3 = await hash();

  // Drag the scrubber thumb with the mouse to the middle of the track.
  const box = await page.locator("#scrubber").boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  out.frameMid = Number(await page.evaluate(() => document.body.dataset.frame));
  out.statusMid = await status();

  // Hover a knot in function space and in spline space at the current frame.
  const k = out.frameMid;
  const fr = await page.evaluate(k => window.knotwork.data.frames[k], k);
  const pf = await page.evaluate(([i, b, y]) => window.knotwork.toPixel("function", b, y), [knot, fr.beta[knot], fr.fAtKnot[knot]]);
  await page.mouse.move(pf.x, pf.y);
  out.functionReadout = await page.locator("#ro-function").innerText();
  const m = 1.1 * (await page.evaluate(() => window.knotwork.data.window.muMax));
  const mu = Math.max(-m, Math.min(m, fr.mu[knot]));
  const ps = await page.evaluate(([b, u]) => window.knotwork.toPixel("spline", b, u), [fr.beta[knot], mu]);
  await page.mouse.move(ps.x, ps.y);
  out.splineReadout = await page.locator("#ro-spline").innerText();

  // Hover the loss curve at the time of recorded state 1, then click it to jump there.
  const t1 = await page.evaluate(() => window.knotwork.data.run.time[1]);
  const l1 = await page.evaluate(() => window.knotwork.data.run.loss[1]);
  const pl = await page.evaluate(([t, l]) => window.knotwork.toPixel("loss", t, l), [t1, l1]);
  await page.mouse.move(pl.x, pl.y);
  out.lossReadout = await page.locator("#ro-loss").innerText();
  await page.mouse.click(pl.x, pl.y);
  out.frameAfterLossClick = Number(await page.evaluate(() => document.body.dataset.frame));

  // Play for a moment, then pause.
  await page.keyboard.press("Home");
  await page.locator("#play").click();
  await page.waitForFunction(() => Number(document.body.dataset.frame) >= 2, null, { timeout: 5000 });
  await page.locator("#play").click();
  out.playedTo = Number(await page.evaluate(() => document.body.dataset.frame));
  out.playLabel = await page.locator("#play").innerText();
  await page.evaluate(k => window.knotwork.setFrame(k), out.frameMid);
  await page.mouse.move(pf.x, pf.y);
  await page.screenshot({ path: shot, fullPage: true });
  out.externalRequests = requests;
} catch (e) {
  out.errors.push("driver: " + (e && e.stack ? e.stack : String(e)));
} finally {
  if (browser) await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(out) + "\n");
