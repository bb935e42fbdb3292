/**
 * Prints the county plan page (county-plan.ts) to test/fixtures/documents/county_plan_printed.pdf with
 * headless Chromium, as a user would "Save as PDF" a plan from the web. Run again after changing the page:
 *   npx tsx test/documents/make-county-pdf.ts
 * Needs Chromium (/usr/bin/chromium or $CHROMIUM) and a Chinese font (Debian: fonts-wqy-microhei); the PDF
 * is committed so that the tests need neither.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTY_PLAN_HTML } from "./county-plan";

export const COUNTY_PDF = join(__dirname, "../fixtures/documents/county_plan_printed.pdf");

async function main(): Promise<void> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(COUNTY_PLAN_HTML, { waitUntil: "load" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(COUNTY_PDF, pdf);
    console.log(`${COUNTY_PDF}: ${pdf.length} bytes`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) void main();
